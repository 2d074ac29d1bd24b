import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Searches per day and municipality (issue 13, item 8: the region administrators' "searches" figure next to the
 * searches that found nothing). Counts only: no query text, no time finer than the Finnish day, nothing about who
 * searched. `municipality` is the municipality the search was limited to, or '' (none, or remote only).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table search_count (
      day date not null,
      municipality text not null default '',
      n integer not null,
      primary key (day, municipality)
    );
    `,
  );
}
