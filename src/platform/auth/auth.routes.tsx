import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pageContext, sendPage } from '../http/app.js';
import { emptyForm, parseForm, type FormRenderer } from '../http/form.js';
import { gone, notFound } from '../errors.js';
import { getOutboxMessage } from '../mail/get-outbox-message.js';
import { listOutbox } from '../mail/list-outbox.js';
import { clearSessionCookie, currentUser, enforceSignInLimits, requireRole, setSessionCookie, verifyCsrf } from './auth.plugin.js';
import { safeReturnPath } from './auth-tokens.js';
import { signInForm } from './auth.schema.js';
import { checkSignInLink, consumeSignInLink } from './consume-sign-in-link.js';
import { requestSignInLink } from './request-sign-in-link.js';
import { signOut } from './sign-out.js';
import { AccountPage, ConfirmSignInPage, MessagePage, OutboxMessagePage, OutboxPage, SignInPage } from './auth.views.js';

const nextQuery = z.object({ next: z.string().max(1000).optional() }).loose();
const tokenParams = z.object({ token: z.string().max(200) });
const idParams = z.object({ id: z.string().max(100) });
const outboxQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).optional() }).loose();

/** A used, expired or unknown sign-in link: 410 with a way to ask for a new one. */
const invalidSignInLink = () =>
  gone('sign-in link', { titleKey: 'auth.invalid.title', messageKey: 'auth.invalid.body', link: { labelKey: 'auth.invalid.again', path: '/sign-in' } });

/** The sign-in form, empty or shown again with its errors (the form contract: platform/http/form.ts). */
const signInView: FormRenderer = (request, reply, form) => <SignInPage ctx={pageContext(request)} csrf={reply.generateCsrf()} form={form} />;

/** Sign-in by one-time link, the account page, sign-out and the platform administrator's outbox. */
export const authPages: FastifyPluginAsync = async (app) => {
  app.get('/sign-in', async (request, reply) => {
    const next = safeReturnPath(nextQuery.parse(request.query).next) ?? '';
    return sendPage(reply, await signInView(request, reply, emptyForm({ next })));
  });

  app.post('/sign-in', { preHandler: verifyCsrf, config: { form: signInView } }, async (request, reply) => {
    const input = parseForm(signInForm, request.body);
    await enforceSignInLimits(request);
    const ctx = pageContext(request);
    await requestSignInLink({ db: app.deps.db, email: input.email, lang: ctx.lang, next: safeReturnPath(input.next), seal: app.deps.cipher });
    return reply.redirect(ctx.href('/sign-in/sent'), 303);
  });

  app.get('/sign-in/sent', async (request, reply) => {
    const ctx = pageContext(request);
    return sendPage(reply, <MessagePage ctx={ctx} title={ctx.t('auth.sent.title')} body={ctx.t('auth.sent.body')} />);
  });

  // GET only shows a button: mail scanners that open links must not use up the one-time token.
  app.get('/sign-in/:token', async (request, reply) => {
    const { token } = tokenParams.parse(request.params);
    if (!(await checkSignInLink({ db: app.deps.db, token }))) throw invalidSignInLink();
    const ctx = pageContext(request);
    const next = safeReturnPath(nextQuery.parse(request.query).next);
    return sendPage(reply, <ConfirmSignInPage ctx={ctx} csrf={reply.generateCsrf()} token={token} next={next} />);
  });

  app.post('/sign-in/:token', { preHandler: verifyCsrf }, async (request, reply) => {
    const { token } = tokenParams.parse(request.params);
    const opened = await consumeSignInLink({ db: app.deps.db, token });
    if (!opened) throw invalidSignInLink();
    // A new session every time; an older one in this browser ends (no session fixation).
    if (request.sessionSecret) await signOut({ db: app.deps.db, sessionSecret: request.sessionSecret });
    setSessionCookie(reply, opened.sessionSecret);
    const next = safeReturnPath(nextQuery.parse(request.query).next);
    return reply.redirect(next ?? pageContext(request).href('/account'), 303);
  });

  app.get('/account', async (request, reply) => {
    return sendPage(reply, <AccountPage ctx={pageContext(request)} csrf={reply.generateCsrf()} user={currentUser(request)} />);
  });

  app.post('/sign-out', { preHandler: verifyCsrf }, async (request, reply) => {
    if (request.sessionSecret) await signOut({ db: app.deps.db, sessionSecret: request.sessionSecret });
    clearSessionCookie(reply);
    return reply.redirect(pageContext(request).href('/'), 303);
  });

  app.get('/admin/outbox', { preHandler: requireRole('platform_admin') }, async (request, reply) => {
    const { page = 1 } = outboxQuery.parse(request.query);
    const result = await listOutbox({ db: app.deps.db, page });
    return sendPage(reply, <OutboxPage ctx={pageContext(request)} items={result.items} total={result.total} />);
  });

  app.get('/admin/outbox/:id', { preHandler: requireRole('platform_admin') }, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const message = await getOutboxMessage({ db: app.deps.db, id });
    if (!message) throw notFound('message');
    return sendPage(reply, <OutboxMessagePage ctx={pageContext(request)} message={message} />);
  });
};
