import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';

/** SQL of the materials NGOs send to care centres: camelCase rows, no rules. Dates are Finnish dates (YYYY-MM-DD). */

export type MaterialKind = 'brochure' | 'poster' | 'slide';
export type MaterialContentType = 'application/pdf' | 'image/png' | 'image/jpeg';
export type TargetStatus = 'pending' | 'approved' | 'returned';

export interface NewMaterial {
  id: string;
  organizationId: string;
  activityId: string | null;
  kind: MaterialKind;
  title: string;
  lang: 'fi' | 'sv' | 'en' | 'other';
  altText: string;
  validFrom: string;
  validUntil: string;
  checklist: string[];
  fileName: string;
  contentType: MaterialContentType;
  byteSize: number;
  width: number | null;
  height: number | null;
  pageCount: number | null;
  sentBy: string | null;
}

export async function insertMaterial(db: Database, m: NewMaterial, bytes: Buffer, centreIds: string[]): Promise<void> {
  await db
    .insertInto('centre_material')
    .values({
      id: m.id,
      organization_id: m.organizationId,
      activity_id: m.activityId,
      kind: m.kind,
      title: m.title,
      lang: m.lang,
      alt_text: m.altText,
      valid_from: m.validFrom,
      valid_until: m.validUntil,
      checklist: m.checklist,
      file_name: m.fileName,
      content_type: m.contentType,
      byte_size: m.byteSize,
      width: m.width,
      height: m.height,
      page_count: m.pageCount,
      sent_by: m.sentBy,
    })
    .execute();
  await db.insertInto('centre_material_file').values({ material_id: m.id, bytes }).execute();
  await db
    .insertInto('centre_material_target')
    .values(centreIds.map((centreId) => ({ material_id: m.id, centre_id: centreId })))
    .execute();
}

export interface MaterialRow {
  id: string;
  organizationId: string;
  organizationFi: string;
  activityId: string | null;
  activityFi: string | null;
  kind: MaterialKind;
  title: string;
  lang: string;
  altText: string;
  validFrom: string;
  validUntil: string;
  fileName: string;
  contentType: MaterialContentType;
  byteSize: number;
  width: number | null;
  height: number | null;
  pageCount: number | null;
  createdAt: Date;
}

function materialQuery(db: Database) {
  return db
    .selectFrom('centre_material as cm')
    .innerJoin('organization as o', 'o.id', 'cm.organization_id')
    .leftJoin('activity as a', 'a.id', 'cm.activity_id')
    .select([
      'cm.id',
      'cm.organization_id as organizationId',
      'o.name_fi as organizationFi',
      'cm.activity_id as activityId',
      'a.name_fi as activityFi',
      'cm.kind',
      'cm.title',
      'cm.lang',
      'cm.alt_text as altText',
      sql<string>`to_char(cm.valid_from, 'YYYY-MM-DD')`.as('validFrom'),
      sql<string>`to_char(cm.valid_until, 'YYYY-MM-DD')`.as('validUntil'),
      'cm.file_name as fileName',
      'cm.content_type as contentType',
      'cm.byte_size as byteSize',
      'cm.width',
      'cm.height',
      'cm.page_count as pageCount',
      'cm.created_at as createdAt',
    ]);
}

export async function findMaterial(db: Database, id: string): Promise<MaterialRow | null> {
  return (await materialQuery(db).where('cm.id', '=', id).executeTakeFirst()) ?? null;
}

export interface TargetRow {
  materialId: string;
  centreId: string;
  centreFi: string;
  centreSv: string;
  status: TargetStatus;
  message: string;
  decidedAt: Date | null;
}

export async function listTargets(db: Database, materialIds: string[]): Promise<TargetRow[]> {
  if (materialIds.length === 0) return [];
  return db
    .selectFrom('centre_material_target as t')
    .innerJoin('care_centre as c', 'c.id', 't.centre_id')
    .select(['t.material_id as materialId', 't.centre_id as centreId', 'c.name_fi as centreFi', 'c.name_sv as centreSv', 't.status', 't.message', 't.decided_at as decidedAt'])
    .where('t.material_id', 'in', materialIds)
    .orderBy('c.name_fi')
    .execute();
}

/** The material of organisations, newest first (expired ones too: the sender's own history). */
export async function listOrganizationMaterials(db: Database, organizationIds: string[]): Promise<MaterialRow[]> {
  if (organizationIds.length === 0) return [];
  return materialQuery(db).where('cm.organization_id', 'in', organizationIds).orderBy('cm.created_at', 'desc').orderBy('cm.id').execute();
}

