import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * The search index carries what the filters and facet counts need, so a search reads one table:
 * sort keys per language, taxonomy term ids and codes per taxonomy, municipality codes and whether the
 * activity is nationwide or remote. Rebuilt by src/modules/search.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    alter table search_document
      add column name_sort_sv text not null default '',
      add column name_sort_en text not null default '',
      add column term_ids uuid[] not null default '{}',
      add column need_codes text[] not null default '{}',
      add column support_codes text[] not null default '{}',
      add column target_codes text[] not null default '{}',
      add column municipality_codes text[] not null default '{}',
      add column nationwide boolean not null default false;
    create index search_document_need_idx on search_document using gin (need_codes);
    create index search_document_support_idx on search_document using gin (support_codes);
    create index search_document_target_idx on search_document using gin (target_codes);
    create index search_document_term_idx on search_document using gin (term_ids);
    create index search_document_municipality_idx on search_document using gin (municipality_codes);
    create index search_document_org_idx on search_document (organization_id);
  `,
  );
}
