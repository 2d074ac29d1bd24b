import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { currentUser, requireUser, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { notFound } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { emptyForm, parseForm, type FormRenderer } from '../../platform/http/form.js';
import { addScreen } from './add-screen.js';
import { bulletinDecisionForm, bulletinDoneQuery, bulletinForm, forwardForm, requestExtras, screenForm, staffGroupForm } from './bulletins.schema.js';
import { BulletinFormPage, CentreBulletinsPage, CentreBulletinView, MyBulletinsPage, RequestFormPage, ScreensPage, StaffGroupEditPage, StaffGroupsPage } from './bulletins.views.js';
import { requireAnyMaintainer, requireLiaison } from './centres.policy.js';
import { agreementForm, centreParams } from './centres.schema.js';
import { decideBulletin } from './decide-bulletin.js';
import { forwardBulletin } from './forward-bulletin.js';
import { getBulletinForm } from './get-bulletin-form.js';
import { getCentreBulletin } from './get-centre-bulletin.js';
import { getRequestForm } from './get-request-form.js';
import { listCentreBulletinsForLiaison } from './list-centre-bulletins.js';
import { listMyBulletins } from './list-my-bulletins.js';
import { listCentreScreens } from './list-screens.js';
import { getStaffGroup, listCentreStaffGroups } from './list-staff-groups.js';
import { removeScreen } from './remove-screen.js';
import { removeStaffGroup } from './remove-staff-group.js';
import { renewKioskToken } from './renew-kiosk-token.js';
import { requestAgreement } from './request-agreement.js';
import { saveStaffGroup } from './save-staff-group.js';
import { sendBulletin } from './send-bulletin.js';
import { isUuid } from '../../platform/ids.js';

/**
 * Bulletins to staff, staff groups, info screens and a centre's requests (issue 14, items 3–5; mounted for fi, /sv
 * and /en): the maintainers' bulletins; a centre's liaisons' staff groups, incoming bulletins (forward, return,
 * archive), screens with their own kiosk addresses, and requests to organisations. Access through centres.policy.ts
 * here and again in each use case.
 */
export const centreBulletinsPages: FastifyPluginAsync = async (app) => {
  const { db } = app.deps;
  const now = () => app.deps.now?.() ?? new Date();

  const centreIdOf = (params: unknown): string => {
    const parsed = centreParams.safeParse(params);
    if (!parsed.success) throw notFound('centre');
    return parsed.data.id;
  };
  /** A second id in the address (a bulletin, a staff group, a screen): anything but a UUID is simply not found. */
  const idOf = (params: unknown, name: 'bulletinId' | 'groupId' | 'screenId'): string => {
    const value = (params as Record<string, string | undefined>)[name] ?? '';
    if (!isUuid(value)) throw notFound(name);
    return value;
  };
  const notice = (request: FastifyRequest): string | undefined => {
    const { done } = bulletinDoneQuery.parse(request.query ?? {});
    return done ? pageContext(request).t(`centreBulletins.done.${done}`) : undefined;
  };
  const maintainers = async (request: FastifyRequest) => {
    requireAnyMaintainer(currentUser(request));
  };
  const centreLiaisons = async (request: FastifyRequest) => {
    await requireLiaison(db, currentUser(request), centreIdOf(request.params));
  };
  const liaisonOnly = { preHandler: [requireUser, centreLiaisons] };
  const liaisonPost = (form?: FormRenderer) => ({ preHandler: [verifyCsrf, requireUser, centreLiaisons], ...(form ? { config: { form } } : {}) });
  const redirect = (request: FastifyRequest, reply: FastifyReply, path: string) => reply.redirect(pageContext(request).href(path), 303);

  // Maintainers: their bulletins and sending a new one.
  app.get('/my/bulletins', { preHandler: requireUser }, async (request, reply) => {
    const mine = await listMyBulletins({ db, actor: currentUser(request) });
    return sendPage(reply, <MyBulletinsPage ctx={pageContext(request)} canSend={mine.canSend} bulletins={mine.bulletins} notice={notice(request)} />);
  });

  const bulletinFormView: FormRenderer = async (request, reply, form) => {
    const data = await getBulletinForm({ db, actor: currentUser(request) });
    return <BulletinFormPage ctx={pageContext(request)} csrf={reply.generateCsrf()} data={data} form={form} />;
  };

  app.get('/my/bulletins/new', { preHandler: [requireUser, maintainers] }, async (request, reply) => sendPage(reply, await bulletinFormView(request, reply, emptyForm())));

  app.post('/my/bulletins', { preHandler: [verifyCsrf, requireUser, maintainers], config: { form: bulletinFormView } }, async (request, reply) => {
    const input = parseForm(bulletinForm, request.body);
    await sendBulletin({ db, actor: currentUser(request), input });
    return redirect(request, reply, '/my/bulletins?done=bulletinSent');
  });

  // Liaisons: the centre's bulletins; forwarding one to staff groups, or returning / archiving it.
  app.get('/centres/:id/bulletins', liaisonOnly, async (request, reply) => {
    const list = await listCentreBulletinsForLiaison({ db, actor: currentUser(request), centreId: centreIdOf(request.params) });
    return sendPage(reply, <CentreBulletinsPage ctx={pageContext(request)} centre={list.centre} pending={list.pending} handled={list.handled} notice={notice(request)} />);
  });

  const bulletinView: FormRenderer = async (request, reply, form) => {
    const page = await getCentreBulletin({ db, actor: currentUser(request), centreId: centreIdOf(request.params), bulletinId: idOf(request.params, 'bulletinId') });
    return <CentreBulletinView ctx={pageContext(request)} csrf={reply.generateCsrf()} page={page} form={form} notice={notice(request)} />;
  };

  app.get('/centres/:id/bulletins/:bulletinId', liaisonOnly, async (request, reply) => sendPage(reply, await bulletinView(request, reply, emptyForm())));

  app.post('/centres/:id/bulletins/:bulletinId/forward', liaisonPost(bulletinView), async (request, reply) => {
    const centreId = centreIdOf(request.params);
    const bulletinId = idOf(request.params, 'bulletinId');
    const input = parseForm(forwardForm, request.body);
    await forwardBulletin({ db, actor: currentUser(request), centreId, bulletinId, input, now: now() });
    return redirect(request, reply, `/centres/${centreId}/bulletins/${bulletinId}?done=forwarded`);
  });

  app.post('/centres/:id/bulletins/:bulletinId/decision', liaisonPost(bulletinView), async (request, reply) => {
    const centreId = centreIdOf(request.params);
    const bulletinId = idOf(request.params, 'bulletinId');
    const { action, message } = parseForm(bulletinDecisionForm, request.body);
    const status = await decideBulletin({ db, actor: currentUser(request), centreId, bulletinId, action, message, now: now() });
    return redirect(request, reply, `/centres/${centreId}/bulletins?done=${status}`);
  });

  // Liaisons: the centre's staff groups (e-mail lists: shown to the centre's liaisons only).
  const groupsView: FormRenderer = async (request, reply, form) => {
    const { centre, groups } = await listCentreStaffGroups({ db, actor: currentUser(request), centreId: centreIdOf(request.params) });
    return <StaffGroupsPage ctx={pageContext(request)} csrf={reply.generateCsrf()} centre={centre} groups={groups} form={form} notice={notice(request)} />;
  };
  const groupView: FormRenderer = async (request, reply, form) => {
    const { centre, group } = await getStaffGroup({ db, actor: currentUser(request), centreId: centreIdOf(request.params), groupId: idOf(request.params, 'groupId') });
    return <StaffGroupEditPage ctx={pageContext(request)} csrf={reply.generateCsrf()} centre={centre} group={group} form={form} />;
  };

  app.get('/centres/:id/staff-groups', liaisonOnly, async (request, reply) => sendPage(reply, await groupsView(request, reply, emptyForm())));

  app.post('/centres/:id/staff-groups', liaisonPost(groupsView), async (request, reply) => {
    const centreId = centreIdOf(request.params);
    const input = parseForm(staffGroupForm, request.body);
    await saveStaffGroup({ db, actor: currentUser(request), centreId, groupId: null, input });
    return redirect(request, reply, `/centres/${centreId}/staff-groups?done=groupSaved`);
  });

  app.get('/centres/:id/staff-groups/:groupId', liaisonOnly, async (request, reply) => sendPage(reply, await groupView(request, reply, emptyForm())));

  app.post('/centres/:id/staff-groups/:groupId', liaisonPost(groupView), async (request, reply) => {
    const centreId = centreIdOf(request.params);
    const groupId = idOf(request.params, 'groupId');
    const input = parseForm(staffGroupForm, request.body);
    await saveStaffGroup({ db, actor: currentUser(request), centreId, groupId, input });
    return redirect(request, reply, `/centres/${centreId}/staff-groups?done=groupSaved`);
  });

  app.post('/centres/:id/staff-groups/:groupId/remove', liaisonPost(), async (request, reply) => {
    const centreId = centreIdOf(request.params);
    await removeStaffGroup({ db, actor: currentUser(request), centreId, groupId: idOf(request.params, 'groupId') });
    return redirect(request, reply, `/centres/${centreId}/staff-groups?done=groupRemoved`);
  });

  // Liaisons: the centre's info screens, each with its own kiosk address (shown once, on the answer that made it).
  const screensView =
    (shown?: { screenId: string; url: string }): FormRenderer =>
    async (request, reply, form) => {
      const { centre, screens } = await listCentreScreens({ db, actor: currentUser(request), centreId: centreIdOf(request.params) });
      return <ScreensPage ctx={pageContext(request)} csrf={reply.generateCsrf()} centre={centre} screens={screens} form={form} shown={shown} notice={notice(request)} />;
    };
  const kioskUrl = (request: FastifyRequest, token: string) => `${app.deps.config.baseUrl}${pageContext(request).href(`/kiosk/${token}`)}`;

  app.get('/centres/:id/screens', liaisonOnly, async (request, reply) => sendPage(reply, await screensView()(request, reply, emptyForm())));

  app.post('/centres/:id/screens', liaisonPost(screensView()), async (request, reply) => {
    const centreId = centreIdOf(request.params);
    const { name } = parseForm(screenForm, request.body);
    const { id, token } = await addScreen({ db, actor: currentUser(request), centreId, name });
    return sendPage(reply, await screensView({ screenId: id, url: kioskUrl(request, token) })(request, reply, emptyForm()));
  });

  app.post('/centres/:id/screens/:screenId/token', liaisonPost(), async (request, reply) => {
    const centreId = centreIdOf(request.params);
    const screenId = idOf(request.params, 'screenId');
    const token = await renewKioskToken({ db, actor: currentUser(request), centreId, screenId });
    return sendPage(reply, await screensView({ screenId, url: kioskUrl(request, token) })(request, reply, emptyForm()));
  });

  app.post('/centres/:id/screens/:screenId/remove', liaisonPost(), async (request, reply) => {
    const centreId = centreIdOf(request.params);
    await removeScreen({ db, actor: currentUser(request), centreId, screenId: idOf(request.params, 'screenId') });
    return redirect(request, reply, `/centres/${centreId}/screens?done=screenRemoved`);
  });

  // Liaisons: a request from the centre to an organisation (then answered as any agreement, at /agreements/{id}).
  const requestView: FormRenderer = async (request, reply, form) => {
    const data = await getRequestForm({ db, actor: currentUser(request), centreId: centreIdOf(request.params) });
    return <RequestFormPage ctx={pageContext(request)} csrf={reply.generateCsrf()} data={data} form={form} />;
  };

  app.get('/centres/:id/requests/new', liaisonOnly, async (request, reply) => sendPage(reply, await requestView(request, reply, emptyForm())));

  app.post('/centres/:id/requests', liaisonPost(requestView), async (request, reply) => {
    const centreId = centreIdOf(request.params);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const input = parseForm(agreementForm, { ...body, centre: centreId });
    const { activity } = parseForm(requestExtras, body);
    const { id } = await requestAgreement({ db, actor: currentUser(request), centreId, input, activityId: activity, now: now() });
    return redirect(request, reply, `/agreements/${id}?done=requested`);
  });
};
