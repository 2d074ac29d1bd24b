import type { Database } from '../../platform/db/database.js';
import { listCentreRows, listRegionMunicipalities, listRegionOptions, type CentreRow, type MunicipalityOption, type RegionOption } from './centres.repo.js';
import type { CentreListQuery } from './centres.schema.js';

export interface CentreList {
  centres: CentreRow[];
  regions: RegionOption[];
  municipalities: MunicipalityOption[];
  query: CentreListQuery;
}

/** The public list of care centres, filtered by region and municipality (an unknown filter value simply finds none). */
export async function listCentres({ db, query }: { db: Database; query: CentreListQuery }): Promise<CentreList> {
  const [centres, regions, municipalities] = await Promise.all([
    listCentreRows(db, { regionIds: query.region ? [query.region] : null, municipalityCode: query.municipality ?? null }),
    listRegionOptions(db),
    listRegionMunicipalities(db, query.region ? [query.region] : null),
  ]);
  return { centres, regions, municipalities, query };
}
