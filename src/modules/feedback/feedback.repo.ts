import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { MailRecipient } from '../../platform/auth/auth.repo.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { isPublicActivity, isPublicOrganization } from '../directory/visibility.js';
import type { FeedbackKind } from './feedback.types.js';

/** SQL of feedback: the rows (message and reply address stored encrypted by the caller), places and recipients. */

export interface NewFeedbackRow {
  id: string;
  kind: FeedbackKind;
  regionId: string | null;
  organizationId: string | null;
  activityId: string | null;
  pagePath: string;
  lang: Lang;
  messageEnc: string;
  replyEmailEnc: string | null;
}

export async function insertFeedback(db: Database, row: NewFeedbackRow): Promise<void> {
  await db
    .insertInto('feedback')
    .values({
      id: row.id,
      kind: row.kind,
      region_id: row.regionId,
      organization_id: row.organizationId,
      activity_id: row.activityId,
      page_path: row.pagePath,
      lang: row.lang,
      message_enc: row.messageEnc,
      reply_email_enc: row.replyEmailEnc,
    })
    .execute();
}

export interface PlaceNames {
  id: string;
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
}

/** An organisation the public may see (its card is public), by id. */
export async function findPublicOrganizationNames(db: Database, id: string): Promise<PlaceNames | null> {
  const r = await db
    .selectFrom('organization as o')
    .select(['o.id', 'o.name_fi', 'o.name_sv', 'o.name_en'])
    .where('o.id', '=', id)
    .where(isPublicOrganization('o'))
    .executeTakeFirst();
  return r ? { id: r.id, nameFi: r.name_fi, nameSv: r.name_sv, nameEn: r.name_en } : null;
}

/** A public activity of the organisation, by id (null when it is not that organisation's or not public). */
export async function findPublicActivityNames(db: Database, options: { activityId: string; organizationId: string }): Promise<PlaceNames | null> {
  const r = await db
    .selectFrom('activity as a')
    .innerJoin('organization as o', 'o.id', 'a.organization_id')
    .select(['a.id', 'a.name_fi', 'a.name_sv', 'a.name_en'])
    .where('a.id', '=', options.activityId)
    .where('a.organization_id', '=', options.organizationId)
    .where(isPublicActivity('a', 'o'))
    .executeTakeFirst();
  return r ? { id: r.id, nameFi: r.name_fi, nameSv: r.name_sv, nameEn: r.name_en } : null;
}

/** The regional administrators of one region, by address. */
export async function listRegionAdministrators(db: Database, regionId: string): Promise<MailRecipient[]> {
  const rows = await db
    .selectFrom('app_user as u')
    .innerJoin('user_role as ur', 'ur.user_id', 'u.id')
    .select(['u.id', 'u.email', 'u.lang'])
    .where('ur.role', '=', 'regional_admin')
    .where('ur.scope_id', '=', regionId)
    .orderBy('u.email')
    .execute();
  return rows.map((r) => ({ userId: r.id, email: r.email, lang: r.lang }));
}

export interface FeedbackRow {
  id: string;
  kind: FeedbackKind;
  regionId: string | null;
  organizationId: string | null;
  activityId: string | null;
  pagePath: string;
  lang: Lang;
  messageEnc: string;
  replyEmailEnc: string | null;
  handledAt: Date | null;
  createdAt: Date;
  region: { nameFi: string; nameSv: string; nameEn: string } | null;
  organization: { nameFi: string; nameSv: string | null; nameEn: string | null } | null;
  activity: { nameFi: string; nameSv: string | null; nameEn: string | null } | null;
}

type RawFeedback = {
  id: string;
  kind: FeedbackKind;
  region_id: string | null;
  organization_id: string | null;
  activity_id: string | null;
  page_path: string;
  lang: Lang;
  message_enc: string;
  reply_email_enc: string | null;
  handled_at: Date | string | null;
  created_at: Date | string;
  region_fi: string | null;
  region_sv: string | null;
  region_en: string | null;
  org_fi: string | null;
  org_sv: string | null;
  org_en: string | null;
  act_fi: string | null;
  act_sv: string | null;
  act_en: string | null;
};

