import type { Database } from '../../platform/db/database.js';
import { listMaintainedOrganizations, listOpenSubmissionsOf, type MaintainedOrganization, type SubmissionSummary } from './submissions.repo.js';

export interface MyOrganisations {
  organizations: MaintainedOrganization[];
  submissions: SubmissionSummary[];
}

/** The signed-in person's organisations (as maintainer) and open drafts and submissions, for their own page. */
export async function listMyOrganisations({ db, userId }: { db: Database; userId: string }): Promise<MyOrganisations> {
  const [organizations, submissions] = await Promise.all([listMaintainedOrganizations(db, userId), listOpenSubmissionsOf(db, userId)]);
  return { organizations, submissions };
}
