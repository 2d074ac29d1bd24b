import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import zlib from 'node:zlib';
import Fastify, { LogController, type FastifyInstance, type FastifyPluginAsync, type FastifyReply, type FastifyRequest } from 'fastify';
import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { h, type VNode } from 'preact';
import { ZodError } from 'zod';
import type { Config } from '../../config.js';
import type { Database, DatabaseKind } from '../db/database.js';
import type { FieldCipher } from '../crypto/field-cipher.js';
import { AppError, ERROR_STATUS, notFound, type AppErrorCode } from '../errors.js';
import type { MessageKey } from '../i18n/catalog.js';
import { safeReturnPath } from '../auth/auth-tokens.js';
import { fieldErrorsOf, formValues } from './form.js';
import { safeError } from './safe-error.js';
import { DEFAULT_LANG, isLang, translator, type Lang } from '../i18n/i18n.js';
import { ErrorPage } from '../views/layout.js';
import { localizedPath, type HeaderLink, type PageAside, type PageContext } from '../views/page-context.js';
import { renderDocument } from '../views/render.js';

declare module 'fastify' {
  interface FastifyRequest {
    lang: Lang;
    /** The URL without the /sv or /en prefix. */
    neutralUrl: string;
    /** Header links modules add for this request (a hook pushes; pageContext passes them to the layout). */
    headerLinks: HeaderLink[];
    /** Sections modules add after this page's main content (a hook pushes; pageContext passes them to the layout). */
    pageAsides: PageAside[];
  }
  interface FastifyInstance {
    deps: AppDeps;
    /** Every route as registered, for the security suites that must cover each one (tests/security). */
    routeTable: RouteEntry[];
  }
}

/** One registered route: its method and URL pattern (with the /sv and /en copies of page routes). */
export interface RouteEntry {
  method: string;
  url: string;
}

export interface AppDeps {
  config: Config;
  db: Database;
  dbKind: DatabaseKind;
  /** Encrypts and decrypts personal fields (src/platform/crypto). */
  cipher: FieldCipher;
  /** Resolves once the database is migrated and loaded; /healthz answers 200 after that. */
  ready: () => boolean;
  /** The clock, for modules whose pages depend on the date (tests pass one they can set); unset: the system clock. */
  now?: () => Date;
}

export type PagePlugin = FastifyPluginAsync;

/** Language from the path prefix (/sv/…, /en/…); Finnish has no prefix. */
function splitLang(url: string): { lang: Lang; neutral: string } {
  const m = /^\/(sv|en)(?=\/|\?|$)/.exec(url);
  if (m && isLang(m[1])) {
    const rest = url.slice(m[0].length);
    return { lang: m[1], neutral: rest === '' || rest.startsWith('?') ? `/${rest}` : rest };
  }
  return { lang: DEFAULT_LANG, neutral: url };
}

export function pageContext(request: FastifyRequest): PageContext {
  const lang = request.lang ?? DEFAULT_LANG;
  const u = (request as { user?: { email: string; roles: { role: string }[] } | null }).user;
  const user = u
    ? { email: u.email, admin: u.roles.some((r) => r.role !== 'maintainer'), platformAdmin: u.roles.some((r) => r.role === 'platform_admin') }
    : null;
  return { lang, t: translator(lang), path: request.neutralUrl ?? request.url, href: (p: string) => localizedPath(lang, p), user, headerLinks: request.headerLinks ?? [], asides: request.pageAsides ?? [] };
}

export function sendPage(reply: FastifyReply, page: VNode<any>, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(renderDocument(page));
}

