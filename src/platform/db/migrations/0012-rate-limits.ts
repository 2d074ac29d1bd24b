import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Rate-limit counters shared by every app instance (src/platform/http/rate-limit-store.ts): one row per limiter and
 * client key in the current fixed window. `key` is a SHA-256 of the limiter's name and the client key, so no address
 * or e-mail is stored. Rows past `expires_at` count as empty and are deleted now and then.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table rate_limit (
      key text primary key,
      hits integer not null,
      expires_at timestamptz not null
    );
    create index rate_limit_expires_idx on rate_limit (expires_at);
  `,
  );
}
