import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { maintainsOrganization } from '../../platform/auth/access.policy.js';
import { currentUser, requireUser, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { notFound } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { emptyForm, parseForm, type FormRenderer } from '../../platform/http/form.js';
import { addMaintainer } from './add-maintainer.js';
import { archiveActivity } from './archive-activity.js';
import { archiveOrganization } from './archive-organization.js';
import { getMaintainedOrganization } from './get-maintained-organization.js';
import { getOpenSubmission } from './get-open-submission.js';
import { listMyOrganisations } from './list-my-organisations.js';
import { ArchivePage, MaintainersPage, MyOrganisationsPage, StartChangePage } from './my.views.js';
import { removeMaintainer } from './remove-maintainer.js';
import { startChange } from './start-change.js';
import { maintainerForm, reasonForm, removeMaintainerForm } from './submissions.schema.js';
import { submissionPath } from './submissions.views.js';

const idParams = z.object({ id: z.string() });
const archiveParams = z.object({ id: z.string(), activityId: z.string().optional() });
const activityParams = z.object({ id: z.string(), activityId: z.string() });
const doneQuery = z.object({ done: z.string().max(40).optional().catch(undefined) }).loose();

/** preHandler: the signed-in user maintains the organisation of the URL (the shared maintainer rule); else 404. */
async function requireMaintainerOfPath(request: FastifyRequest): Promise<void> {
  if (!maintainsOrganization(currentUser(request), idParams.parse(request.params).id)) throw notFound('organisation');
}

const signedIn = { preHandler: requireUser };
const maintainer = { preHandler: [requireUser, requireMaintainerOfPath] };
const maintainerPost = { preHandler: [verifyCsrf, requireUser, requireMaintainerOfPath] };

/** The organisation of the URL as its maintainer manages it. */
async function organisationOf(request: FastifyRequest) {
  const org = await getMaintainedOrganization({ db: request.server.deps.db, organizationId: idParams.parse(request.params).id, userId: currentUser(request).id });
  if (!org) throw notFound('organisation');
  return org;
}

/** Co-maintainers, with the form that adds one (empty, or shown again with its error). */
const maintainersView: FormRenderer = async (request, reply, form) => {
  const org = await organisationOf(request);
  const { done } = doneQuery.parse(request.query);
  return <MaintainersPage ctx={pageContext(request)} csrf={reply.generateCsrf()} org={org} userId={currentUser(request).id} form={form} done={done} />;
};

/** Archiving the organisation, or the activity of the URL (a live one of it): the reason and a confirmation. */
const archiveView: FormRenderer = async (request, reply, form) => {
  const org = await organisationOf(request);
  const { activityId } = archiveParams.parse(request.params);
  const activity = activityId === undefined ? undefined : org.activities.find((a) => a.id === activityId);
  if (activityId !== undefined && !activity) throw notFound('activity');
  return <ArchivePage ctx={pageContext(request)} csrf={reply.generateCsrf()} org={org} activity={activity} form={form} />;
};

/**
 * The maintainer's own pages: "Omat järjestöt", editing a published organisation (a POST opens or resumes its
 * change), co-maintainers and archiving. Signed-in users only; an organisation's pages only for its maintainers
 * (404 for anyone else, checked again by each use case).
 */
export const myOrganisationsPages: FastifyPluginAsync = async (app) => {
  const { db } = app.deps;

  app.get('/my/organisations', signedIn, async (request, reply) => {
    const user = currentUser(request);
    const mine = await listMyOrganisations({ db, userId: user.id });
    const { done } = doneQuery.parse(request.query);
    return sendPage(reply, <MyOrganisationsPage ctx={pageContext(request)} csrf={reply.generateCsrf()} email={user.email} {...mine} done={done} />);
  });

  app.get('/my/organisations/:id', async (request, reply) => reply.redirect(pageContext(request).href('/my/organisations'), 303));

  // The edit URL of links and e-mails ("Muokkaa tietoja"): a GET changes nothing. It leads to the open change when
  // there is one, otherwise it shows the button that starts one (a POST with CSRF, as a GET is reachable cross-site).
  app.get('/my/organisations/:id/edit', maintainer, async (request, reply) => {
    const open = await getOpenSubmission({ db, organizationId: idParams.parse(request.params).id, userId: currentUser(request).id });
    if (open) return reply.redirect(pageContext(request).href(submissionPath(open)), 303);
    const org = await organisationOf(request);
    return sendPage(reply, <StartChangePage ctx={pageContext(request)} csrf={reply.generateCsrf()} org={org} />);
  });

  // Starts (or resumes) the change: at most one open submission exists.
  app.post('/my/organisations/:id/edit', maintainerPost, async (request, reply) => {
    const submissionId = await startChange({ db, organizationId: idParams.parse(request.params).id, userId: currentUser(request).id });
    return reply.redirect(pageContext(request).href(submissionPath(submissionId)), 303);
  });

  app.get('/my/organisations/:id/maintainers', maintainer, async (request, reply) => sendPage(reply, await maintainersView(request, reply, emptyForm({ email: '' }))));

  app.post('/my/organisations/:id/maintainers', { ...maintainerPost, config: { form: maintainersView } }, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const { email } = parseForm(maintainerForm, request.body);
    const ctx = pageContext(request);
    const { added } = await addMaintainer({ db, organizationId: id, email, userId: currentUser(request).id, lang: ctx.lang });
    return reply.redirect(`${ctx.href(`/my/organisations/${id}/maintainers`)}?done=${added ? 'added' : 'already'}`, 303);
  });

  app.post('/my/organisations/:id/maintainers/remove', maintainerPost, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const { userId: maintainerId } = parseForm(removeMaintainerForm, request.body);
    const user = currentUser(request);
    await removeMaintainer({ db, organizationId: id, maintainerId, userId: user.id });
    // Removing oneself ends one's access to the organisation.
    const back = maintainerId === user.id ? '/my/organisations' : `/my/organisations/${id}/maintainers`;
    return reply.redirect(`${pageContext(request).href(back)}?done=removed`, 303);
  });

  app.get('/my/organisations/:id/archive', maintainer, async (request, reply) => sendPage(reply, await archiveView(request, reply, emptyForm({ reason: '' }))));

  app.post('/my/organisations/:id/archive', { ...maintainerPost, config: { form: archiveView } }, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const { reason } = parseForm(reasonForm, request.body);
    await archiveOrganization({ db, organizationId: id, reason, userId: currentUser(request).id });
    return reply.redirect(`${pageContext(request).href('/my/organisations')}?done=archived`, 303);
  });

  app.get('/my/organisations/:id/activities/:activityId/archive', maintainer, async (request, reply) =>
    sendPage(reply, await archiveView(request, reply, emptyForm({ reason: '' }))),
  );

  app.post('/my/organisations/:id/activities/:activityId/archive', { ...maintainerPost, config: { form: archiveView } }, async (request, reply) => {
    const { id, activityId } = activityParams.parse(request.params);
    const { reason } = parseForm(reasonForm, request.body);
    await archiveActivity({ db, organizationId: id, activityId, reason, userId: currentUser(request).id });
    return reply.redirect(`${pageContext(request).href('/my/organisations')}?done=activityArchived`, 303);
  });
};
