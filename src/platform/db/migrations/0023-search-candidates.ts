import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Search at national scale (issue 12, item 1; decision record 0004): a search reads every matching index row once to
 * rank its candidates, so the rows must be small and must not need the large, compressed `document`.
 *
 * - `search_document.name_doc`: the document's names (weight A), a few dozen lexemes kept in the row.
 * - `search_document.languages`: the activity's languages (the language factor), so a search no longer joins the
 *   directory tables for every match.
 * - `search_term_set`: the taxonomy terms' text (weight B) once per distinct set of terms, instead of a kilobyte of
 *   synonyms in every row: a search scores the few hundred sets, then joins them by `term_ids`.
 * - `search_trigram`: the lower-cased names and terms for the trigram fallback, moved out of the rows every search reads.
 *
 * Existing rows are filled from what they hold already (`ts_filter` of the document), so no rebuild is needed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    alter table search_document
      add column name_doc tsvector not null default ''::tsvector,
      add column languages text[] not null default '{}';
    update search_document d set name_doc = ts_filter(d.document, '{a}'), languages = a.languages
    from activity a where a.id = d.activity_id;

    create table search_term_set (
      term_ids uuid[] primary key,
      term_doc tsvector not null
    );
    insert into search_term_set (term_ids, term_doc)
    select distinct on (term_ids) term_ids, ts_filter(document, '{b}') from search_document order by term_ids;

    create table search_trigram (
      activity_id uuid primary key references search_document(activity_id) on delete cascade,
      plain_text text not null
    );
    insert into search_trigram (activity_id, plain_text) select activity_id, plain_text from search_document;
    create index search_trigram_trgm_idx on search_trigram using gin (plain_text gin_trgm_ops);
    drop index search_document_trgm_idx;
    alter table search_document drop column plain_text;
    `,
  );
}
