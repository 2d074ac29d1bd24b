import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { listMaintainedOrganizations } from './materials.repo.js';
import { listMeetingsOfOrganizations, type MeetingRow } from './meetings.repo.js';

/** The meetings to which the organisations the user maintains are invited (only theirs), latest first. */
export async function listMyMeetings({ db, actor }: { db: Database; actor: SessionUser }): Promise<MeetingRow[]> {
  const organizations = await listMaintainedOrganizations(db, actor.id);
  return listMeetingsOfOrganizations(db, organizations.map((o) => o.id));
}
