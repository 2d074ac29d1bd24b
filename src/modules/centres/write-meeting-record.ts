import { recordAudit } from '../../platform/audit/record-audit.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, invalidInput, notFound } from '../../platform/errors.js';
import { listInvitees, lockMeeting, setPresentOrganizations, updateMeetingRecord } from './meetings.repo.js';
import { requireMeetingOrganiser } from './meetings.policy.js';
import type { RecordInput } from './meetings.schema.js';

/**
 * After the meeting has begun, an organiser writes (or corrects) its short record: the invited organisations present,
 * the number of people, and free text under seed 003's four headings (clients' support needs, the centre's
 * services, cooperation opportunities, development ideas). Before the meeting: CONFLICT. Audited.
 */
export async function writeMeetingRecord({ db, actor, id, input, now }: { db: Database; actor: SessionUser; id: string; input: RecordInput; now: Date }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const meeting = await lockMeeting(trx, id);
    if (!meeting) throw notFound('meeting');
    await requireMeetingOrganiser(trx, actor, meeting.centreId);
    if (meeting.startsAt.getTime() > now.getTime()) throw conflict('meeting not yet held', { messageKey: 'meetings.error.notYet' });
    const invited = new Set((await listInvitees(trx, id)).flatMap((i) => (i.organizationId ? [i.organizationId] : [])));
    if (input.present.some((o) => !invited.has(o))) throw invalidInput({ present: 'meetings.error.present' });
    await updateMeetingRecord(trx, id, { people: input.people, supportNeeds: input.supportNeeds, services: input.services, cooperation: input.cooperation, development: input.development }, now);
    await setPresentOrganizations(trx, id, input.present);
    await recordAudit(trx, { actorId: actor.id, action: 'meeting.record', subjectType: 'centre_meeting', subjectId: id, organizationId: null, toState: 'recorded', detail: { present: input.present.length, people: input.people } });
  });
}
