import type { Database } from '../../platform/db/database.js';
import { isUuid } from '../../platform/ids.js';
import { compoundText } from './compound.js';
import { upsertSearchDocuments } from './search.repo.js';

/**
 * (Re)indexes published activities of published organisations and removes every other activity from the index:
 * all of them, or only `activityIds` (call it with the ids an import or an edit touched; after an organisation's
 * status changes, pass all its activities or rebuild everything). Returns the number of rows written.
 * Three SQL statements (texts in, compound parts computed in TypeScript, index rows out), so it takes well under a second for a few hundred activities on PGlite.
 */
export async function rebuildSearchIndex({ db, activityIds }: { db: Database; activityIds?: string[] }): Promise<number> {
  if (activityIds) {
    const ids = activityIds.filter(isUuid);
    if (ids.length === 0) return 0;
    return upsertSearchDocuments(db, ids, (t) => compoundText(t));
  }
  return upsertSearchDocuments(db, undefined, (t) => compoundText(t));
}
