import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { listCentreRows, type CentreRow } from './centres.repo.js';
import { centresOfLiaison, requireAnyLiaison } from './centres.policy.js';

/** The centres the user is a liaison of (the way into each centre's desk). */
export async function listLiaisonCentres({ db, actor }: { db: Database; actor: SessionUser }): Promise<CentreRow[]> {
  requireAnyLiaison(actor);
  return listCentreRows(db, { ids: centresOfLiaison(actor) });
}
