import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { listLiaisons, listRegionMunicipalities, type CentreRow, type LiaisonRow, type MunicipalityOption } from './centres.repo.js';
import { requireCentreAdministrator, requireCentreCreator } from './centres.policy.js';

export interface CentreFormData {
  centre: CentreRow | null;
  municipalities: MunicipalityOption[];
  liaisons: LiaisonRow[];
}

/** The centre form (new: id null): the municipalities of the administrator's regions, and the centre's liaisons. */
export async function getCentreForm({ db, actor, id }: { db: Database; actor: SessionUser; id: string | null }): Promise<CentreFormData> {
  const scope = requireCentreCreator(actor);
  const centre = id ? await requireCentreAdministrator(db, actor, id) : null;
  return {
    centre,
    municipalities: await listRegionMunicipalities(db, scope.regionIds),
    liaisons: centre ? await listLiaisons(db, centre.id) : [],
  };
}