/** A centre's material in one state whose validity has not ended by `today` (expired material leaves every list). */
export async function listCentreMaterials(db: Database, options: { centreId: string; status: TargetStatus; today: string; kinds?: MaterialKind[] }): Promise<MaterialRow[]> {
  let q = materialQuery(db)
    .innerJoin('centre_material_target as t', 't.material_id', 'cm.id')
    .where('t.centre_id', '=', options.centreId)
    .where('t.status', '=', options.status)
    .where('cm.valid_until', '>=', options.today);
  if (options.kinds) q = q.where('cm.kind', 'in', options.kinds);
  return q.orderBy('cm.valid_from').orderBy('cm.created_at').orderBy('cm.id').execute();
}

export interface PublicMaterial {
  id: string;
  kind: MaterialKind;
  title: string;
  lang: string;
  altText: string;
  organizationFi: string;
  contentType: MaterialContentType;
  validUntil: string;
}

/** Approved material of a centre valid on `today` (valid_from ≤ today ≤ valid_until): its lists, screen and board. */
export async function listCurrentMaterials(db: Database, options: { centreId: string; today: string; kinds: MaterialKind[] }): Promise<PublicMaterial[]> {
  return db
    .selectFrom('centre_material as cm')
    .innerJoin('centre_material_target as t', 't.material_id', 'cm.id')
    .innerJoin('organization as o', 'o.id', 'cm.organization_id')
    .select([
      'cm.id',
      'cm.kind',
      'cm.title',
      'cm.lang',
      'cm.alt_text as altText',
      'o.name_fi as organizationFi',
      'cm.content_type as contentType',
      sql<string>`to_char(cm.valid_until, 'YYYY-MM-DD')`.as('validUntil'),
    ])
    .where('t.centre_id', '=', options.centreId)
    .where('t.status', '=', 'approved')
    .where('cm.kind', 'in', options.kinds)
    .where('cm.valid_from', '<=', options.today)
    .where('cm.valid_until', '>=', options.today)
    .orderBy('cm.valid_from')
    .orderBy('cm.created_at')
    .orderBy('cm.id')
    .execute();
}

