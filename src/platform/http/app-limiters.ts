import type { FastifyInstance, FastifyRequest } from 'fastify';

/** A limiter made by app.createRateLimit (@fastify/rate-limit, counters in the database's rate-limit store). */
export type Limiter = (req: FastifyRequest) => Promise<{ isAllowed: boolean; isExceeded?: boolean; ttlInSeconds?: number }>;

const limitersByApp = new WeakMap<object, Map<string, unknown>>();

/**
 * A module's rate limiters, made on first use and then kept for the app: a page plugin is registered three times
 * (once per language prefix, each an encapsulated instance), and all three must count against the same limits. Kept
 * by the app's shared `deps`, so a second app (a test's) gets limiters of its own. `name` keeps one module's set apart
 * from another's.
 */
export function appLimiters<T>(app: FastifyInstance, name: string, create: () => T): T {
  let sets = limitersByApp.get(app.deps);
  if (!sets) {
    sets = new Map();
    limitersByApp.set(app.deps, sets);
  }
  if (!sets.has(name)) sets.set(name, create());
  return sets.get(name) as T;
}
