import type { Database } from '../../platform/db/database.js';
import type { SearchInput, SearchResult } from './search.types.js';

/** Placeholder until the search module lands: finds nothing. */
export async function searchActivities(_: { db: Database } & SearchInput): Promise<SearchResult> {
  return { total: 0, hits: [] };
}
