import type { FastifyPluginAsync } from 'fastify';
import { suggest } from './suggest.js';
import { suggestQuery } from './suggest.schema.js';

/** Requests per client IP and window for GET /api/suggest (one per keystroke pause while typing). */
export const SUGGEST_LIMITS = { perIp: 300, windowMs: 60_000 };

/** GET /api/suggest?q=PREFIX&lang=fi|sv|en: suggestions as you type, JSON (see suggest.ts). */
export const suggestApi: FastifyPluginAsync = async (app) => {
  const limit = app.createRateLimit({ max: SUGGEST_LIMITS.perIp, timeWindow: SUGGEST_LIMITS.windowMs });
  app.get('/api/suggest', async (request, reply) => {
    const allowed = await limit(request);
    if (!allowed.isAllowed && allowed.isExceeded) {
      reply.header('retry-after', String(Math.max(1, allowed.ttlInSeconds ?? 60)));
      return reply.code(429).send({ error: 'too_many_requests', message: 'Too many requests; wait a moment.' });
    }
    // A repeated parameter (?q=a&q=b) is an array: the schema answers 400 for it.
    const query = suggestQuery.parse(request.query ?? {});
    const body = await suggest({ db: app.deps.db, text: query.q, lang: query.lang });
    return reply.header('content-language', query.lang).header('cache-control', 'public, max-age=300').type('application/json; charset=utf-8').send(body);
  });
};
