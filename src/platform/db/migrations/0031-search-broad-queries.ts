import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Broad queries at national scale (issue 12, item 1; decision record 0004, "Broad queries"). A query matching
 * thousands of activities no longer reads every match for the API:
 * - `sample`: one activity in sixteen, by the last hex digit of its (random) id. A partial GIN index over the sample's
 *   documents (and a partial index of its ids, for searches without text) estimates how many activities a query
 *   matches from a sixteenth of them: the total of a broad query is that estimate, labelled as approximate.
 * - the candidates of a broad query come from indexes, in bounded numbers: the names' own tsvector (GIN), the
 *   activities of the matching sets of taxonomy terms (btree on `term_ids`), the sample; sorted by name, straight
 *   from a btree in each language's A–Ö order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    alter table search_document add column sample boolean generated always as (right(activity_id::text, 1) = '0') stored;
    create index search_document_sample_tsv_idx on search_document using gin (document) where sample;
    create index search_document_sample_idx on search_document (activity_id) where sample;
    create index search_document_name_doc_idx on search_document using gin (name_doc);
    create index search_document_term_set_idx on search_document (term_ids);
    create index search_document_name_sort_idx on search_document (name_sort collate "C", activity_id);
    create index search_document_name_sort_sv_idx on search_document (name_sort_sv collate "C", activity_id);
    create index search_document_name_sort_en_idx on search_document (name_sort_en collate "C", activity_id);
    `,
  );
}