/** The page title and text for each code, unless the error names its own. */
const ERROR_TEXTS: Record<AppErrorCode, { title: MessageKey; body: MessageKey }> = {
  BAD_REQUEST: { title: 'error.badRequest.title', body: 'error.badRequest.body' },
  UNAUTHENTICATED: { title: 'error.unauthenticated.title', body: 'error.unauthenticated.body' },
  FORBIDDEN: { title: 'error.forbidden.title', body: 'error.forbidden.body' },
  NOT_FOUND: { title: 'error.notFound.title', body: 'error.notFound.body' },
  CONFLICT: { title: 'error.conflict.title', body: 'error.conflict.body' },
  GONE: { title: 'error.gone.title', body: 'error.gone.body' },
  RATE_LIMITED: { title: 'error.rateLimited.title', body: 'error.rateLimited.body' },
  UNAVAILABLE: { title: 'error.unavailable.title', body: 'error.unavailable.body' },
};

const CODE_BY_STATUS: Record<number, AppErrorCode> = Object.fromEntries(
  Object.entries(ERROR_STATUS).map(([code, status]) => [status, code as AppErrorCode]),
);

/**
 * Any thrown value as an application error with its status, or no error (an internal failure: 500, logged).
 * Zod errors from parsing a query or route parameter and Fastify's own 4xx errors (body too large, bad JSON,
 * rate limit) become BAD_REQUEST or the code of their status.
 */
function classify(error: unknown): { appError: AppError | null; status: number } {
  if (error instanceof AppError) return { appError: error, status: error.status };
  if (error instanceof ZodError) {
    const detail = error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ');
    return { appError: new AppError('BAD_REQUEST', { detail, fieldErrors: fieldErrorsOf(error) }), status: 400 };
  }
  const e = error as { statusCode?: number; message?: string };
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    const code = CODE_BY_STATUS[e.statusCode] ?? 'BAD_REQUEST';
    return { appError: new AppError(code, { detail: e.message ?? 'bad request' }), status: e.statusCode };
  }
  return { appError: null, status: 500 };
}

/**
 * An error as `application/problem+json` (RFC 9457): type, title (English), status, detail, and as extensions
 * `error` (the code in snake_case) and, for rejected input, `errors` (field → English message and key).
 */
function sendProblem(request: FastifyRequest, reply: FastifyReply, appError: AppError | null, status: number): FastifyReply {
  const t = translator('en');
  const code = appError?.code ?? 'INTERNAL';
  const texts = appError ? ERROR_TEXTS[appError.code] : { title: 'error.server.title' as MessageKey, body: 'error.server.body' as MessageKey };
  const problem: Record<string, unknown> = {
    type: 'about:blank',
    title: t(appError?.titleKey ?? texts.title),
    status,
    detail: appError ? appError.message : t(texts.body),
    error: code === 'INTERNAL' ? 'internal_error' : code.toLowerCase(),
    instance: request.url.split('?')[0],
  };
  if (appError?.fieldErrors) {
    problem.errors = Object.fromEntries(Object.entries(appError.fieldErrors).map(([field, key]) => [field, { key, message: t(key) }]));
  }
  return reply.code(status).type('application/problem+json; charset=utf-8').send(JSON.stringify(problem));
}

/** JSON API paths answer errors in JSON; /api itself is the human-readable API page. */
function isApi(url: string): boolean {
  return url.startsWith('/api/');
}

/**
 * Fastify's `trustProxy` from TRUST_PROXY. A hop count becomes a function trusting that many hops from the socket
 * (Fastify itself trusts no hop for a bare number); a list goes to proxy-addr as addresses and CIDR ranges.
 */
export function trustProxyOption(setting: Config['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return setting;
}

/** C0 control characters and DEL, except tab, LF and CR (which text fields may hold). */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const HAS_CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * A parsed value without control characters: strings cleaned, arrays and plain objects walked (in place; at most
 * a few levels deep, as forms and JSON bodies are). PostgreSQL refuses NUL in text and JSON, and no field needs them.
 */
export function withoutControlCharacters(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return HAS_CONTROL_CHARACTER.test(value) ? value.replace(CONTROL_CHARACTERS, '') : value;
  if (value === null || typeof value !== 'object' || depth > 32) return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = withoutControlCharacters(value[i], depth + 1);
    return value;
  }
  // Plain records only: {} , Object.create(null), or the null-based objects querystring parsers make.
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null && Object.getPrototypeOf(proto) !== null) return value;
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const cleanKey = withoutControlCharacters(key) as string;
    const cleanValue = withoutControlCharacters(record[key], depth + 1);
    if (cleanKey !== key) delete record[key];
    record[cleanKey] = cleanValue;
  }
  return value;
}

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (a request line or headers over 16 KB: 431; a
 * malformed request: 400; too slow: 408) answer a translated error page instead of Fastify's raw JSON. The language
 * comes from the path's /sv or /en prefix when the start of the request shows it.
 */
