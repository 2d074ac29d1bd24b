import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import type { CentreRow } from './centres.repo.js';
import { listRegionOrganizations, type OrganizationChoice } from './meetings.repo.js';
import { requireMeetingOrganiser } from './meetings.policy.js';

export interface MeetingFormData {
  centre: CentreRow;
  organizations: OrganizationChoice[];
}

/** The new meeting's form for an organiser: the centre and the organisations of its region to pick from (its municipality's first). */
export async function getMeetingForm({ db, actor, centreId }: { db: Database; actor: SessionUser; centreId: string }): Promise<MeetingFormData> {
  const centre = await requireMeetingOrganiser(db, actor, centreId);
  return { centre, organizations: await listRegionOrganizations(db, { regionId: centre.regionId, municipalityCode: centre.municipalityCode }) };
}
