import type { Database } from '../../platform/db/database.js';
import { findMatchingActivities, needsSearch } from './find-matching-activities.js';
import { findActivities, listActivities, type ActivityRow } from './hsds.repo.js';
import type { ServiceListQuery } from './hsds.schema.js';
import { loadOrganizationsOf, loadServiceParts } from './load-service-parts.js';
import { toPage, toServiceBasic, toServiceFull, type HsdsPage, type Json } from './to-hsds.js';
import { checkMunicipality } from './check-municipality.js';

/** GET /services: a page of services (list-level, or fully nested with full=true). */
export async function listServices({ db, query }: { db: Database; query: ServiceListQuery }): Promise<HsdsPage<Json>> {
  const { page, per_page: perPage, lang } = query;
  await checkMunicipality({ db, code: query.municipality });
  let total: number;
  let rows: ActivityRow[];
  if (needsSearch(query)) {
    const found = await findMatchingActivities({ db, filters: query, page, perPage });
    const byId = new Map((await findActivities(db, found.ids)).map((a) => [a.id, a]));
    total = found.total;
    rows = found.ids.map((id) => byId.get(id)).filter((a): a is ActivityRow => a !== undefined);
  } else {
    ({ total, rows } = await listActivities(db, {
      lang,
      organizationId: query.organization_id,
      modifiedAfter: query.modified_after,
      offset: (page - 1) * perPage,
      limit: perPage,
    }));
  }
  if (query.full) {
    const parts = await loadServiceParts({ db, activities: rows });
    return toPage(rows.map((a) => toServiceFull(a, parts.get(a.id)!, lang)), total, page, perPage);
  }
  const organizations = await loadOrganizationsOf({ db, activities: rows });
  return toPage(rows.map((a) => toServiceBasic(a, organizations.get(a.organization_id), lang)), total, page, perPage);
}
