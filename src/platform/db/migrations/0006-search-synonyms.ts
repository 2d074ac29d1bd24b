import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Search synonyms and lay words as data (issue 4): seeded at start from src/modules/search/synonyms.data.ts
 * (source 'seed'), editable later by a regional administrator (other sources are never overwritten by the seed).
 * Identical SQL for PGlite and PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table search_synonym (
      id uuid primary key,
      lang text not null check (lang in ('fi', 'sv', 'en')),
      term text not null check (term <> ''),
      expansion text[] not null default '{}',
      source text not null default 'seed',
      updated_at timestamptz not null default now(),
      unique (lang, term)
    );
    `,
  );
}
