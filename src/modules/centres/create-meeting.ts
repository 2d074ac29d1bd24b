import { recordAudit } from '../../platform/audit/record-audit.js';
import { hashSecret, newSecret } from '../../platform/auth/auth-tokens.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { invalidInput } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { instantOf } from '../events/helsinki-time.js';
import { meetingInvitationMail, meetingStaffInvitationMail } from './meeting-mail.js';
import { findMeeting, insertInvitee, insertMeeting, listOrganizationRecipients, listRegionOrganizations } from './meetings.repo.js';
import { requireMeetingOrganiser } from './meetings.policy.js';
import type { MeetingInput } from './meetings.schema.js';

/**
 * A centre's liaison (or its region's administrator) organises a municipal NGO meeting in the centre's municipality:
 * the invited organisations (from the directory, in the region) and staff (e-mail addresses) are invited by e-mail,
 * in the same transaction, exactly once each: an organisation's maintainers get a link to the meeting's page, a
 * member of staff a personal secret link (only its SHA-256 is stored). Audited without any address.
 */
export async function createMeeting({ db, actor, centreId, input, now }: { db: Database; actor: SessionUser; centreId: string; input: MeetingInput; now: Date }): Promise<{ id: string }> {
  const startsAt = instantOf(input.date, input.time);
  if (!startsAt) throw invalidInput({ date: 'meetings.error.date' });
  if (startsAt.getTime() <= now.getTime()) throw invalidInput({ date: 'meetings.error.past' });
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const centre = await requireMeetingOrganiser(trx, actor, centreId);
    const choices = new Map((await listRegionOrganizations(trx, { regionId: centre.regionId, municipalityCode: centre.municipalityCode })).map((o) => [o.id, o.nameFi]));
    if (input.organizations.some((o) => !choices.has(o))) throw invalidInput({ organizations: 'meetings.error.organizations' });
    await insertMeeting(trx, { id, centreId, municipalityCode: centre.municipalityCode, title: input.title, startsAt, durationMinutes: input.duration, place: input.place, onlineUrl: input.onlineUrl || null, agenda: input.agenda, createdBy: actor.id });
    const meeting = (await findMeeting(trx, id))!;
    const base = {
      meetingId: id,
      title: meeting.title,
      centreFi: meeting.centreFi,
      centreSv: meeting.centreSv,
      municipalityFi: meeting.municipalityFi,
      municipalitySv: meeting.municipalitySv ?? '',
      startsAt: startsAt.toISOString(),
      place: meeting.place,
      onlineUrl: meeting.onlineUrl,
      agenda: meeting.agenda,
    };
    for (const organizationId of input.organizations) {
      await insertInvitee(trx, { id: newId(), meetingId: id, organizationId, email: null, tokenHash: null });
      const organization = choices.get(organizationId)!;
      for (const r of await listOrganizationRecipients(trx, organizationId)) await enqueueMail(trx, { to: r.email, lang: r.lang, template: meetingInvitationMail, params: { ...base, organization } });
    }
    for (const email of input.staff) {
      const token = newSecret();
      await insertInvitee(trx, { id: newId(), meetingId: id, organizationId: null, email, tokenHash: hashSecret(token) });
      await enqueueMail(trx, { to: email, lang: 'fi', template: meetingStaffInvitationMail, params: { ...base, token } });
    }
    await recordAudit(trx, { actorId: actor.id, action: 'meeting.create', subjectType: 'centre_meeting', subjectId: id, organizationId: null, toState: 'planned', detail: { centreId, organizations: input.organizations.length, staff: input.staff.length } });
  });
  return { id };
}
