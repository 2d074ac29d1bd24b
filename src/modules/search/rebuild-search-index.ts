import type { Database } from '../../platform/db/database.js';

/** Placeholder until the search module lands. */
export async function rebuildSearchIndex(_: { db: Database; activityIds?: string[] }): Promise<number> {
  return 0;
}