export function clientErrorHandler(err: Error & { code?: string; rawPacket?: unknown }, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, titleKey, bodyKey]: [number, MessageKey, MessageKey] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'error.tooLong.title', 'error.tooLong.body']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'error.server.title', 'error.server.body']
        : [400, 'error.badRequest.title', 'error.badRequest.body'];
  const start = Buffer.isBuffer(err.rawPacket) ? err.rawPacket.subarray(0, 64).toString('latin1') : '';
  const prefix = /^[A-Z]+ \/(sv|en)(?=[/? ])/.exec(start)?.[1];
  const lang: Lang = prefix && isLang(prefix) ? prefix : DEFAULT_LANG;
  const t = translator(lang);
  const ctx: PageContext = { lang, t, path: '/', href: (p: string) => localizedPath(lang, p), user: null, headerLinks: [] };
  const html = renderDocument(h(ErrorPage, { ctx, title: t(titleKey), body: t(bodyKey) }));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        'Content-Type: text/html; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(html)}\r\n` +
        "Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\r\n" +
        'X-Content-Type-Options: nosniff\r\n' +
        'Connection: close\r\n\r\n' +
        html,
    );
  }
  socket.destroy();
}

export interface BuildAppOptions {
  deps: AppDeps;
  /** Page plugins: each is registered under "", "/sv" and "/en". */
  pages: PagePlugin[];
  /** Other plugins (JSON API etc.), registered once at the root. */
  plugins: FastifyPluginAsync[];
  /** Where the log lines go (tests); default standard output. */
  logStream?: { write(line: string): void };
}

/** The translated error page of an application error (null: an internal failure). */
function sendErrorPage(request: FastifyRequest, reply: FastifyReply, appError: AppError | null, status: number): FastifyReply {
  const ctx: PageContext = { ...pageContext(request), asides: [] }; // an error page is not the page modules added to
  if (!appError) return sendPage(reply, h(ErrorPage, { ctx, title: ctx.t('error.server.title'), body: ctx.t('error.server.body') }), status);
  const texts = ERROR_TEXTS[appError.code];
  const link = appError.link ? { label: ctx.t(appError.link.labelKey), href: ctx.href(appError.link.path) } : undefined;
  const title = ctx.t(appError.titleKey ?? texts.title, appError.params);
  const body = ctx.t(appError.messageKey ?? texts.body, appError.params);
  return sendPage(reply, h(ErrorPage, { ctx, title, body, link }), status);
}

