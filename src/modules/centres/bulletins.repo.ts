import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';

/** SQL of a centre's staff groups and of bulletins to staff (src/modules/centres): camelCase rows, no rules. */

export type BulletinStatus = 'pending' | 'forwarded' | 'returned' | 'archived';

export interface StaffGroupRow {
  id: string;
  centreId: string;
  name: string;
  topics: string[];
  /** Personal data: shown only to the centre's liaisons, never logged. */
  emails: string[];
}

const groupColumns = ['id', 'centre_id as centreId', 'name', 'topics', 'emails'] as const;

export async function listStaffGroups(db: Database, centreId: string): Promise<StaffGroupRow[]> {
  return db.selectFrom('centre_staff_group').select(groupColumns).where('centre_id', '=', centreId).orderBy('name').orderBy('id').execute();
}

export async function findStaffGroup(db: Database, options: { id: string; centreId: string }): Promise<StaffGroupRow | null> {
  return (await db.selectFrom('centre_staff_group').select(groupColumns).where('id', '=', options.id).where('centre_id', '=', options.centreId).executeTakeFirst()) ?? null;
}

export async function insertStaffGroup(db: Database, g: { id: string; centreId: string; name: string; topics: string[]; emails: string[] }): Promise<void> {
  await db.insertInto('centre_staff_group').values({ id: g.id, centre_id: g.centreId, name: g.name, topics: g.topics, emails: g.emails }).execute();
}

