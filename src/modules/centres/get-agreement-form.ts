import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { listCentreRows, type CentreRow } from './centres.repo.js';
import { requireAnyMaintainer } from './centres.policy.js';
import { listMaintainedOrganizations, type MaintainedOrganization } from './materials.repo.js';

/** The proposal form: the proposer's organisations and every centre. */
export async function getAgreementForm({ db, actor }: { db: Database; actor: SessionUser }): Promise<{ organizations: MaintainedOrganization[]; centres: CentreRow[] }> {
  requireAnyMaintainer(actor);
  const organizations = await listMaintainedOrganizations(db, actor.id);
  if (organizations.length === 0) throw notFound('organisation');
  return { organizations, centres: await listCentreRows(db, {}) };
}