const toFeedbackRow = (r: RawFeedback): FeedbackRow => ({
  id: r.id,
  kind: r.kind,
  regionId: r.region_id,
  organizationId: r.organization_id,
  activityId: r.activity_id,
  pagePath: r.page_path,
  lang: r.lang,
  messageEnc: r.message_enc,
  replyEmailEnc: r.reply_email_enc,
  handledAt: r.handled_at === null ? null : new Date(r.handled_at),
  createdAt: new Date(r.created_at),
  region: r.region_fi === null ? null : { nameFi: r.region_fi, nameSv: r.region_sv ?? r.region_fi, nameEn: r.region_en ?? r.region_fi },
  organization: r.org_fi === null ? null : { nameFi: r.org_fi, nameSv: r.org_sv, nameEn: r.org_en },
  activity: r.act_fi === null ? null : { nameFi: r.act_fi, nameSv: r.act_sv, nameEn: r.act_en },
});

function selectFeedback(db: Database) {
  return db
    .selectFrom('feedback as f')
    .leftJoin('region as r', 'r.id', 'f.region_id')
    .leftJoin('organization as o', 'o.id', 'f.organization_id')
    .leftJoin('activity as a', 'a.id', 'f.activity_id')
    .select([
      'f.id',
      'f.kind',
      'f.region_id',
      'f.organization_id',
      'f.activity_id',
      'f.page_path',
      'f.lang',
      'f.message_enc',
      'f.reply_email_enc',
      'f.handled_at',
      'f.created_at',
      'r.name_fi as region_fi',
      'r.name_sv as region_sv',
      'r.name_en as region_en',
      'o.name_fi as org_fi',
      'o.name_sv as org_sv',
      'o.name_en as org_en',
      'a.name_fi as act_fi',
      'a.name_sv as act_sv',
      'a.name_en as act_en',
    ]);
}

export async function findFeedback(db: Database, id: string): Promise<FeedbackRow | null> {
  const r = await selectFeedback(db).where('f.id', '=', id).executeTakeFirst();
  return r ? toFeedbackRow(r as unknown as RawFeedback) : null;
}

/**
 * The feedback a reader may see, newest first: every row (`all`), or the portal feedback of `regionIds`, the
 * data-error reports of organisations in those regions (home municipality in the region) and those of
 * `organizationIds` (maintained by the reader).
 */
export async function listFeedbackRows(
  db: Database,
  scope: { all: boolean; regionIds: string[]; organizationIds: string[] },
  limit = 200,
): Promise<FeedbackRow[]> {
  let q = selectFeedback(db);
  if (!scope.all) {
    const { regionIds, organizationIds } = scope;
    if (regionIds.length === 0 && organizationIds.length === 0) return [];
    q = q.where((eb) =>
      eb.or([
        ...(regionIds.length > 0 ? [eb('f.region_id', 'in', regionIds)] : []),
        ...(regionIds.length > 0
          ? [
              eb.exists(
                eb
                  .selectFrom('region_municipality as rm')
                  .select(sql`1`.as('one'))
                  .whereRef('rm.municipality_code', '=', 'o.municipality_code')
                  .where('rm.region_id', 'in', regionIds),
              ),
            ]
          : []),
        ...(organizationIds.length > 0 ? [eb('f.organization_id', 'in', organizationIds)] : []),
      ]),
    );
  }
  const rows = await q.orderBy('f.created_at', 'desc').orderBy('f.id').limit(limit).execute();
  return rows.map((r) => toFeedbackRow(r as unknown as RawFeedback));
}

export async function setFeedbackHandled(db: Database, options: { id: string; userId: string }): Promise<void> {
  await db.updateTable('feedback').set({ handled_at: new Date(), handled_by: options.userId }).where('id', '=', options.id).where('handled_at', 'is', null).execute();
}

/** Deletes feedback sent before the cutoff; returns how many rows went. */
export async function deleteFeedbackBefore(db: Database, cutoff: Date): Promise<number> {
  const r = await db.deleteFrom('feedback').where(sql<boolean>`created_at < ${cutoff}`).executeTakeFirst();
  return Number(r.numDeletedRows ?? 0);
}

/** The organisation of an activity, by the activity's id (null when there is no such activity). */
export async function findActivityOrganizationId(db: Database, activityId: string): Promise<string | null> {
  const r = await db.selectFrom('activity').select('organization_id').where('id', '=', activityId).executeTakeFirst();
  return r?.organization_id ?? null;
}
