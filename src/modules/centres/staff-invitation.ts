import { hashSecret } from '../../platform/auth/auth-tokens.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, notFound } from '../../platform/errors.js';
import { presentNames } from './get-meeting.js';
import { findInviteeByTokenHash, findMeeting, listInvitees, updateInviteeResponse, type InviteeRow, type MeetingRow } from './meetings.repo.js';
import type { StaffRegistrationInput } from './meetings.schema.js';

/**
 * A member of the centre's staff reaches a meeting only through the secret link of their invitation (no account):
 * the meeting, their own answer, and the record once written. A wrong token is simply not found.
 */
export interface StaffInvitation {
  meeting: MeetingRow;
  invitee: InviteeRow;
  presentNames: string[];
  started: boolean;
}

export async function getStaffInvitation({ db, token, now }: { db: Database; token: string; now: Date }): Promise<StaffInvitation> {
  const invitee = await findInviteeByTokenHash(db, hashSecret(token));
  const meeting = invitee ? await findMeeting(db, invitee.meetingId) : null;
  if (!invitee || !meeting) throw notFound('invitation');
  return { meeting, invitee, presentNames: presentNames(await listInvitees(db, meeting.id)), started: meeting.startsAt.getTime() <= now.getTime() };
}

/** The staff member comes (with any needs) or not; changeable until the meeting begins (then CONFLICT). */
export async function registerStaff({ db, token, input, now }: { db: Database; token: string; input: StaffRegistrationInput; now: Date }): Promise<'registered' | 'declined'> {
  return db.transaction().execute(async (trx) => {
    const { invitee, started } = await getStaffInvitation({ db: trx, token, now });
    if (started) throw conflict('meeting begun', { messageKey: 'meetings.error.started' });
    const coming = input.response === 'coming';
    await updateInviteeResponse(trx, invitee.id, { response: input.response, people: coming ? 1 : null, names: '', needs: coming ? input.needs : '', at: now });
    return coming ? 'registered' : 'declined';
  });
}