export async function updateStaffGroup(db: Database, g: { id: string; centreId: string; name: string; topics: string[]; emails: string[] }): Promise<boolean> {
  const result = await db
    .updateTable('centre_staff_group')
    .set({ name: g.name, topics: g.topics, emails: g.emails, updated_at: sql`now()` })
    .where('id', '=', g.id)
    .where('centre_id', '=', g.centreId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteStaffGroup(db: Database, options: { id: string; centreId: string }): Promise<boolean> {
  const result = await db.deleteFrom('centre_staff_group').where('id', '=', options.id).where('centre_id', '=', options.centreId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface NewBulletin {
  id: string;
  organizationId: string;
  activityId: string | null;
  title: string;
  body: string;
  topics: string[];
  lang: 'fi' | 'sv' | 'en';
  sentBy: string | null;
}

export async function insertBulletin(db: Database, b: NewBulletin, centreIds: string[], createdAt?: Date): Promise<void> {
  await db
    .insertInto('centre_bulletin')
    .values({ id: b.id, organization_id: b.organizationId, activity_id: b.activityId, title: b.title, body: b.body, topics: b.topics, lang: b.lang, sent_by: b.sentBy, ...(createdAt ? { created_at: createdAt } : {}) })
    .execute();
  if (centreIds.length > 0) await db.insertInto('centre_bulletin_target').values(centreIds.map((c) => ({ bulletin_id: b.id, centre_id: c }))).execute();
}

export interface BulletinRow {
  id: string;
  organizationId: string;
  organizationFi: string;
  activityId: string | null;
  activityFi: string | null;
  title: string;
  body: string;
  topics: string[];
  lang: 'fi' | 'sv' | 'en';
  createdAt: Date;
}

export interface CentreBulletinRow extends BulletinRow {
  centreId: string;
  status: BulletinStatus;
  message: string;
  decidedAt: Date | null;
}

function centreBulletinQuery(db: Database) {
  return db
    .selectFrom('centre_bulletin_target as t')
    .innerJoin('centre_bulletin as b', 'b.id', 't.bulletin_id')
    .innerJoin('organization as o', 'o.id', 'b.organization_id')
    .leftJoin('activity as a', 'a.id', 'b.activity_id')
    .select([
      'b.id',
      'b.organization_id as organizationId',
      'o.name_fi as organizationFi',
      'b.activity_id as activityId',
      'a.name_fi as activityFi',
      'b.title',
      'b.body',
      'b.topics',
      'b.lang',
      'b.created_at as createdAt',
      't.centre_id as centreId',
      't.status',
      't.message',
      't.decided_at as decidedAt',
    ]);
}

/** A bulletin as sent to one centre, with that centre's state; null when it was not sent there. */
export async function findCentreBulletin(db: Database, options: { bulletinId: string; centreId: string }): Promise<CentreBulletinRow | null> {
  return (await centreBulletinQuery(db).where('t.bulletin_id', '=', options.bulletinId).where('t.centre_id', '=', options.centreId).executeTakeFirst()) ?? null;
}

export async function lockCentreBulletin(db: Database, options: { bulletinId: string; centreId: string }): Promise<CentreBulletinRow | null> {
  return (await centreBulletinQuery(db).where('t.bulletin_id', '=', options.bulletinId).where('t.centre_id', '=', options.centreId).forUpdate('t').executeTakeFirst()) ?? null;
}

/** A centre's bulletins, waiting ones first, newest first, at most `limit`. */
export async function listCentreBulletins(db: Database, options: { centreId: string; statuses: BulletinStatus[]; limit: number }): Promise<CentreBulletinRow[]> {
  if (options.statuses.length === 0) return [];
  return centreBulletinQuery(db).where('t.centre_id', '=', options.centreId).where('t.status', 'in', options.statuses).orderBy('b.created_at', 'desc').orderBy('b.id').limit(options.limit).execute();
}

export async function listOrganizationBulletins(db: Database, organizationIds: string[]): Promise<BulletinRow[]> {
  if (organizationIds.length === 0) return [];
  return db
    .selectFrom('centre_bulletin as b')
    .innerJoin('organization as o', 'o.id', 'b.organization_id')
    .leftJoin('activity as a', 'a.id', 'b.activity_id')
    .select(['b.id', 'b.organization_id as organizationId', 'o.name_fi as organizationFi', 'b.activity_id as activityId', 'a.name_fi as activityFi', 'b.title', 'b.body', 'b.topics', 'b.lang', 'b.created_at as createdAt'])
    .where('b.organization_id', 'in', organizationIds)
    .orderBy('b.created_at', 'desc')
    .orderBy('b.id')
    .limit(200)
    .execute();
}

export interface BulletinTargetRow {
  bulletinId: string;
  centreId: string;
  centreFi: string;
  centreSv: string;
  status: BulletinStatus;
  message: string;
  /** How many staff groups it was forwarded to (never who). */
  groups: number;
}

export async function listBulletinTargets(db: Database, bulletinIds: string[]): Promise<BulletinTargetRow[]> {
  if (bulletinIds.length === 0) return [];
  return db
    .selectFrom('centre_bulletin_target as t')
    .innerJoin('care_centre as c', 'c.id', 't.centre_id')
    .select([
      't.bulletin_id as bulletinId',
      't.centre_id as centreId',
      'c.name_fi as centreFi',
      'c.name_sv as centreSv',
      't.status',
      't.message',
      sql<number>`(select count(*)::int from centre_bulletin_forward f where f.bulletin_id = t.bulletin_id and f.centre_id = t.centre_id)`.as('groups'),
    ])
    .where('t.bulletin_id', 'in', bulletinIds)
    .orderBy('c.name_fi')
    .execute();
}

export async function setBulletinDecision(db: Database, options: { bulletinId: string; centreId: string; status: Exclude<BulletinStatus, 'pending'>; message: string; decidedBy: string; at: Date }): Promise<void> {
  await db
    .updateTable('centre_bulletin_target')
    .set({ status: options.status, message: options.message, decided_by: options.decidedBy, decided_at: options.at })
    .where('bulletin_id', '=', options.bulletinId)
    .where('centre_id', '=', options.centreId)
    .execute();
}

export async function insertForwards(db: Database, rows: { bulletinId: string; centreId: string; groupId: string; groupName: string; recipients: number }[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('centre_bulletin_forward')
    .values(rows.map((r) => ({ bulletin_id: r.bulletinId, centre_id: r.centreId, group_id: r.groupId, group_name: r.groupName, recipients: r.recipients })))
    .execute();
}

export async function listForwards(db: Database, options: { bulletinId: string; centreId: string }): Promise<{ groupName: string; recipients: number }[]> {
  return db.selectFrom('centre_bulletin_forward').select(['group_name as groupName', 'recipients']).where('bulletin_id', '=', options.bulletinId).where('centre_id', '=', options.centreId).orderBy('group_name').execute();
}

export async function findBulletinSender(db: Database, bulletinId: string): Promise<{ email: string; lang: 'fi' | 'sv' | 'en' } | null> {
  const row = await db.selectFrom('centre_bulletin as b').innerJoin('app_user as u', 'u.id', 'b.sent_by').select(['u.email', 'u.lang']).where('b.id', '=', bulletinId).executeTakeFirst();
  return row ?? null;
}

export async function countPendingBulletins(db: Database, centreId: string): Promise<number> {
  const row = await db.selectFrom('centre_bulletin_target').select(sql<number>`count(*)::int`.as('n')).where('centre_id', '=', centreId).where('status', '=', 'pending').executeTakeFirstOrThrow();
  return row.n;
}

export interface OrganizationOption {
  id: string;
  nameFi: string;
}

function requestableQuery(db: Database) {
  return db
    .selectFrom('organization as o')
    .select(['o.id', 'o.name_fi as nameFi'])
    .where('o.status', '=', 'published')
    .where('o.stale_hidden_at', 'is', null)
    .where((eb) => eb.exists(eb.selectFrom('user_role as r').select('r.user_id').where('r.role', '=', 'maintainer').where(sql<boolean>`r.scope_id = o.id::text`)));
}

/** Published organisations that have a maintainer (somebody to answer a centre's request), by name. */
export async function listRequestableOrganizations(db: Database): Promise<OrganizationOption[]> {
  return requestableQuery(db).orderBy('o.name_fi').orderBy('o.id').limit(2000).execute();
}

export async function isRequestableOrganization(db: Database, id: string): Promise<boolean> {
  return (await requestableQuery(db).where('o.id', '=', id).executeTakeFirst()) !== undefined;
}

/** The maintainers of an organisation, to be e-mailed (a centre's request, its steps and reminders). */
export async function listMaintainerRecipients(db: Database, organizationId: string): Promise<{ email: string; lang: 'fi' | 'sv' | 'en' }[]> {
  return db
    .selectFrom('user_role as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .select(['u.email', 'u.lang'])
    .where('r.role', '=', 'maintainer')
    .where('r.scope_id', '=', organizationId)
    .orderBy('u.email')
    .execute();
}


export async function findOrganizationNameFi(db: Database, id: string): Promise<string | null> {
  return (await db.selectFrom('organization').select('name_fi').where('id', '=', id).executeTakeFirst())?.name_fi ?? null;
}
