import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { eventsCalendar, type IcalLabels } from '../events/event-ical.js';
import { findMeeting, listInvitees, type InviteeRow, type MeetingRow } from './meetings.repo.js';
import { requireMeetingViewer } from './meetings.policy.js';

export interface MeetingPage {
  meeting: MeetingRow;
  role: 'organiser' | 'invited';
  /** Organisers: every invitee (staff addresses too); an invited organisation: its own invitation rows only. */
  invitees: InviteeRow[];
  /** The organisations marked present in the record (part of the record: every reader sees them). */
  presentNames: string[];
  started: boolean;
}

/** A meeting for its organisers and the maintainers of the invited organisations (anybody else: 404). */
export async function getMeeting({ db, actor, id, now }: { db: Database; actor: SessionUser; id: string; now: Date }): Promise<MeetingPage> {
  const meeting = await findMeeting(db, id);
  const invitees = meeting ? await listInvitees(db, id) : [];
  const viewer = await requireMeetingViewer(db, actor, meeting, invitees.flatMap((i) => (i.organizationId ? [i.organizationId] : [])));
  const visible = viewer.role === 'organiser' ? invitees : invitees.filter((i) => i.organizationId && viewer.organizationIds.includes(i.organizationId));
  return { meeting: meeting!, role: viewer.role, invitees: visible, presentNames: presentNames(invitees), started: meeting!.startsAt.getTime() <= now.getTime() };
}

/** The meeting's .ics (the events module's iCal writer), for the same people. */
export async function getMeetingIcal({ db, actor, id, lang, url, labels }: { db: Database; actor: SessionUser; id: string; lang: Lang; url: string; labels: IcalLabels }): Promise<string> {
  const meeting = await findMeeting(db, id);
  const invitees = meeting ? await listInvitees(db, id) : [];
  await requireMeetingViewer(db, actor, meeting, invitees.flatMap((i) => (i.organizationId ? [i.organizationId] : [])));
  return meetingCalendar(meeting!, { lang, url, labels });
}

export function meetingCalendar(m: MeetingRow, { lang, url, labels }: { lang: Lang; url: string; labels: IcalLabels }): string {
  const endsAt = new Date(m.startsAt.getTime() + m.durationMinutes * 60_000);
  const attendance = m.place === '' ? ('remote' as const) : m.onlineUrl ? ('hybrid' as const) : ('on_site' as const);
  const event = {
    id: m.id,
    organizationId: null,
    organization: null,
    nameFi: m.title,
    nameSv: '',
    nameEn: '',
    descriptionFi: m.agenda.map((a, i) => `${i + 1}. ${a}`).join('\n') || m.title,
    descriptionSv: '',
    descriptionEn: '',
    startsAt: m.startsAt,
    endsAt,
    rrule: null,
    lastEndsAt: endsAt,
    attendance,
    placeName: m.place,
    streetAddress: '',
    postalCode: '',
    city: '',
    onlineUrl: m.onlineUrl,
    freeOfCharge: true,
    price: '',
    languages: ['fi'],
    accessibility: '',
    registration: 'none' as const,
    registrationUrl: null,
    registrationEmail: null,
    organizerName: m.centreFi,
    contactEmail: null,
    contactPhone: null,
    status: 'scheduled' as const,
    reviewStatus: 'approved' as const,
    createdAt: m.updatedAt,
    updatedAt: m.updatedAt,
    municipalities: [],
    terms: [],
  };
  return eventsCalendar({ name: `${m.title} – ${m.centreFi}`, events: [event], lang, url: () => url, labels });
}

export function presentNames(invitees: InviteeRow[]): string[] {
  return invitees.filter((i) => i.present && i.organizationFi).map((i) => i.organizationFi!);
}
