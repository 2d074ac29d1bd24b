import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pageContext, sendPage } from '../http/app.js';
import { notFound } from '../errors.js';
import { getOutboxMessage, listOutbox } from '../mail/mail.repo.js';
import type { MessageKey } from '../i18n/catalog.js';
import { clearSessionCookie, requireRole, setSessionCookie, verifyCsrf } from './auth.plugin.js';
import { isPlausibleEmail, normalizeEmail, safeReturnPath } from './auth-tokens.js';
import { checkSignInLink, consumeSignInLink } from './consume-sign-in-link.js';
import { requestSignInLink } from './request-sign-in-link.js';
import { signOut } from './sign-out.js';
import { AccountPage, ConfirmSignInPage, MessagePage, OutboxMessagePage, OutboxPage, SignInPage } from './auth.views.js';

const signInBody = z.object({ email: z.string().max(1000).optional(), next: z.string().max(1000).optional() }).loose();
const nextQuery = z.object({ next: z.string().max(1000).optional() }).loose();
const tokenParams = z.object({ token: z.string().max(200) });
const outboxQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).optional() }).loose();

function tooMany(request: FastifyRequest, reply: FastifyReply, retryAfterSeconds: number | undefined): FastifyReply {
  const ctx = pageContext(request);
  reply.header('retry-after', String(Math.max(1, retryAfterSeconds ?? 60)));
  return sendPage(reply, <MessagePage ctx={ctx} title={ctx.t('auth.rateLimit.title')} body={ctx.t('auth.rateLimit.body')} />, 429);
}

/** Sign-in by one-time link, the account page, sign-out and the platform administrator's outbox. */
export const authPages: FastifyPluginAsync = async (app) => {
  app.get('/sign-in', async (request, reply) => {
    const ctx = pageContext(request);
    const next = safeReturnPath(nextQuery.parse(request.query).next);
    return sendPage(reply, <SignInPage ctx={ctx} csrf={reply.generateCsrf()} email="" next={next} />);
  });

  app.post('/sign-in', { preHandler: verifyCsrf }, async (request, reply) => {
    const ctx = pageContext(request);
    const body = signInBody.parse(request.body ?? {});
    const typed = (body.email ?? '').trim();
    const email = normalizeEmail(typed);
    const error: MessageKey | undefined = email === '' ? 'auth.signIn.emailMissing' : !isPlausibleEmail(email) ? 'auth.signIn.emailInvalid' : undefined;
    const next = safeReturnPath(body.next);
    if (error) return sendPage(reply, <SignInPage ctx={ctx} csrf={reply.generateCsrf()} email={typed} error={error} next={next} />, 400);
    const byIp = await app.signInLimits.byIp(request);
    if (!byIp.isAllowed && byIp.isExceeded) return tooMany(request, reply, byIp.ttlInSeconds);
    const byEmail = await app.signInLimits.byEmail(request);
    if (!byEmail.isAllowed && byEmail.isExceeded) return tooMany(request, reply, byEmail.ttlInSeconds);
    await requestSignInLink({ db: app.deps.db, email, lang: ctx.lang, next });
    return reply.redirect(ctx.href('/sign-in/sent'), 303);
  });

  app.get('/sign-in/sent', async (request, reply) => {
    const ctx = pageContext(request);
    return sendPage(reply, <MessagePage ctx={ctx} title={ctx.t('auth.sent.title')} body={ctx.t('auth.sent.body')} />);
  });

  const invalidLink = (request: FastifyRequest, reply: FastifyReply) => {
    const ctx = pageContext(request);
    return sendPage(
      reply,
      <MessagePage
        ctx={ctx}
        title={ctx.t('auth.invalid.title')}
        body={ctx.t('auth.invalid.body')}
        link={[ctx.t('auth.invalid.again'), ctx.href('/sign-in')]}
      />,
      410,
    );
  };

  // GET only shows a button: mail scanners that open links must not use up the one-time token.
  app.get('/sign-in/:token', async (request, reply) => {
    const { token } = tokenParams.parse(request.params);
    if (!(await checkSignInLink({ db: app.deps.db, token }))) return invalidLink(request, reply);
    const ctx = pageContext(request);
    const next = safeReturnPath(nextQuery.parse(request.query).next);
    return sendPage(reply, <ConfirmSignInPage ctx={ctx} csrf={reply.generateCsrf()} token={token} next={next} />);
  });

  app.post('/sign-in/:token', { preHandler: verifyCsrf }, async (request, reply) => {
    const { token } = tokenParams.parse(request.params);
    const opened = await consumeSignInLink({ db: app.deps.db, token });
    if (!opened) return invalidLink(request, reply);
    // A new session every time; an older one in this browser ends (no session fixation).
    if (request.sessionSecret) await signOut({ db: app.deps.db, sessionSecret: request.sessionSecret });
    setSessionCookie(reply, opened.sessionSecret);
    const next = safeReturnPath(nextQuery.parse(request.query).next);
    return reply.redirect(next ?? pageContext(request).href('/account'), 303);
  });

  app.get('/account', async (request, reply) => {
    const ctx = pageContext(request);
    if (!request.user) return reply.redirect(ctx.href('/sign-in'), 303);
    return sendPage(reply, <AccountPage ctx={ctx} csrf={reply.generateCsrf()} user={request.user} />);
  });

  app.post('/sign-out', { preHandler: verifyCsrf }, async (request, reply) => {
    if (request.sessionSecret) await signOut({ db: app.deps.db, sessionSecret: request.sessionSecret });
    clearSessionCookie(reply);
    return reply.redirect(pageContext(request).href('/'), 303);
  });

  app.get('/admin/outbox', async (request, reply) => {
    if (!requireRole(request, reply, 'platform_admin')) return reply;
    const { page = 1 } = outboxQuery.parse(request.query);
    const result = await listOutbox({ db: app.deps.db, limit: 50, offset: (page - 1) * 50 });
    return sendPage(reply, <OutboxPage ctx={pageContext(request)} items={result.items} total={result.total} />);
  });

  app.get('/admin/outbox/:id', async (request, reply) => {
    if (!requireRole(request, reply, 'platform_admin')) return reply;
    const { id } = z.object({ id: z.string().max(100) }).parse(request.params);
    const message = await getOutboxMessage({ db: app.deps.db, id });
    if (!message) throw notFound('message');
    return sendPage(reply, <OutboxMessagePage ctx={pageContext(request)} message={message} />);
  });
};
