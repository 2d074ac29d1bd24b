import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import csrf from '@fastify/csrf-protection';
import rateLimit, { type FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import { h } from 'preact';
import { pageContext, sendPage } from '../http/app.js';
import { databaseRateLimitStore } from '../http/rate-limit-store.js';
import { ErrorPage } from '../views/layout.js';
import { forbidden, rateLimited, unauthenticated } from '../errors.js';
import { getSessionUser, hasRole, type SessionUser } from './get-session-user.js';
import { normalizeEmail, SESSION_ABSOLUTE_HOURS } from './auth-tokens.js';
import type { Role } from '../db/schema.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null. */
    user: SessionUser | null;
    /** The session cookie's value when it names a live session. */
    sessionSecret: string | null;
  }
  interface FastifyInstance {
    /** Sign-in link requests: one limiter per client IP and one per normalised e-mail address. */
    signInLimits: {
      byIp: (req: FastifyRequest) => Promise<{ isAllowed: boolean; isExceeded?: boolean; ttlInSeconds?: number }>;
      byEmail: (req: FastifyRequest) => Promise<{ isAllowed: boolean; isExceeded?: boolean; ttlInSeconds?: number }>;
    };
  }
}

/** Sign-in link requests allowed per window (counted in the database, over all app instances). */
export const SIGN_IN_LIMITS = { perIp: 20, perEmail: 5, windowMs: 15 * 60_000 };

export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-tarjotin_session' : 'tarjotin_session';
}

export function isSecureBase(baseUrl: string): boolean {
  return baseUrl.startsWith('https://');
}

/**
 * Cookies, form bodies, CSRF protection and the session lookup, for the whole app (registered once at the root;
 * not encapsulated, so every page plugin sees request.user, reply.generateCsrf and app.csrfProtection).
 */
const plugin: FastifyPluginAsync = async (app) => {
  const secure = isSecureBase(app.deps.config.baseUrl);
  const cookieName = sessionCookieName(secure);
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: secure ? '__Host-tarjotin_csrf' : 'tarjotin_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure },
    logLevel: 'info',
  });
  // One CSRF token per response. A page may hold several forms (its own and one a module adds below it, such as a
  // portal's feedback form); for a visitor without the secret cookie yet, each call would make a new secret and set
  // the cookie again, so only the last form on the page would be accepted.
  app.addHook('onRequest', async (_request, reply) => {
    const generate = reply.generateCsrf;
    let token: string | undefined;
    reply.generateCsrf = function generateOnce(this: typeof reply, options) {
      token ??= generate.call(this, options);
      return token;
    };
  });
  // Counters in the database, shared by every instance (src/platform/http/rate-limit-store.ts); every
  // app.createRateLimit and route `config.rateLimit` in the app uses this store.
  await app.register(rateLimit, { global: false, store: databaseRateLimitStore(app.deps.db) as unknown as FastifyRateLimitStoreCtor });
  app.decorate('signInLimits', {
    byIp: app.createRateLimit({ max: SIGN_IN_LIMITS.perIp, timeWindow: SIGN_IN_LIMITS.windowMs }),
    byEmail: app.createRateLimit({
      max: SIGN_IN_LIMITS.perEmail,
      timeWindow: SIGN_IN_LIMITS.windowMs,
      keyGenerator: (req) => `email:${normalizeEmail(String((req.body as { email?: unknown } | undefined)?.email ?? ''))}`,
    }),
  });
  app.decorateRequest('user', null);
  app.decorateRequest('sessionSecret', null);
  app.addHook('preHandler', async (request) => {
    const secret = request.cookies?.[cookieName];
    if (!secret || request.url.startsWith('/static/') || request.url.startsWith('/healthz')) return;
    const user = await getSessionUser({ db: app.deps.db, sessionSecret: secret });
    if (user) {
      request.user = user;
      request.sessionSecret = secret;
    }
  });
};
(plugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;
export const authPlugin = plugin;

export function setSessionCookie(reply: FastifyReply, secret: string): void {
  const secure = isSecureBase(reply.server.deps.config.baseUrl);
  reply.setCookie(sessionCookieName(secure), secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: SESSION_ABSOLUTE_HOURS * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  const secure = isSecureBase(reply.server.deps.config.baseUrl);
  reply.clearCookie(sessionCookieName(secure), { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

/**
 * preHandler for every form POST: a missing or wrong CSRF token gets a friendly 403 page instead of the action.
 */
export function verifyCsrf(request: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void): void {
  const answer = Object.create(reply) as FastifyReply;
  answer.send = () => {
    const ctx = pageContext(request);
    return sendPage(reply, h(ErrorPage, { ctx, title: ctx.t('auth.csrf.title'), body: ctx.t('auth.csrf.body') }), 403);
  };
  request.server.csrfProtection(request, answer, () => done());
}

/** The signed-in user; throws UNAUTHENTICATED (pages: 303 to sign-in, back here after) when nobody is signed in. */
export function currentUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw unauthenticated();
  return request.user;
}

/** The signed-in user if they hold the role (or one of the roles, in any scope); else UNAUTHENTICATED or FORBIDDEN. */
export function userWithRole(request: FastifyRequest, role: Role | readonly Role[]): SessionUser {
  const user = currentUser(request);
  const roles: readonly Role[] = typeof role === 'string' ? [role] : role;
  if (!roles.some((r) => hasRole(user, r))) throw forbidden(`requires ${roles.join(' or ')}`);
  return user;
}

/** preHandler: only signed-in users reach the route; read the user in the handler with `currentUser(request)`. */
export const requireUser = async (request: FastifyRequest): Promise<void> => {
  currentUser(request);
};

/** preHandler: only users with the role (or one of the roles, in any scope) reach the route. */
export function requireRole(...roles: Role[]): (request: FastifyRequest) => Promise<void> {
  return async (request) => {
    userWithRole(request, roles);
  };
}

/** Sign-in and join link requests: throws RATE_LIMITED (429 with Retry-After) past the per-IP or per-address limit. */
export async function enforceSignInLimits(request: FastifyRequest): Promise<void> {
  for (const limit of [request.server.signInLimits.byIp, request.server.signInLimits.byEmail]) {
    const r = await limit(request);
    if (!r.isAllowed && r.isExceeded) throw rateLimited(r.ttlInSeconds ?? 60, { titleKey: 'auth.rateLimit.title', messageKey: 'auth.rateLimit.body' });
  }
}
