import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { isListedOrganization } from '../directory/visibility.js';

/** SQL of municipal NGO meetings (kunnan järjestötapaamiset) and their invitees: camelCase rows, no rules. */

export type MeetingResponse = 'pending' | 'coming' | 'declined';

export interface MeetingFields {
  title: string;
  startsAt: Date;
  durationMinutes: number;
  place: string;
  onlineUrl: string | null;
  agenda: string[];
}

export interface MeetingRecord {
  people: number | null;
  supportNeeds: string;
  services: string;
  cooperation: string;
  development: string;
}

export interface MeetingRow extends MeetingFields {
  id: string;
  centreId: string;
  centreFi: string;
  centreSv: string;
  municipalityCode: string;
  municipalityFi: string;
  municipalitySv: string;
  record: MeetingRecord | null;
  recordWrittenAt: Date | null;
  updatedAt: Date;
}

function meetingQuery(db: Database) {
  return db
    .selectFrom('centre_meeting as m')
    .innerJoin('care_centre as c', 'c.id', 'm.centre_id')
    .innerJoin('municipality as mu', 'mu.code', 'm.municipality_code')
    .select([
      'm.id',
      'm.centre_id as centreId',
      'c.name_fi as centreFi',
      'c.name_sv as centreSv',
      'm.municipality_code as municipalityCode',
      'mu.name_fi as municipalityFi',
      'mu.name_sv as municipalitySv',
      'm.title',
      'm.starts_at as startsAt',
      'm.duration_minutes as durationMinutes',
      'm.place',
      'm.online_url as onlineUrl',
      'm.agenda',
      'm.record_people as recordPeople',
      'm.record_support_needs as recordSupportNeeds',
      'm.record_services as recordServices',
      'm.record_cooperation as recordCooperation',
      'm.record_development as recordDevelopment',
      'm.record_written_at as recordWrittenAt',
      'm.updated_at as updatedAt',
    ]);
}

type RawMeeting = Awaited<ReturnType<ReturnType<typeof meetingQuery>['executeTakeFirstOrThrow']>>;

function toMeeting(r: RawMeeting): MeetingRow {
  const { recordPeople, recordSupportNeeds, recordServices, recordCooperation, recordDevelopment, ...rest } = r;
  return {
    ...rest,
    agenda: r.agenda ?? [],
    record: r.recordWrittenAt ? { people: recordPeople, supportNeeds: recordSupportNeeds, services: recordServices, cooperation: recordCooperation, development: recordDevelopment } : null,
  };
}

export async function findMeeting(db: Database, id: string): Promise<MeetingRow | null> {
  const row = await meetingQuery(db).where('m.id', '=', id).executeTakeFirst();
  return row ? toMeeting(row) : null;
}

export async function lockMeeting(db: Database, id: string): Promise<MeetingRow | null> {
  const row = await meetingQuery(db).where('m.id', '=', id).forUpdate('m').executeTakeFirst();
  return row ? toMeeting(row) : null;
}

export async function listCentreMeetings(db: Database, centreId: string): Promise<MeetingRow[]> {
  return (await meetingQuery(db).where('m.centre_id', '=', centreId).orderBy('m.starts_at', 'desc').orderBy('m.id').execute()).map(toMeeting);
}

/** Meetings to which one of the organisations is invited, latest first. */
export async function listMeetingsOfOrganizations(db: Database, organizationIds: string[]): Promise<MeetingRow[]> {
  if (organizationIds.length === 0) return [];
  const rows = await meetingQuery(db)
    .where((eb) => eb.exists(eb.selectFrom('centre_meeting_invitee as i').select('i.id').whereRef('i.meeting_id', '=', 'm.id').where('i.organization_id', 'in', organizationIds)))
    .orderBy('m.starts_at', 'desc')
    .orderBy('m.id')
    .execute();
  return rows.map(toMeeting);
}

export async function insertMeeting(db: Database, m: MeetingFields & { id: string; centreId: string; municipalityCode: string; createdBy: string }): Promise<void> {
  await db
    .insertInto('centre_meeting')
    .values({
      id: m.id,
      centre_id: m.centreId,
      municipality_code: m.municipalityCode,
      title: m.title,
      starts_at: m.startsAt,
      duration_minutes: m.durationMinutes,
      place: m.place,
      online_url: m.onlineUrl,
      agenda: m.agenda,
      created_by: m.createdBy,
    })
    .execute();
}

