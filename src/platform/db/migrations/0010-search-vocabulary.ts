import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Search vocabulary (issue 4): every word of the indexed texts, taxonomy terms and synonyms, filled by the search
 * index rebuild, for typo correction at query time (trigram index) and "Tarkoititko …?" suggestions. `folded` is the
 * word without Finnish / Swedish diacritics (ä→a, ö→o, å→a) so that "syopa" finds "syöpä"; `stem` is its Finnish
 * Snowball stem, so an inflected query word whose stem is indexed counts as known; `word collate "C"` serves prefix
 * look-ups (byte order, the same on every server). `n` = number of documents (or 1).
 * The index also carries the date the activity's data was last checked (ranking prefers recently checked ones).
 * Identical SQL for PGlite and PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table search_word (
      word text primary key,
      folded text not null,
      stem text not null,
      n integer not null default 1
    );
    create index search_word_trgm_idx on search_word using gin (word gin_trgm_ops);
    create index search_word_folded_idx on search_word (folded);
    create index search_word_stem_idx on search_word (stem);
    create index search_word_prefix_idx on search_word (word collate "C");
    alter table search_document add column last_checked date;
    `,
  );
}
