import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { listMaintainers, type MailRecipient } from '../../platform/auth/auth.repo.js';
import { findOrganizationSummary, isMaintainerOf, listLiveActivitiesOf } from './submissions.repo.js';

export interface MaintainedOrganizationView {
  id: string;
  nameFi: string;
  status: string;
  maintainers: MailRecipient[];
  activities: { id: string; nameFi: string; status: string }[];
}

/** An organisation as its maintainer manages it (maintainers, live activities); NOT_FOUND for anyone else. */
export async function getMaintainedOrganization({ db, organizationId, userId }: { db: Database; organizationId: string; userId: string }): Promise<MaintainedOrganizationView> {
  if (!isUuid(organizationId) || !(await isMaintainerOf(db, userId, organizationId))) throw notFound('organisation');
  const org = await findOrganizationSummary(db, organizationId);
  if (!org) throw notFound('organisation');
  const [maintainers, activities] = await Promise.all([listMaintainers(db, organizationId), listLiveActivitiesOf(db, organizationId)]);
  return {
    id: org.id,
    nameFi: org.name_fi,
    status: org.status,
    maintainers,
    activities: activities.map((a) => ({ id: a.id, nameFi: a.name_fi, status: a.status })),
  };
}
