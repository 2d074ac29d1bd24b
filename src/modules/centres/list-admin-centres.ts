import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { listCentreRows, type CentreRow } from './centres.repo.js';
import { requireCentreCreator } from './centres.policy.js';

/** The centres an administrator manages: those of their regions (a platform administrator: every centre). */
export async function listAdminCentres({ db, actor }: { db: Database; actor: SessionUser }): Promise<CentreRow[]> {
  const scope = requireCentreCreator(actor);
  return listCentreRows(db, { regionIds: scope.regionIds });
}
