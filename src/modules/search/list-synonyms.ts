import type { Database } from '../../platform/db/database.js';
import { listSynonyms as listSynonymRows } from './search.repo.js';
import { synonymEntries, type SynonymEntry } from './synonyms.data.js';

const TTL_MS = 60_000;
const cache = new WeakMap<Database, { at: number; entries: Promise<SynonymEntry[]> }>();

/**
 * The synonyms the search expands queries with: the `search_synonym` table, read at most once a minute per database;
 * the committed seed list when the table is empty (not seeded yet).
 */
export function listSynonyms({ db }: { db: Database }): Promise<SynonymEntry[]> {
  const hit = cache.get(db);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.entries;
  const entries = listSynonymRows(db).then(
    (rows) => (rows.length > 0 ? rows.map((r) => ({ lang: r.lang, term: r.term, expansion: r.expansion })) : synonymEntries()),
    (err: unknown) => {
      cache.delete(db);
      throw err;
    },
  );
  cache.set(db, { at: Date.now(), entries });
  return entries;
}

/** Forgets the cached list (after an edit). */
export function forgetSynonyms({ db }: { db: Database }): void {
  cache.delete(db);
}
