import type { Database } from '../../platform/db/database.js';
import { checkMunicipality } from './check-municipality.js';
import { findAllMatchingActivities, needsSearch } from './find-matching-activities.js';
import { listPlaces } from './hsds.repo.js';
import type { ServiceAtLocationListQuery } from './hsds.schema.js';
import { buildServiceAtLocations } from './build-service-at-locations.js';
import { toPage, type HsdsPage, type Json } from './to-hsds.js';

/** GET /service_at_locations: a page of services at their locations. */
export async function listServiceAtLocations({ db, query }: { db: Database; query: ServiceAtLocationListQuery }): Promise<HsdsPage<Json>> {
  const { page, per_page: perPage, lang } = query;
  await checkMunicipality({ db, code: query.municipality });
  const activityIds = needsSearch(query) ? await findAllMatchingActivities({ db, filters: query }) : undefined;
  const { total, rows } = await listPlaces(db, {
    lang,
    activityIds,
    organizationId: query.organization_id,
    modifiedAfter: query.modified_after,
    offset: (page - 1) * perPage,
    limit: perPage,
  });
  const contents = await buildServiceAtLocations({ db, places: rows, full: query.full ?? false, lang });
  return toPage(contents, total, page, perPage);
}