export async function updateMeetingRecord(db: Database, id: string, record: MeetingRecord, at: Date): Promise<void> {
  await db
    .updateTable('centre_meeting')
    .set({
      record_people: record.people,
      record_support_needs: record.supportNeeds,
      record_services: record.services,
      record_cooperation: record.cooperation,
      record_development: record.development,
      record_written_at: at,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute();
}

export interface InviteeRow {
  id: string;
  organizationId: string | null;
  organizationFi: string | null;
  email: string | null;
  response: MeetingResponse;
  people: number | null;
  names: string;
  needs: string;
  respondedAt: Date | null;
  present: boolean;
}

function inviteeQuery(db: Database) {
  return db
    .selectFrom('centre_meeting_invitee as i')
    .leftJoin('organization as o', 'o.id', 'i.organization_id')
    .select(['i.id', 'i.meeting_id as meetingId', 'i.organization_id as organizationId', 'o.name_fi as organizationFi', 'i.email', 'i.response', 'i.people', 'i.names', 'i.needs', 'i.responded_at as respondedAt', 'i.present']);
}

/** A meeting's invitees: organisations by name, then staff by address. */
export async function listInvitees(db: Database, meetingId: string): Promise<InviteeRow[]> {
  const rows = await inviteeQuery(db).where('i.meeting_id', '=', meetingId).orderBy(sql`i.organization_id is null`).orderBy('o.name_fi').orderBy('i.email').execute();
  return rows.map(({ meetingId: _m, ...r }) => r);
}

export async function findInviteeByTokenHash(db: Database, hash: string): Promise<(InviteeRow & { meetingId: string }) | null> {
  return (await inviteeQuery(db).where('i.token_hash', '=', hash).executeTakeFirst()) ?? null;
}

export async function insertInvitee(db: Database, i: { id: string; meetingId: string; organizationId: string | null; email: string | null; tokenHash: string | null }): Promise<void> {
  await db.insertInto('centre_meeting_invitee').values({ id: i.id, meeting_id: i.meetingId, organization_id: i.organizationId, email: i.email, token_hash: i.tokenHash }).execute();
}

export async function updateInviteeResponse(db: Database, id: string, r: { response: 'coming' | 'declined'; people: number | null; names: string; needs: string; at: Date }): Promise<void> {
  await db.updateTable('centre_meeting_invitee').set({ response: r.response, people: r.people, names: r.names, needs: r.needs, responded_at: r.at }).where('id', '=', id).execute();
}

/** Marks which invited organisations were present (the others not). */
export async function setPresentOrganizations(db: Database, meetingId: string, organizationIds: string[]): Promise<void> {
  await db.updateTable('centre_meeting_invitee').set({ present: false }).where('meeting_id', '=', meetingId).where('organization_id', 'is not', null).execute();
  if (organizationIds.length > 0) await db.updateTable('centre_meeting_invitee').set({ present: true }).where('meeting_id', '=', meetingId).where('organization_id', 'in', organizationIds).execute();
}

export interface OrganizationChoice {
  id: string;
  nameFi: string;
  municipalityFi: string | null;
  inMunicipality: boolean;
}

/** Listed organisations whose home municipality is in the region: those of `municipalityCode` first, then by name. */
export async function listRegionOrganizations(db: Database, options: { regionId: string | null; municipalityCode: string }): Promise<OrganizationChoice[]> {
  const rows = await db
    .selectFrom('organization as o')
    .leftJoin('municipality as mu', 'mu.code', 'o.municipality_code')
    .select(['o.id', 'o.name_fi as nameFi', 'mu.name_fi as municipalityFi', sql<boolean>`o.municipality_code = ${options.municipalityCode}`.as('inMunicipality')])
    .where(isListedOrganization('o'))
    .where((eb) =>
      options.regionId
        ? eb.or([
            eb('o.municipality_code', '=', options.municipalityCode),
            eb.exists(eb.selectFrom('region_municipality as rm').select('rm.region_id').whereRef('rm.municipality_code', '=', 'o.municipality_code').where('rm.region_id', '=', options.regionId)),
          ])
        : eb('o.municipality_code', '=', options.municipalityCode),
    )
    .orderBy(sql`o.municipality_code = ${options.municipalityCode}`, 'desc')
    .orderBy('o.name_fi')
    .execute();
  return rows.map((r) => ({ ...r, inMunicipality: Boolean(r.inMunicipality) }));
}

/** Where an organisation's invitation goes: its maintainers, or its own public address when it has none. */
export async function listOrganizationRecipients(db: Database, organizationId: string): Promise<{ email: string; lang: 'fi' | 'sv' | 'en' }[]> {
  const maintainers = await db
    .selectFrom('user_role as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .select(['u.email', 'u.lang'])
    .where('r.role', '=', 'maintainer')
    .where('r.scope_id', '=', organizationId)
    .orderBy('u.email')
    .execute();
  if (maintainers.length > 0) return maintainers;
  const org = await db.selectFrom('organization').select('email').where('id', '=', organizationId).executeTakeFirst();
  return org?.email ? [{ email: org.email, lang: 'fi' }] : [];
}
