import { recordAudit } from '../../platform/audit/record-audit.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, invalidInput } from '../../platform/errors.js';
import { listInvitees, lockMeeting, updateInviteeResponse } from './meetings.repo.js';
import { requireMeetingViewer } from './meetings.policy.js';
import type { RegistrationInput } from './meetings.schema.js';

/**
 * A maintainer of an invited organisation registers it for a meeting (how many come, their names, any needs such as
 * accessibility or diet) or declines; the answer can be changed until the meeting begins (then CONFLICT). Anybody
 * else: 404. Audited without the names or needs.
 */
export async function registerForMeeting({ db, actor, id, input, now }: { db: Database; actor: SessionUser; id: string; input: RegistrationInput; now: Date }): Promise<'registered' | 'declined'> {
  return db.transaction().execute(async (trx) => {
    const meeting = await lockMeeting(trx, id);
    const invitees = meeting ? await listInvitees(trx, id) : [];
    const viewer = await requireMeetingViewer(trx, actor, meeting, invitees.flatMap((i) => (i.organizationId ? [i.organizationId] : [])));
    if (viewer.role !== 'invited') throw invalidInput({ organization: 'meetings.error.organization' }); // an organiser who maintains none of the invited
    const organizationId = viewer.organizationIds.includes(input.organization) ? input.organization : viewer.organizationIds.length === 1 ? viewer.organizationIds[0]! : null;
    if (!organizationId) throw invalidInput({ organization: 'meetings.error.organization' });
    if (meeting!.startsAt.getTime() <= now.getTime()) throw conflict('meeting begun', { messageKey: 'meetings.error.started' });
    const invitee = invitees.find((i) => i.organizationId === organizationId)!;
    const coming = input.response === 'coming';
    await updateInviteeResponse(trx, invitee.id, { response: input.response, people: coming ? input.people : null, names: coming ? input.names : '', needs: coming ? input.needs : '', at: now });
    await recordAudit(trx, { actorId: actor.id, action: `meeting.${input.response}`, subjectType: 'centre_meeting', subjectId: id, organizationId, toState: input.response, detail: { people: coming ? input.people : 0 } });
    return coming ? 'registered' : 'declined';
  });
}
