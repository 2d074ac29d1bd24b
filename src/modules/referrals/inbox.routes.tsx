import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { currentUser, requireUser, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { notFound } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { translator } from '../../platform/i18n/i18n.js';
import { emptyForm, parseForm, type FormRenderer, type FormState } from '../../platform/http/form.js';
import { inboxOrganizationIds, requireRecipientAccess, unusableLink, type RecipientAccess } from './inbox.policy.js';
import { statusForm } from './inbox.schema.js';
import { ContactRequestPage, InboxListPage, OpenLinkPage } from './inbox.views.js';
import { countNewRequests, listInbox } from './list-inbox.js';
import { markContactRequest } from './mark-contact-request.js';
import { getRecipientLink, openContactRequest } from './open-contact-request.js';

const tokenParams = z.object({ token: z.string().max(200) });
const recipientParams = z.object({ recipientId: z.string().max(100) });
const listQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined) }).loose();
const doneQuery = z.object({ done: z.enum(['saved']).optional().catch(undefined) }).loose();
/** Per client IP on the signed link's POSTs (the tokens themselves cannot be guessed). */
const linkLimit = { rateLimit: { max: 60, timeWindow: 15 * 60_000 } };

const linkAccess = (request: FastifyRequest): RecipientAccess => ({ via: 'link', token: tokenParams.parse(request.params).token });
const accountAccess = (request: FastifyRequest): RecipientAccess => ({
  via: 'account',
  user: currentUser(request),
  recipientId: recipientParams.parse(request.params).recipientId,
});

/** preHandler: only maintainers of some organisation reach a request's page (404 for others; the use case checks the organisation). */
async function requireSomeMaintainership(request: FastifyRequest): Promise<void> {
  if (inboxOrganizationIds(currentUser(request)).length === 0) throw notFound('contact request');
}

/**
 * preHandlers of the status POSTs: the link is usable / the recipient is the user's organisation's (GONE / NOT_FOUND)
 * before the form is read, so a form error is shown only to whoever may see the request (the use case checks again).
 */
async function requireUsableLink(request: FastifyRequest): Promise<void> {
  await requireRecipientAccess(request.server.deps.db, linkAccess(request), new Date());
}
async function requireOwnRecipient(request: FastifyRequest): Promise<void> {
  await requireRecipientAccess(request.server.deps.db, accountAccess(request), new Date());
}

/** One request, opened (and the reading audited) for whoever the access names, with its status form. */
async function requestPage(request: FastifyRequest, reply: FastifyReply, access: RecipientAccess, form: FormState, saved: boolean) {
  const { db, cipher } = request.server.deps;
  const view = await openContactRequest({ db, cipher, access });
  const action = access.via === 'link' ? `/contact-requests/open/${tokenParams.parse(request.params).token}/status` : `/my/contact-requests/${view.recipientId}`;
  return <ContactRequestPage ctx={pageContext(request)} csrf={reply.generateCsrf()} view={view} action={action} form={form} saved={saved} viaLink={access.via === 'link'} />;
}

const linkRequestView: FormRenderer = (request, reply, form) => requestPage(request, reply, linkAccess(request), form, false);
const accountRequestView: FormRenderer = (request, reply, form) => requestPage(request, reply, accountAccess(request), form, false);

/**
 * The recipient organisation's side of contact requests:
 * - the signed link of the e-mail: GET shows only the organisation, the reference and "Avaa pyyntö" (a mail
 *   scanner following the link changes nothing); the POST opens the request; its status form posts back under the
 *   same token, so the organisation can act without an account. There is no GET that shows the client's details
 *   through the link, so the status POST answers with the page itself (not a redirect);
 * - the maintainers' inbox and a request's page there (signed in; 404 for a request to another organisation).
 * Pages with client details are not cached and not indexed.
 */
export const inboxPages: FastifyPluginAsync = async (app) => {
  const { db, cipher } = app.deps;

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('cache-control', 'no-store');
    reply.header('x-robots-tag', 'noindex, nofollow');
    return payload;
  });

  app.get('/contact-requests/open/:token', async (request, reply) => {
    const { token } = tokenParams.parse(request.params);
    const link = await getRecipientLink({ db, token });
    if (!link) throw unusableLink();
    return sendPage(reply, <OpenLinkPage ctx={pageContext(request)} csrf={reply.generateCsrf()} token={token} organization={link.organization} reference={link.reference} />);
  });

  app.post('/contact-requests/open/:token', { preHandler: verifyCsrf, config: linkLimit }, async (request, reply) =>
    sendPage(reply, await linkRequestView(request, reply, emptyForm())),
  );

  app.post('/contact-requests/open/:token/status', { preHandler: [verifyCsrf, requireUsableLink], config: { ...linkLimit, form: linkRequestView } }, async (request, reply) => {
    const input = parseForm(statusForm, request.body);
    await markContactRequest({ db, cipher, access: linkAccess(request), input });
    return sendPage(reply, await requestPage(request, reply, linkAccess(request), emptyForm(), true));
  });

  app.get('/my/contact-requests', { preHandler: requireUser }, async (request, reply) => {
    const { page = 1 } = listQuery.parse(request.query);
    const inbox = await listInbox({ db, user: currentUser(request), page });
    return sendPage(reply, <InboxListPage ctx={pageContext(request)} inbox={inbox} now={new Date()} />);
  });

  app.get('/my/contact-requests/:recipientId', { preHandler: [requireUser, requireSomeMaintainership] }, async (request, reply) => {
    const { done } = doneQuery.parse(request.query);
    return sendPage(reply, await requestPage(request, reply, accountAccess(request), emptyForm(), done === 'saved'));
  });

  app.post(
    '/my/contact-requests/:recipientId',
    { preHandler: [verifyCsrf, requireUser, requireSomeMaintainership, requireOwnRecipient], config: { form: accountRequestView } },
    async (request, reply) => {
      const input = parseForm(statusForm, request.body);
      const { recipientId } = await markContactRequest({ db, cipher, access: accountAccess(request), input });
      return reply.redirect(`${pageContext(request).href(`/my/contact-requests/${recipientId}`)}?done=saved`, 303);
    },
  );
};

/**
 * The header link "Yhteydenottopyynnöt (n)" for maintainers, n = requests to their organisations not opened yet: a
 * request hook for the whole app (registered once at the root, after the auth plugin that sets request.user; see
 * "Header links" in docs/architecture.md). Nobody else pays for the query.
 */
const headerPlugin: FastifyPluginAsync = async (app) => {
  app.addHook('preHandler', async (request) => {
    if (!request.headerLinks || !request.user || request.url.startsWith('/static/') || request.url.startsWith('/api/') || request.url.startsWith('/healthz')) return;
    const count = await countNewRequests({ db: app.deps.db, user: request.user });
    if (count === null) return;
    request.headerLinks.push({ href: '/my/contact-requests', label: translator(request.lang)('inbox.title'), count, id: 'inbox-link' });
  });
};
(headerPlugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;
export const inboxHeaderPlugin = headerPlugin;
