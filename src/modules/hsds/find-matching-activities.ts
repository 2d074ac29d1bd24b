import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { searchActivities } from '../search/search-activities.js';

export interface ActivityFilters {
  search?: string;
  municipality?: string;
  taxonomy_term_id?: string;
  taxonomy_id?: string;
  organization_id?: string;
  modified_after?: Date;
  lang: Lang;
}

/** Whether the filters need the search module (text, area or taxonomy); otherwise the plain SQL listing serves. */
export function needsSearch(f: ActivityFilters): boolean {
  return Boolean(f.search?.trim() || f.municipality || f.taxonomy_term_id || f.taxonomy_id);
}

function searchInput(f: ActivityFilters) {
  const text = f.search?.trim();
  return {
    text: text || undefined,
    termIds: f.taxonomy_term_id ? [f.taxonomy_term_id] : undefined,
    taxonomyId: f.taxonomy_id,
    municipality: f.municipality,
    organizationId: f.organization_id,
    modifiedAfter: f.modified_after,
    lang: f.lang,
    sort: text ? ('relevance' as const) : ('name' as const),
  };
}

/** One page of matching activity ids from the search module, in its order. */
export async function findMatchingActivities({
  db,
  filters,
  page,
  perPage,
}: {
  db: Database;
  filters: ActivityFilters;
  page: number;
  perPage: number;
}): Promise<{ total: number; ids: string[] }> {
  const result = await searchActivities({ db, ...searchInput(filters), page, perPage, facets: false });
  return { total: result.total, ids: result.hits.map((h) => h.activityId) };
}

/** The search's largest page (searchActivities clamps per_page to 100: a larger batch ended the loop after one page). */
const BATCH = 100;
const MAX_BATCHES = 500;

/** Every matching activity id (for service_at_locations, which page over places rather than activities). */
export async function findAllMatchingActivities({ db, filters }: { db: Database; filters: ActivityFilters }): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; page <= MAX_BATCHES; page += 1) {
    const result = await searchActivities({ db, ...searchInput(filters), page, perPage: BATCH, facets: false, exactTotal: true });
    ids.push(...result.hits.map((h) => h.activityId));
    if (result.hits.length < BATCH || ids.length >= result.total) break;
  }
  return [...new Set(ids)];
}
