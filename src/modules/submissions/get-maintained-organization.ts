import { isMaintainer } from '../../platform/auth/access.policy.js';
import { listMaintainers, type MailRecipient } from '../../platform/auth/auth.repo.js';
import type { Database } from '../../platform/db/database.js';
import type { Status } from '../../platform/db/schema.js';
import { isUuid } from '../../platform/ids.js';
import { findOrganizationSummary, listLiveActivitiesOf, type ActivitySummary } from './submissions.repo.js';

export interface MaintainedOrganizationView {
  id: string;
  nameFi: string;
  status: Status;
  maintainers: MailRecipient[];
  activities: ActivitySummary[];
}

/** An organisation as its maintainer manages it (maintainers, live activities), or null for anyone else. */
export async function getMaintainedOrganization({
  db,
  organizationId,
  userId,
}: {
  db: Database;
  organizationId: string;
  userId: string;
}): Promise<MaintainedOrganizationView | null> {
  if (!isUuid(organizationId) || !(await isMaintainer(db, { userId, organizationId }))) return null;
  const org = await findOrganizationSummary(db, organizationId);
  if (!org) return null;
  const [maintainers, activities] = await Promise.all([listMaintainers(db, organizationId), listLiveActivitiesOf(db, organizationId)]);
  return { ...org, maintainers, activities };
}
