import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/** The search module's index: one row per published activity, rebuilt by src/modules/search. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table search_document (
      activity_id uuid primary key references activity(id) on delete cascade,
      organization_id uuid not null references organization(id) on delete cascade,
      name_sort text not null,
      document tsvector not null,
      plain_text text not null default '',
      indexed_at timestamptz not null default now()
    );
    create index search_document_tsv_idx on search_document using gin (document);
    create index search_document_trgm_idx on search_document using gin (plain_text gin_trgm_ops);
  `,
  );
}
