import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { listAgreements, type AgreementRow } from './agreements.repo.js';
import { listMaintainedOrganizations } from './materials.repo.js';

/** The agreements of the organisations the user maintains (only theirs), soonest first. */
export async function listMyAgreements({ db, actor }: { db: Database; actor: SessionUser }): Promise<{ canPropose: boolean; agreements: AgreementRow[] }> {
  const organizations = await listMaintainedOrganizations(db, actor.id);
  return { canPropose: organizations.length > 0, agreements: await listAgreements(db, { organizationIds: organizations.map((o) => o.id) }) };
}
