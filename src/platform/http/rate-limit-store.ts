import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Database } from '../db/database.js';

/**
 * A store for @fastify/rate-limit that keeps the counters in the `rate_limit` table (migration 0012), so every app
 * instance on the same database counts together (in memory, two instances allowed twice the limit).
 *
 * Fixed windows: the first hit of a key opens a window of `timeWindow` ms; hits inside it add one; the first hit
 * after it starts a new one. One atomic `insert … on conflict do update … returning` per hit, so concurrent hits from
 * several instances never lose a count. Rows whose window has passed are deleted on a write at most once a minute.
 *
 * Each limiter has a name, and the stored key is SHA-256(name, client key): no IP address or e-mail is stored, and
 * two limiters never share a counter. The name is the limiter's `nameSpace` option when given; for a route's
 * `config.rateLimit` the method and the path without the language prefix (so /sv/… and /en/… count with the
 * Finnish path); otherwise the limiter's settings (max, window, key function), the same in every instance.
 */

/** What @fastify/rate-limit passes to `child()`: the merged options, with `routeInfo` for a route's own limit. */
interface LimiterOptions {
  nameSpace?: unknown;
  max?: unknown;
  timeWindow?: unknown;
  keyGenerator?: unknown;
  routeInfo?: { method?: unknown; url?: unknown };
}

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

const CLEANUP_EVERY_MS = 60_000;

/** The language prefix of page routes (src/platform/http/app.ts mounts pages under "", /sv and /en). */
const LANG_PREFIX = /^\/(sv|en)(?=\/|$)/;

function limiterName(options: LimiterOptions): string {
  if (typeof options.nameSpace === 'string' && options.nameSpace !== '') return `ns:${options.nameSpace}`;
  const route = options.routeInfo;
  if (route && typeof route.url === 'string') {
    const method = Array.isArray(route.method) ? route.method.join(',') : String(route.method ?? '');
    return `route:${method} ${route.url.replace(LANG_PREFIX, '') || '/'}`;
  }
  const keyFunction = typeof options.keyGenerator === 'function' ? options.keyGenerator.toString() : '';
  return `limiter:${String(options.max)}:${String(options.timeWindow)}:${keyFunction}`;
}

function storedKey(name: string, key: string): string {
  return createHash('sha256').update(name).update('\0').update(key).digest('hex');
}

export interface RateLimitStore {
  incr(key: string, callback: Callback, timeWindow: number, max: number): void;
  read(key: string, callback: Callback, timeWindow: number, max?: number): void;
  child(options: LimiterOptions): RateLimitStore;
}

/** The store class to pass as `store` when registering @fastify/rate-limit. */
export function databaseRateLimitStore(db: Database): new (options: object) => RateLimitStore {
  const shared = { lastCleanup: 0 };

  async function cleanUp(): Promise<void> {
    if (Date.now() - shared.lastCleanup < CLEANUP_EVERY_MS) return;
    shared.lastCleanup = Date.now();
    await db.deleteFrom('rate_limit').where('expires_at', '<', sql<Date>`now()`).execute();
  }

  async function hit(key: string, timeWindow: number): Promise<{ current: number; ttl: number }> {
    await cleanUp();
    const window = Math.max(1, Math.trunc(timeWindow));
    const { rows } = await sql<{ hits: number; ttl_ms: number }>`
      insert into rate_limit as r (key, hits, expires_at)
      values (${key}, 1, now() + ${window}::int * interval '1 millisecond')
      on conflict (key) do update set
        hits = case when r.expires_at <= now() then 1 else r.hits + 1 end,
        expires_at = case when r.expires_at <= now() then excluded.expires_at else r.expires_at end
      returning r.hits, greatest(0, extract(epoch from (r.expires_at - now())) * 1000)::float8 as ttl_ms`.execute(db);
    const row = rows[0]!;
    return { current: Number(row.hits), ttl: Math.ceil(Number(row.ttl_ms)) };
  }

  async function peek(key: string): Promise<{ current: number; ttl: number }> {
    const { rows } = await sql<{ hits: number; ttl_ms: number }>`
      select hits, (extract(epoch from (expires_at - now())) * 1000)::float8 as ttl_ms
      from rate_limit where key = ${key} and expires_at > now()`.execute(db);
    const row = rows[0];
    return row ? { current: Number(row.hits), ttl: Math.ceil(Number(row.ttl_ms)) } : { current: 0, ttl: 0 };
  }

  class DatabaseRateLimitStore implements RateLimitStore {
    private readonly name: string;
    constructor(options: object) {
      this.name = limiterName(options as LimiterOptions);
    }
    incr(key: string, callback: Callback, timeWindow: number): void {
      hit(storedKey(this.name, key), timeWindow).then(
        (result) => callback(null, result),
        (err: Error) => callback(err),
      );
    }
    read(key: string, callback: Callback): void {
      peek(storedKey(this.name, key)).then(
        (result) => callback(null, result),
        (err: Error) => callback(err),
      );
    }
    child(options: LimiterOptions): RateLimitStore {
      return new DatabaseRateLimitStore(options);
    }
  }
  return DatabaseRateLimitStore;
}
