import { join } from 'node:path';
import Fastify, { LogController, type FastifyInstance, type FastifyPluginAsync, type FastifyReply, type FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { h, type VNode } from 'preact';
import { ZodError } from 'zod';
import type { Config } from '../../config.js';
import type { Database, DatabaseKind } from '../db/database.js';
import { AppError } from '../errors.js';
import { DEFAULT_LANG, isLang, translator, type Lang } from '../i18n/i18n.js';
import { ErrorPage } from '../views/layout.js';
import { localizedPath, type PageContext } from '../views/page-context.js';
import { renderDocument } from '../views/render.js';

declare module 'fastify' {
  interface FastifyRequest {
    lang: Lang;
    /** The URL without the /sv or /en prefix. */
    neutralUrl: string;
  }
  interface FastifyInstance {
    deps: AppDeps;
  }
}

export interface AppDeps {
  config: Config;
  db: Database;
  dbKind: DatabaseKind;
  /** Resolves once the database is migrated and loaded; /healthz answers 200 after that. */
  ready: () => boolean;
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
  return { lang, t: translator(lang), path: request.neutralUrl ?? request.url, href: (p: string) => localizedPath(lang, p), user };
}

export function sendPage(reply: FastifyReply, page: VNode<any>, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(renderDocument(page));
}

/** JSON API paths answer errors in JSON; /api itself is the human-readable API page. */
function isApi(url: string): boolean {
  return url.startsWith('/api/');
}

export interface BuildAppOptions {
  deps: AppDeps;
  /** Page plugins: each is registered under "", "/sv" and "/en". */
  pages: PagePlugin[];
  /** Other plugins (JSON API etc.), registered once at the root. */
  plugins: FastifyPluginAsync[];
}

export async function buildApp({ deps, pages, plugins }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: deps.config.logLevel },
    // Query strings may hold what people typed: Fastify's own request lines are off, we log our own below.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: true,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  app.decorate('deps', deps);
  app.decorateRequest('lang', DEFAULT_LANG);
  app.decorateRequest('neutralUrl', '');

  app.addHook('onRequest', async (request) => {
    const { lang, neutral } = splitLang(request.url);
    request.lang = lang;
    request.neutralUrl = neutral;
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
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
  });
  await app.register(fastifyStatic, { root: join(import.meta.dirname, '../../../public'), prefix: '/static/', maxAge: '1h' });

  app.get('/healthz', async (_req, reply) => {
    if (!deps.ready()) return reply.code(503).send({ status: 'starting' });
    return { status: 'ok', database: deps.dbKind };
  });

  app.setNotFoundHandler(async (request, reply) => {
    if (isApi(request.url)) return reply.code(404).send({ error: 'not_found', message: `No such resource: ${request.url.split('?')[0]}` });
    const ctx = pageContext(request);
    return sendPage(reply, h(ErrorPage, { ctx, title: ctx.t('error.notFound.title'), body: ctx.t('error.notFound.body') }), 404);
  });

  app.setErrorHandler(async (error, request, reply) => {
    let status = 500;
    let code = 'internal_error';
    let message = 'Internal error';
    if (error instanceof AppError) {
      status = { NOT_FOUND: 404, BAD_REQUEST: 400, FORBIDDEN: 403, CONFLICT: 409 }[error.code];
      code = error.code.toLowerCase();
      message = error.message;
    } else if (error instanceof ZodError) {
      status = 400;
      code = 'bad_request';
      message = error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; ');
    } else {
      const e = error as { statusCode?: number; message?: string; code?: string };
      if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
        status = e.statusCode;
        code = e.code === 'FST_ERR_VALIDATION' ? 'bad_request' : 'bad_request';
        message = e.message ?? 'Bad request';
      }
    }
    if (status >= 500) request.log.error({ err: error, route: request.routeOptions.url }, 'request failed');
    if (isApi(request.url)) return reply.code(status).send({ error: code, message });
    const ctx = pageContext(request);
    const [title, body] =
      status === 404
        ? [ctx.t('error.notFound.title'), ctx.t('error.notFound.body')]
        : status < 500
          ? [ctx.t('error.badRequest.title'), ctx.t('error.badRequest.body', { detail: message })]
          : [ctx.t('error.server.title'), ctx.t('error.server.body')];
    return sendPage(reply, h(ErrorPage, { ctx, title, body }), status);
  });

  for (const plugin of plugins) await app.register(plugin);
  for (const plugin of pages) {
    await app.register(plugin);
    await app.register(plugin, { prefix: '/sv' });
    await app.register(plugin, { prefix: '/en' });
  }
  return app;
}