export async function buildApp({ deps, pages, plugins, logStream }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // Errors are logged without the data a failing query carried (safe-error.ts: no pg detail / where / parameters).
    logger: { level: deps.config.logLevel, serializers: { err: safeError, error: safeError }, ...(logStream ? { stream: logStream } : {}) },
    // Query strings may hold what people typed: Fastify's own request lines are off, we log our own below.
    logController: new LogController({ disableRequestLogging: true }),
    // X-Forwarded-For is believed only from the configured proxies (TRUST_PROXY): otherwise anyone could pick their
    // own request.ip and escape the per-IP rate limits.
    trustProxy: trustProxyOption(deps.config.trustProxy),
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    clientErrorHandler,
    // Every body (forms, JSON) is limited like the forms: no route takes more than 64 KB.
    bodyLimit: 64 * 1024,
  });
  app.decorate('deps', deps);
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeTable.push({ method, url: route.url });
  });
  app.decorateRequest('lang', DEFAULT_LANG);
  app.decorateRequest('neutralUrl', '');
  app.decorateRequest('headerLinks', null as unknown as HeaderLink[]);
  app.decorateRequest('pageAsides', null as unknown as PageAside[]);

  app.addHook('onRequest', async (request) => {
    const { lang, neutral } = splitLang(request.url);
    request.lang = lang;
    request.neutralUrl = neutral;
    request.headerLinks = [];
    request.pageAsides = [];
  });
  // Once, for every route: no control character from the query, route parameters, cookies or the parsed body
  // reaches a route (a NUL byte made PostgreSQL fail with a 500). Tab, CR and LF stay.
  app.addHook('preValidation', async (request) => {
    withoutControlCharacters(request.query);
    withoutControlCharacters(request.params);
    withoutControlCharacters(request.cookies);
    if (request.body !== undefined) request.body = withoutControlCharacters(request.body);
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
  });

  // Compressed answers (brotli at a quick level, or gzip) for HTML, JSON, CSS and JS of 1 KB or more; registered
  // before the static files so that they are compressed too.
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
    customTypes: /^(text\/(html|css|javascript|plain)|application\/(json|problem\+json|javascript)|image\/svg\+xml)\b/,
  });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    // HSTS only where the service is served over https (an http BASE_URL is a local or test set-up).
    hsts: deps.config.baseUrl.startsWith('https://') ? { maxAge: 365 * 24 * 3600, includeSubDomains: false } : false,
    // Agrees with frame-ancestors 'none' for browsers that read only the older header.
    frameguard: { action: 'deny' },
  });
  await app.register(fastifyStatic, { root: join(import.meta.dirname, '../../../public'), prefix: '/static/', maxAge: '1h' });

  app.get('/healthz', async (_req, reply) => {
    if (!deps.ready()) return reply.code(503).send({ status: 'starting' });
    return { status: 'ok', database: deps.dbKind };
  });

  app.setNotFoundHandler(async (request, reply) => {
    if (isApi(request.url)) return sendProblem(request, reply, notFound(`No such resource: ${request.url.split('?')[0]}`), 404);
    const ctx: PageContext = { ...pageContext(request), asides: [] };
    return sendPage(reply, h(ErrorPage, { ctx, title: ctx.t('error.notFound.title'), body: ctx.t('error.notFound.body') }), 404);
  });

  app.setErrorHandler(async (error, request, reply) => {
    const { appError, status } = classify(error);
    if (!appError) request.log.error({ err: error, route: request.routeOptions.url }, 'request failed');
    if (appError?.retryAfterSeconds) reply.header('retry-after', String(appError.retryAfterSeconds));
    if (isApi(request.url)) return sendProblem(request, reply, appError, status);
    const ctx = pageContext(request);
    if (appError?.code === 'UNAUTHENTICATED') {
      // After signing in, the person lands back on the page they asked for (only /my/… pages: safeReturnPath).
      const next = request.method === 'GET' ? safeReturnPath(request.url.split('?')[0]) : null;
      return reply.redirect(`${ctx.href('/sign-in')}${next ? `?next=${encodeURIComponent(next)}` : ''}`, 303);
    }
    const form = request.routeOptions.config?.form;
    if (appError?.fieldErrors && form) {
      let page: VNode<any> | null = null;
      let renderError: AppError | null = null;
      try {
        page = await form(request, reply, { values: formValues(request.body), errors: appError.fieldErrors });
      } catch (err) {
        // The form's page could not be shown (e.g. its subject was removed meanwhile): answer that error instead.
        renderError = classify(err).appError;
        if (!renderError) request.log.error({ err, route: request.routeOptions.url }, 'form page failed');
      }
      if (page) return sendPage(reply, page, status);
      return sendErrorPage(request, reply, renderError, renderError ? renderError.status : 500);
    }
    return sendErrorPage(request, reply, appError, status);
  });

  for (const plugin of plugins) await app.register(plugin);
  for (const plugin of pages) {
    await app.register(plugin);
    await app.register(plugin, { prefix: '/sv' });
    await app.register(plugin, { prefix: '/en' });
  }
  return app;
}
