import type { Database } from '../../platform/db/database.js';
import { stableId } from '../../platform/ids.js';
import { upsertSeedSynonyms } from './search.repo.js';
import { synonymEntries } from './synonyms.data.js';

/**
 * Seeds the `search_synonym` table from synonyms.data.ts. Idempotent: run at every start (like the reference data);
 * rows an administrator has edited (source other than 'seed') are kept as they are.
 */
export async function loadSynonyms({ db }: { db: Database }): Promise<number> {
  const rows = synonymEntries().map((e) => ({ id: stableId('search_synonym', `${e.lang}:${e.term}`), ...e }));
  return upsertSeedSynonyms(db, rows);
}
