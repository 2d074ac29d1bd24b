import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { listCentreRows, type CentreRow } from './centres.repo.js';
import { requireAnyMaintainer } from './centres.policy.js';
import { listActivitiesOf, listMaintainedOrganizations, type ActivityOption, type MaintainedOrganization } from './materials.repo.js';

export interface BulletinFormData {
  organizations: MaintainedOrganization[];
  activities: ActivityOption[];
  centres: CentreRow[];
}

/** The bulletin form: the sender's organisations and their activities, and every centre. */
export async function getBulletinForm({ db, actor }: { db: Database; actor: SessionUser }): Promise<BulletinFormData> {
  requireAnyMaintainer(actor);
  const organizations = await listMaintainedOrganizations(db, actor.id);
  if (organizations.length === 0) throw notFound('organisation');
  return { organizations, activities: await listActivitiesOf(db, organizations.map((o) => o.id)), centres: await listCentreRows(db, {}) };
}
