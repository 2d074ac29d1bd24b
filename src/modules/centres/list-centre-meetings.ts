import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import type { CentreRow } from './centres.repo.js';
import { listAwaitingFollowUp, type AwaitingFollowUpRow } from './follow-up.repo.js';
import { listCentreMeetings, type MeetingRow } from './meetings.repo.js';
import { requireMeetingOrganiser } from './meetings.policy.js';

export interface CentreMeetings {
  centre: CentreRow;
  meetings: MeetingRow[];
  awaitingFollowUp: AwaitingFollowUpRow[];
}

/** A centre's meetings for its organisers (latest first), and its agreements awaiting follow-up. */
export async function listMeetingsOfCentre({ db, actor, centreId, now }: { db: Database; actor: SessionUser; centreId: string; now: Date }): Promise<CentreMeetings> {
  const centre = await requireMeetingOrganiser(db, actor, centreId);
  const [meetings, awaitingFollowUp] = await Promise.all([listCentreMeetings(db, centreId), listAwaitingFollowUp(db, centreId, now)]);
  return { centre, meetings, awaitingFollowUp };
}