/** Whether the material is approved for some centre and valid on `today` (then its file is public). */
export async function isMaterialPublic(db: Database, id: string, today: string): Promise<boolean> {
  const row = await db
    .selectFrom('centre_material as cm')
    .innerJoin('centre_material_target as t', 't.material_id', 'cm.id')
    .select('cm.id')
    .where('cm.id', '=', id)
    .where('t.status', '=', 'approved')
    .where('cm.valid_from', '<=', today)
    .where('cm.valid_until', '>=', today)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether the material is approved for the centre and valid on `today` (the kiosk's check). */
export async function isMaterialCurrentAt(db: Database, options: { id: string; centreId: string; today: string }): Promise<boolean> {
  const row = await db
    .selectFrom('centre_material as cm')
    .innerJoin('centre_material_target as t', 't.material_id', 'cm.id')
    .select('cm.id')
    .where('cm.id', '=', options.id)
    .where('t.centre_id', '=', options.centreId)
    .where('t.status', '=', 'approved')
    .where('cm.valid_from', '<=', options.today)
    .where('cm.valid_until', '>=', options.today)
    .executeTakeFirst();
  return row !== undefined;
}

export async function readMaterialFile(db: Database, id: string): Promise<Buffer | null> {
  const row = await db.selectFrom('centre_material_file').select('bytes').where('material_id', '=', id).executeTakeFirst();
  return row ? Buffer.from(row.bytes) : null;
}

/** The target row, locked for a decision. */
export async function lockTarget(db: Database, options: { materialId: string; centreId: string }): Promise<{ status: TargetStatus } | null> {
  const row = await db
    .selectFrom('centre_material_target')
    .select('status')
    .where('material_id', '=', options.materialId)
    .where('centre_id', '=', options.centreId)
    .forUpdate()
    .executeTakeFirst();
  return row ?? null;
}

export async function setTargetDecision(db: Database, options: { materialId: string; centreId: string; status: 'approved' | 'returned'; message: string; decidedBy: string }): Promise<void> {
  await db
    .updateTable('centre_material_target')
    .set({ status: options.status, message: options.message, decided_by: options.decidedBy, decided_at: sql`now()` })
    .where('material_id', '=', options.materialId)
    .where('centre_id', '=', options.centreId)
    .execute();
}

export async function findSender(db: Database, materialId: string): Promise<{ email: string; lang: 'fi' | 'sv' | 'en' } | null> {
  const row = await db
    .selectFrom('centre_material as cm')
    .innerJoin('app_user as u', 'u.id', 'cm.sent_by')
    .select(['u.email', 'u.lang'])
    .where('cm.id', '=', materialId)
    .executeTakeFirst();
  return row ?? null;
}

export interface DueReminder {
  id: string;
  title: string;
  validUntil: string;
  email: string;
  lang: 'fi' | 'sv' | 'en';
}

/**
 * Material approved somewhere whose validity ends between `today` and `until` (inclusive) and whose sender was not
 * reminded yet, locked so that two workers cannot remind twice.
 */
export async function lockDueReminders(db: Database, options: { today: string; until: string }): Promise<DueReminder[]> {
  return db
    .selectFrom('centre_material as cm')
    .innerJoin('app_user as u', 'u.id', 'cm.sent_by')
    .select(['cm.id', 'cm.title', sql<string>`to_char(cm.valid_until, 'YYYY-MM-DD')`.as('validUntil'), 'u.email', 'u.lang'])
    .where('cm.reminder_sent_at', 'is', null)
    .where('cm.valid_until', '>=', options.today)
    .where('cm.valid_until', '<=', options.until)
    .where((eb) => eb.exists(eb.selectFrom('centre_material_target as t').select('t.material_id').whereRef('t.material_id', '=', 'cm.id').where('t.status', '=', 'approved')))
    .orderBy('cm.valid_until')
    .orderBy('cm.id')
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function markReminderSent(db: Database, id: string, at: Date): Promise<void> {
  await db.updateTable('centre_material').set({ reminder_sent_at: at }).where('id', '=', id).execute();
}

export interface MaintainedOrganization {
  id: string;
  nameFi: string;
}

/** The organisations a user maintains, by name. */
export async function listMaintainedOrganizations(db: Database, userId: string): Promise<MaintainedOrganization[]> {
  return db
    .selectFrom('user_role as r')
    .innerJoin('organization as o', (j) => j.on(sql`o.id::text`, '=', sql.ref('r.scope_id')))
    .select(['o.id', 'o.name_fi as nameFi'])
    .where('r.user_id', '=', userId)
    .where('r.role', '=', 'maintainer')
    .orderBy('o.name_fi')
    .execute();
}

export interface ActivityOption {
  id: string;
  organizationId: string;
  nameFi: string;
}

export async function listActivitiesOf(db: Database, organizationIds: string[]): Promise<ActivityOption[]> {
  if (organizationIds.length === 0) return [];
  return db
    .selectFrom('activity')
    .select(['id', 'organization_id as organizationId', 'name_fi as nameFi'])
    .where('organization_id', 'in', organizationIds)
    .where('status', '!=', 'archived')
    .orderBy('name_fi')
    .execute();
}

export async function activityOfOrganization(db: Database, options: { activityId: string; organizationId: string }): Promise<boolean> {
  const row = await db.selectFrom('activity').select('id').where('id', '=', options.activityId).where('organization_id', '=', options.organizationId).executeTakeFirst();
  return row !== undefined;
}

/** Published organisations by their exact Finnish names (the demo names its senders so). */
export async function organizationIdsByFinnishName(db: Database, names: string[]): Promise<Map<string, string>> {
  if (names.length === 0) return new Map();
  const rows = await db.selectFrom('organization').select(['id', 'name_fi']).where('name_fi', 'in', names).where('status', '=', 'published').execute();
  return new Map(rows.map((r) => [r.name_fi, r.id]));
}

export async function materialExists(db: Database, id: string): Promise<boolean> {
  return (await db.selectFrom('centre_material').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** The demo's decisions: straight to a state, without the liaison's audit trail. */
export async function setTargetStatus(db: Database, options: { materialId: string; centreId: string; status: TargetStatus; decidedBy: string | null }): Promise<void> {
  await db
    .updateTable('centre_material_target')
    .set({ status: options.status, decided_by: options.decidedBy, decided_at: options.status === 'pending' ? null : sql`now()` })
    .where('material_id', '=', options.materialId)
    .where('centre_id', '=', options.centreId)
    .execute();
}
