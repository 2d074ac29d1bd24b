import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { currentUser, enforceSignInLimits, requireUser, setSessionCookie, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { gone, notFound } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { CSV_CONTENT_TYPE, csvDocument } from '../../platform/http/csv.js';
import { emptyForm, parseForm, type FormRenderer, type FormValues } from '../../platform/http/form.js';
import type { MessageKey } from '../../platform/i18n/catalog.js';
import { translator } from '../../platform/i18n/i18n.js';
import { applyToRequest } from './apply-to-request.js';
import { approveRequest } from './approve-request.js';
import { authorizeRequestAction, type RequestAccess } from './authorize-request-action.js';
import { cancelRequest } from './cancel-request.js';
import { extendRequest } from './extend-request.js';
import { markConversationRead } from './mark-conversation-read.js';
import { fillRequest } from './fill-request.js';
import { getMyProfile } from './get-my-profile.js';
import { getPeerHelpStatistics } from './get-peer-help-statistics.js';
import { getProfilePage } from './get-profile-page.js';
import { getRequestPage } from './get-request-page.js';
import { giveFeedback } from './give-feedback.js';
import { checkPeerHelpJoinLink, consumePeerHelpJoinLink, requestPeerHelpJoinLink } from './join-peer-help.js';
import { listMyPeerHelp } from './list-my-peer-help.js';
import { listOpenRequests } from './list-open-requests.js';
import { addGroupMember, createGroup, getGroupPage, listMyGroups } from './manage-groups.js';
import { markRequestDone } from './mark-request-done.js';
import { hideFeedback, reportFeedback } from './moderate-feedback.js';
import { canHideFeedback } from './peer-help.policy.js';
import { postMessage } from './post-message.js';
import { publishRequest } from './publish-request.js';
import { saveProfile } from './save-profile.js';
import { selectHelper } from './select-helper.js';
import { applyForm, extendForm, feedbackForm, groupForm, idParams, memberForm, joinForm, listQuery, messageForm, profileForm, requestStep1Form, requestStep2Form, selectForm, stepParams, tokenParams } from './peer-help.schema.js';
import { getDraft, listRequesterOrganisations, saveRequestWhat, saveRequestWhereWhen, startRequest } from './write-request.js';
import { GroupPage, GroupsPage, StatisticsPage, JoinConfirmPage, JoinPage, MessagePage, PeerHelpHomePage, ProfileFormPage, ProfileView, RequestCheckPage, RequestStepPage, RequestView } from './peer-help.views.js';
import type { ProfileRow, RequestRow } from './peer-help.repo.js';

const DONE_NOTICES: Record<string, MessageKey> = {
  profile: 'peerHelp.profile.saved',
  applied: 'peerHelp.apply.done',
  filled: 'peerHelp.filled.done',
  cancelled: 'peerHelp.cancel.done',
  marked: 'peerHelp.done.done',
  approved: 'peerHelp.approve.done',
  feedback: 'peerHelp.feedback.done',
  reported: 'peerHelp.report.done',
  hidden: 'peerHelp.hide.done',
  extended: 'peerHelp.extend.done',
};

function doneNotice(request: FastifyRequest, params: Record<string, string> = {}): string | undefined {
  const done = (request.query as Record<string, unknown> | undefined)?.done;
  const key = typeof done === 'string' ? DONE_NOTICES[done] : undefined;
  return key ? pageContext(request).t(key, params) : undefined;
}

function idOf(request: FastifyRequest): string {
  const parsed = idParams.safeParse(request.params);
  if (!parsed.success) throw notFound('peer help request');
  return parsed.data.id;
}

function profileValues(p: ProfileRow | null): FormValues {
  if (!p) return { distanceKm: '50', languages: ['fi'], notify: 'none' };
  return {
    displayName: p.displayName,
    municipality: p.municipalityCode ?? '',
    postalCode: p.postalCode ?? '',
    distanceKm: String(p.distanceKm),
    categories: p.categories,
    skills: p.skills,
    languages: p.languages,
    education: p.education,
    experience: p.experience,
    description: p.description,
    videoUrl: p.videoUrl ?? '',
    linkedinUrl: p.linkedinUrl ?? '',
    showCv: p.showCv ? 'yes' : '',
    currentOrganisation: p.currentOrganisation,
    notify: p.notify,
  };
}

function draftValues(r: RequestRow, step: 1 | 2): FormValues {
  if (step === 1) return { category: r.category, summary: r.summary, details: r.details, accountingRef: r.accountingRef, organizationId: r.organizationId ?? '', organisationName: r.organizationId ? '' : r.organisationName, businessId: r.businessId ?? '' };
  return { remote: r.remote ? 'yes' : '', municipality: r.municipalityCode ?? '', address: r.address, wishedTime: r.wishedTime, wishedUntil: r.wishedUntil ?? '', hours: r.wishedTime ? String(r.hours) : '', groupCode: '' };
}

/**
 * Peer help (mounted for fi, /sv and /en): the open requests and one's own at /peer-help, joining by e-mailed link,
 * the helper profile and profiles, a request in three steps, and one request's page with its actions. Every action
 * is a plain form POST answered with 303 back to the request (works without JavaScript); the use cases check the
 * policy again (peer-help.policy.ts).
 */
export const peerHelpPages: FastifyPluginAsync = async (app) => {
  const { db } = app.deps;
  const now = () => app.deps.now?.() ?? new Date();

  app.get('/peer-help', async (request, reply) => {
    const ctx = pageContext(request);
    const filters = listQuery.parse(request.query ?? {});
    const user = request.user;
    const [list, mine] = user ? await Promise.all([listOpenRequests({ db, user, filters }), listMyPeerHelp({ db, user })]) : [null, null];
    return sendPage(reply, <PeerHelpHomePage ctx={ctx} list={list} mine={mine} filters={filters} notice={doneNotice(request)} />);
  });

  // Joining by e-mailed link, like organisations join: the same answer whatever the address, rate-limited.
  const joinView: FormRenderer = (request, reply, form) => <JoinPage ctx={pageContext(request)} csrf={reply.generateCsrf()} form={form} />;
  app.get('/peer-help/join', async (request, reply) => sendPage(reply, await joinView(request, reply, emptyForm({ email: '' }))));
  app.post('/peer-help/join', { preHandler: verifyCsrf, config: { form: joinView } }, async (request, reply) => {
    const { email } = parseForm(joinForm, request.body);
    await enforceSignInLimits(request);
    const ctx = pageContext(request);
    await requestPeerHelpJoinLink({ db, email, lang: ctx.lang });
    return reply.redirect(ctx.href('/peer-help/join/sent'), 303);
  });
  app.get('/peer-help/join/sent', async (request, reply) => {
    const ctx = pageContext(request);
    return sendPage(reply, <MessagePage ctx={ctx} title={ctx.t('peerHelp.join.sentTitle')} body={ctx.t('peerHelp.join.sentBody')} />);
  });
  const invalidJoinLink = () => gone('peer help join link', { titleKey: 'auth.invalid.title', messageKey: 'peerHelp.join.invalid', link: { labelKey: 'peerHelp.join.again', path: '/peer-help/join' } });
  app.get('/peer-help/join/:token', async (request, reply) => {
    const { token } = tokenParams.parse(request.params);
    if (!(await checkPeerHelpJoinLink({ db, token }))) throw invalidJoinLink();
    return sendPage(reply, <JoinConfirmPage ctx={pageContext(request)} csrf={reply.generateCsrf()} token={token} />);
  });
  app.post('/peer-help/join/:token', { preHandler: verifyCsrf }, async (request, reply) => {
    const { token } = tokenParams.parse(request.params);
    const ctx = pageContext(request);
    const opened = await consumePeerHelpJoinLink({ db, token, lang: ctx.lang, previousSession: request.sessionSecret });
    if (!opened) throw invalidJoinLink();
    setSessionCookie(reply, opened.sessionSecret);
    return reply.redirect(ctx.href('/peer-help/profile'), 303);
  });

  const profileView: FormRenderer = async (request, reply, form) => {
    const user = currentUser(request);
    const own = await getMyProfile({ db, user });
    const preview = own ? await getProfilePage({ db, id: own.id }) : null;
    return <ProfileFormPage ctx={pageContext(request)} csrf={reply.generateCsrf()} form={form} preview={preview} notice={doneNotice(request)} />;
  };
  app.get('/peer-help/profile', { preHandler: requireUser }, async (request, reply) => {
    const own = await getMyProfile({ db, user: currentUser(request) });
    return sendPage(reply, await profileView(request, reply, emptyForm(profileValues(own))));
  });
  app.post('/peer-help/profile', { preHandler: [verifyCsrf, requireUser], config: { form: profileView } }, async (request, reply) => {
    const input = parseForm(profileForm, request.body);
    await saveProfile({ db, user: currentUser(request), input });
    return reply.redirect(pageContext(request).href('/peer-help/profile?done=profile'), 303);
  });

  app.get('/peer-help/profiles/:id', { preHandler: requireUser }, async (request, reply) => {
    const page = await getProfilePage({ db, id: idOf(request) });
    if (!page) throw notFound('profile');
    const user = currentUser(request);
    return sendPage(reply, <ProfileView ctx={pageContext(request)} page={page} own={page.profile.userId === user.id} csrf={reply.generateCsrf()} canHide={canHideFeedback(user)} notice={doneNotice(request)} />);
  });

  // A feedback comment: reported by anyone signed in, hidden by a platform administrator.
  app.post('/peer-help/feedback/:id/report', { preHandler: [verifyCsrf, requireUser] }, async (request, reply) => {
    const profileId = await reportFeedback({ db, id: idOf(request) });
    return reply.redirect(pageContext(request).href(`/peer-help/profiles/${profileId}?done=reported`), 303);
  });
  app.post('/peer-help/feedback/:id/hide', { preHandler: [verifyCsrf, requireUser, async (request: FastifyRequest) => { if (!canHideFeedback(currentUser(request))) throw notFound('feedback'); }] }, async (request, reply) => {
    const profileId = await hideFeedback({ db, user: currentUser(request), id: idOf(request) });
    return reply.redirect(pageContext(request).href(`/peer-help/profiles/${profileId}?done=hidden`), 303);
  });

  // A request in three steps: 1 creates the draft, 2 completes it, 3 checks and publishes it.
  const stepView = (step: 1 | 2): FormRenderer => async (request, reply, form) => {
    const user = currentUser(request);
    const parsed = idParams.safeParse(request.params);
    const id = parsed.success ? parsed.data.id : null;
    if (id && !(await getDraft({ db, user, id }))) throw notFound('peer help draft');
    const organisations = step === 1 ? await listRequesterOrganisations({ db, user }) : [];
    return <RequestStepPage ctx={pageContext(request)} csrf={reply.generateCsrf()} form={form} step={step} id={id} organisations={organisations} />;
  };
  app.get('/peer-help/requests/new', { preHandler: requireUser }, async (request, reply) => sendPage(reply, await stepView(1)(request, reply, emptyForm())));
  app.post('/peer-help/requests/new', { preHandler: [verifyCsrf, requireUser], config: { form: stepView(1) } }, async (request, reply) => {
    const input = parseForm(requestStep1Form, request.body);
    const id = await startRequest({ db, user: currentUser(request), input });
    return reply.redirect(pageContext(request).href(`/peer-help/requests/${id}/step/2`), 303);
  });

  const checkView = async (request: FastifyRequest, reply: FastifyReply, id: string) => {
    const draft = await getDraft({ db, user: currentUser(request), id });
    if (!draft) throw notFound('peer help draft');
    return <RequestCheckPage ctx={pageContext(request)} csrf={reply.generateCsrf()} request={draft} />;
  };
  app.get('/peer-help/requests/:id/step/:step', { preHandler: requireUser }, async (request, reply) => {
    const parsed = stepParams.safeParse(request.params);
    if (!parsed.success) throw notFound('step');
    const { id, step } = parsed.data;
    if (step === '3') return sendPage(reply, await checkView(request, reply, id));
    const draft = await getDraft({ db, user: currentUser(request), id });
    if (!draft) throw notFound('peer help draft');
    const n = step === '1' ? 1 : 2;
    const values = draftValues(draft, n);
    if (n === 2 && !draft.wishedTime) values.remote = 'yes'; // remote is recommended: checked on a new draft
    return sendPage(reply, await stepView(n)(request, reply, emptyForm(values)));
  });
  const postedStepView: FormRenderer = (request, reply, form) => stepView((request.params as { step?: string }).step === '1' ? 1 : 2)(request, reply, form);
  app.post('/peer-help/requests/:id/step/:step', { preHandler: [verifyCsrf, requireUser], config: { form: postedStepView } }, async (request, reply) => {
    const parsed = stepParams.safeParse(request.params);
    if (!parsed.success || parsed.data.step === '3') throw notFound('step');
    const { id, step } = parsed.data;
    const user = currentUser(request);
    if (step === '1') await saveRequestWhat({ db, user, id, input: parseForm(requestStep1Form, request.body) });
    else await saveRequestWhereWhen({ db, user, id, input: parseForm(requestStep2Form, request.body), now: now() });
    return reply.redirect(pageContext(request).href(`/peer-help/requests/${id}/step/${step === '1' ? 2 : 3}`), 303);
  });
  app.post('/peer-help/requests/:id/publish', { preHandler: [verifyCsrf, requireUser] }, async (request, reply) => {
    const id = idOf(request);
    const reference = await publishRequest({ db, user: currentUser(request), id });
    return reply.redirect(pageContext(request).href(`/peer-help/requests/${id}?done=published&reference=${reference}`), 303);
  });

  // One request and its actions.
  const requestView: FormRenderer = async (request, reply, form) => {
    const page = await getRequestPage({ db, user: currentUser(request), id: idOf(request) });
    const seen = page.messages?.at(-1); // read tracking for the unread notices
    if (seen) await markConversationRead({ db, user: currentUser(request), id: page.request.id, upTo: seen.createdAt });
    const q = (request.query ?? {}) as Record<string, unknown>;
    const ctx = pageContext(request);
    const notice = q.done === 'published' ? ctx.t('peerHelp.request.published', { reference: page.request.reference }) : doneNotice(request);
    return <RequestView ctx={ctx} csrf={reply.generateCsrf()} page={page} form={form} notice={notice} askMore={q.done === 'selected'} />;
  };
  app.get('/peer-help/requests/:id', { preHandler: requireUser }, async (request, reply) => sendPage(reply, await requestView(request, reply, emptyForm())));

  const back = (request: FastifyRequest, reply: FastifyReply, done: string, anchor = '') => reply.redirect(pageContext(request).href(`/peer-help/requests/${idOf(request)}?done=${done}${anchor}`), 303);
  /** verifyCsrf, sign-in, then the policy's first word on who may reach the action (404 for anybody else). */
  const action = (access: RequestAccess) => ({
    preHandler: [verifyCsrf, requireUser, async (request: FastifyRequest) => authorizeRequestAction({ db, user: currentUser(request), id: idOf(request), access })],
    config: { form: requestView },
  });

  app.post('/peer-help/requests/:id/apply', action('see'), async (request, reply) => {
    const { message } = parseForm(applyForm, request.body);
    await applyToRequest({ db, user: currentUser(request), id: idOf(request), message });
    return back(request, reply, 'applied');
  });
  app.post('/peer-help/requests/:id/select', action('requester'), async (request, reply) => {
    const { application } = parseForm(selectForm, request.body);
    await selectHelper({ db, user: currentUser(request), id: idOf(request), applicationId: application });
    return back(request, reply, 'selected', '#more-title');
  });
  app.post('/peer-help/requests/:id/fill', action('requester'), async (request, reply) => {
    await fillRequest({ db, user: currentUser(request), id: idOf(request) });
    return back(request, reply, 'filled');
  });
  app.post('/peer-help/requests/:id/cancel', action('requester'), async (request, reply) => {
    await cancelRequest({ db, user: currentUser(request), id: idOf(request) });
    return back(request, reply, 'cancelled');
  });
  app.post('/peer-help/requests/:id/extend', action('requester'), async (request, reply) => {
    const { wishedUntil } = parseForm(extendForm, request.body);
    await extendRequest({ db, user: currentUser(request), id: idOf(request), wishedUntil, now: now() });
    return back(request, reply, 'extended');
  });
  app.post('/peer-help/requests/:id/messages', action('conversation'), async (request, reply) => {
    const { body } = parseForm(messageForm, request.body);
    await postMessage({ db, user: currentUser(request), id: idOf(request), body });
    return reply.redirect(pageContext(request).href(`/peer-help/requests/${idOf(request)}#conversation-title`), 303);
  });
  app.post('/peer-help/requests/:id/done', action('helper'), async (request, reply) => {
    await markRequestDone({ db, user: currentUser(request), id: idOf(request) });
    return back(request, reply, 'marked');
  });
  app.post('/peer-help/requests/:id/approve', action('requester'), async (request, reply) => {
    await approveRequest({ db, user: currentUser(request), id: idOf(request) });
    return back(request, reply, 'approved');
  });
  app.post('/peer-help/requests/:id/feedback', action('see'), async (request, reply) => {
    const input = parseForm(feedbackForm, request.body);
    await giveFeedback({ db, user: currentUser(request), id: idOf(request), to: input.to, rating: input.rating, comment: input.comment });
    return back(request, reply, 'feedback');
  });
};

/** Groups ("Ryhmäni"): the list and creating one, a group's page, adding members (its owner only). */
export const peerHelpGroupPages: FastifyPluginAsync = async (app) => {
  const { db } = app.deps;
  const groupsView: FormRenderer = async (request, reply, form) => {
    const user = currentUser(request);
    const ctx = pageContext(request);
    const left = (request.query as Record<string, unknown> | undefined)?.done === 'left';
    return <GroupsPage ctx={ctx} csrf={reply.generateCsrf()} groups={await listMyGroups({ db, user })} userId={user.id} form={form} notice={left ? ctx.t('peerHelp.groups.left') : undefined} />;
  };
  app.get('/peer-help/groups', { preHandler: requireUser }, async (request, reply) => sendPage(reply, await groupsView(request, reply, emptyForm())));
  app.post('/peer-help/groups', { preHandler: [verifyCsrf, requireUser], config: { form: groupsView } }, async (request, reply) => {
    const input = parseForm(groupForm, request.body);
    const id = await createGroup({ db, user: currentUser(request), name: input.name, codePrefix: input.codePrefix });
    return reply.redirect(pageContext(request).href(`/peer-help/groups/${id}?done=created`), 303);
  });
  const groupView: FormRenderer = async (request, reply, form) => {
    const page = await getGroupPage({ db, user: currentUser(request), id: idOf(request) });
    const ctx = pageContext(request);
    const done = (request.query as Record<string, unknown> | undefined)?.done;
    const notice = done === 'created' ? ctx.t('peerHelp.groups.created') : done === 'added' ? ctx.t('peerHelp.groups.added') : done === 'removed' ? ctx.t('peerHelp.groups.removed') : undefined;
    return <GroupPage ctx={ctx} csrf={reply.generateCsrf()} page={page} form={form} notice={notice} />;
  };
  app.get('/peer-help/groups/:id', { preHandler: requireUser }, async (request, reply) => sendPage(reply, await groupView(request, reply, emptyForm())));
  app.post('/peer-help/groups/:id/members', { preHandler: [verifyCsrf, requireUser], config: { form: groupView } }, async (request, reply) => {
    const id = idOf(request);
    await getGroupPage({ db, user: currentUser(request), id }).then((p) => {
      if (!p.manage) throw notFound('group');
    });
    const { email } = parseForm(memberForm, request.body);
    await addGroupMember({ db, user: currentUser(request), id, email });
    return reply.redirect(pageContext(request).href(`/peer-help/groups/${id}?done=added`), 303);
  });
};

/** Statistics of help needs (counts only, public): the page with its tables and the same figures as CSV. */
export const peerHelpStatisticsPages: FastifyPluginAsync = async (app) => {
  const { db } = app.deps;
  app.get('/peer-help/statistics', async (request, reply) => sendPage(reply, <StatisticsPage ctx={pageContext(request)} stats={await getPeerHelpStatistics({ db })} />));
  app.get('/peer-help/statistics.csv', async (request, reply) => {
    const t = pageContext(request).t;
    const stats = await getPeerHelpStatistics({ db });
    const rows: (string | number)[][] = [[t('peerHelp.stats.title'), '', t('peerHelp.stats.requests'), t('peerHelp.stats.hours'), t('peerHelp.stats.approved')]];
    for (const r of stats.byCategory) rows.push([t('peerHelp.stats.byCategory'), t(`peerHelp.category.${r.key}` as MessageKey), r.requests, r.hours, r.approved]);
    const lang = pageContext(request).lang;
    for (const r of stats.byRegion) rows.push([t('peerHelp.stats.byRegion'), r.key === 'remote' ? t('peerHelp.remote') : lang === 'sv' && r.nameSv ? r.nameSv : r.key, r.requests, r.hours, r.approved]);
    for (const r of stats.byMonth) rows.push([t('peerHelp.stats.byMonth'), r.key, r.requests, r.hours, r.approved]);
    for (const u of stats.byUmbrella) rows.push([t('peerHelp.stats.byUmbrella'), (lang === 'sv' && u.nameSv) || (lang === 'en' && u.nameEn) || u.nameFi, u.requests, u.hours, u.approved]);
    return reply.type(CSV_CONTENT_TYPE).header('content-disposition', 'attachment; filename="vertaisapu-tilastot.csv"').send(csvDocument(rows));
  });
};

/** "Vertaisapu" in every page's header (see "Header links" in docs/architecture.md). Registered once at the root. */
const headerPlugin: FastifyPluginAsync = async (app) => {
  app.addHook('preHandler', async (request) => {
    if (!request.headerLinks || request.url.startsWith('/static/') || request.url.startsWith('/api/') || request.url.startsWith('/healthz')) return;
    request.headerLinks.push({ href: '/peer-help', label: translator(request.lang).call(null, 'peerHelp.nav'), id: 'peer-help-link' });
  });
};
(headerPlugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;
export const peerHelpHeaderPlugin = headerPlugin;
