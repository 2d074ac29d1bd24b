import { sql, type SqlBool } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { NewsItemTable } from '../../platform/db/schema.js';
import { isListedActivity, isPublicOrganization } from '../directory/visibility.js';

/** SQL of the regional portals' news and announcements (table news_item, migration 0016). */

export type NewsKind = NewsItemTable['kind'];
export type NewsStatus = NewsItemTable['status'];

export interface RegionNames {
  id: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
}

export interface NewsRow {
  id: string;
  regionId: string;
  kind: NewsKind;
  status: NewsStatus;
  lang: 'fi' | 'sv' | 'en';
  title: string;
  body: string;
  imageUrl: string | null;
  imageAlt: string;
  publishOn: string;
  expiresOn: string | null;
  createdAt: Date;
  updatedAt: Date;
  decisionMessage: string | null;
  organization: { id: string; nameFi: string; nameSv: string | null; nameEn: string | null } | null;
}

export interface NewsFields {
  lang: 'fi' | 'sv' | 'en';
  title: string;
  body: string;
  imageUrl: string | null;
  imageAlt: string;
  publishOn: string;
  expiresOn: string | null;
}

const base = (db: Database) =>
  db
    .selectFrom('news_item as n')
    .leftJoin('organization as o', 'o.id', 'n.organization_id')
    .select([
      'n.id',
      'n.region_id',
      'n.kind',
      'n.status',
      'n.lang',
      'n.title',
      'n.body',
      'n.image_url',
      'n.image_alt',
      'n.publish_on',
      'n.expires_on',
      'n.created_at',
      'n.updated_at',
      'n.decision_message',
      'o.id as org_id',
      'o.name_fi as org_name_fi',
      'o.name_sv as org_name_sv',
      'o.name_en as org_name_en',
    ]);

type BaseRow = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

const toRow = (r: BaseRow): NewsRow => ({
  id: r.id,
  regionId: r.region_id,
  kind: r.kind,
  status: r.status,
  lang: r.lang,
  title: r.title,
  body: r.body,
  imageUrl: r.image_url,
  imageAlt: r.image_alt,
  publishOn: String(r.publish_on).slice(0, 10),
  expiresOn: r.expires_on === null ? null : String(r.expires_on).slice(0, 10),
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
  decisionMessage: r.decision_message,
  organization: r.org_id ? { id: r.org_id, nameFi: r.org_name_fi ?? '', nameSv: r.org_name_sv ?? null, nameEn: r.org_name_en ?? null } : null,
});

/**
 * What the public may see, on the Finnish date `today`: published, from its publish date through its expiry date, and
 * an announcement only while its organisation is public.
 */
function isPublicNews(today: string) {
  return sql<SqlBool>`n.status = 'published' and n.publish_on <= ${today}::date and (n.expires_on is null or n.expires_on >= ${today}::date)
    and (n.organization_id is null or exists (select 1 from organization po where po.id = n.organization_id and ${isPublicOrganization('po')}))`;
}

/** A region's public items, newest publish date first; `kind` limits to news or announcements. */
export async function listPublicNewsRows(db: Database, options: { regionId: string; today: string; limit: number; offset: number; kind?: NewsKind }): Promise<{ rows: NewsRow[]; total: number }> {
  let q = base(db).where('n.region_id', '=', options.regionId).where(isPublicNews(options.today));
  if (options.kind) q = q.where('n.kind', '=', options.kind);
  const rows = await q.orderBy('n.publish_on', 'desc').orderBy('n.created_at', 'desc').orderBy('n.id').limit(options.limit).offset(options.offset).execute();
  let c = db.selectFrom('news_item as n').select((eb) => eb.fn.countAll<number>().as('n')).where('n.region_id', '=', options.regionId).where(isPublicNews(options.today));
  if (options.kind) c = c.where('n.kind', '=', options.kind);
  const count = await c.executeTakeFirstOrThrow();
  return { rows: rows.map(toRow), total: Number(count.n) };
}

export async function findPublicNewsRow(db: Database, options: { regionId: string; id: string; today: string }): Promise<NewsRow | null> {
  const r = await base(db).where('n.id', '=', options.id).where('n.region_id', '=', options.regionId).where(isPublicNews(options.today)).executeTakeFirst();
  return r ? toRow(r) : null;
}

export async function findNewsRow(db: Database, id: string, options: { lock?: boolean } = {}): Promise<NewsRow | null> {
  if (options.lock) await db.selectFrom('news_item').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  const r = await base(db).where('n.id', '=', id).executeTakeFirst();
  return r ? toRow(r) : null;
}

/** Who sent an item (its `created_by`: address and language), or null when nobody or the account is gone. */
export async function findNewsSender(db: Database, id: string): Promise<{ email: string; lang: 'fi' | 'sv' | 'en' } | null> {
  const r = await db
    .selectFrom('news_item as n')
    .innerJoin('app_user as u', 'u.id', 'n.created_by')
    .select(['u.email', 'u.lang'])
    .where('n.id', '=', id)
    .executeTakeFirst();
  return r ? { email: r.email, lang: r.lang as 'fi' | 'sv' | 'en' } : null;
}

/** Every item of a region whatever its state (the administrators' list), newest first. */
export async function listRegionNewsRows(db: Database, regionId: string, limit = 500): Promise<NewsRow[]> {
  const rows = await base(db).where('n.region_id', '=', regionId).orderBy('n.publish_on', 'desc').orderBy('n.created_at', 'desc').limit(limit).execute();
  return rows.map(toRow);
}

/** The announcements of these organisations, newest first (a maintainer's own list). */
export async function listOrganizationAnnouncementRows(db: Database, organizationIds: string[]): Promise<(NewsRow & { regionName: string })[]> {
  if (organizationIds.length === 0) return [];
  const rows = await base(db)
    .innerJoin('region as r', 'r.id', 'n.region_id')
    .select('r.name_fi as region_name')
    .where('n.organization_id', 'in', organizationIds)
    .orderBy('n.created_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({ ...toRow(r), regionName: r.region_name }));
}

/** Announcements awaiting review in these regions (null: all), oldest first. */
export async function listAwaitingAnnouncementRows(db: Database, regionIds: string[] | null, limit = 100): Promise<(NewsRow & { regionName: string })[]> {
  let q = base(db).innerJoin('region as r', 'r.id', 'n.region_id').select('r.name_fi as region_name').where('n.status', '=', 'awaiting_review');
  if (regionIds !== null) {
    if (regionIds.length === 0) return [];
    q = q.where('n.region_id', 'in', regionIds);
  }
  const rows = await q.orderBy('n.created_at').limit(limit).execute();
  return rows.map((r) => ({ ...toRow(r), regionName: r.region_name }));
}

export async function insertNewsRow(
  db: Database,
  row: NewsFields & { id: string; regionId: string; kind: NewsKind; status: NewsStatus; organizationId: string | null; createdBy: string | null },
): Promise<void> {
  await db
    .insertInto('news_item')
    .values({
      id: row.id,
      region_id: row.regionId,
      kind: row.kind,
      status: row.status,
      lang: row.lang,
      title: row.title,
      body: row.body,
      image_url: row.imageUrl,
      image_alt: row.imageAlt,
      organization_id: row.organizationId,
      publish_on: row.publishOn,
      expires_on: row.expiresOn,
      created_by: row.createdBy,
    })
    .execute();
}

/** Inserts a demo row once (its stable id): a second load changes nothing. */
export async function insertNewsRowIfMissing(db: Database, row: Parameters<typeof insertNewsRow>[1]): Promise<void> {
  const exists = await db.selectFrom('news_item').select('id').where('id', '=', row.id).executeTakeFirst();
  if (!exists) await insertNewsRow(db, row);
}

export async function updateNewsFields(db: Database, id: string, fields: NewsFields): Promise<void> {
  await db
    .updateTable('news_item')
    .set({
      lang: fields.lang,
      title: fields.title,
      body: fields.body,
      image_url: fields.imageUrl,
      image_alt: fields.imageAlt,
      publish_on: fields.publishOn,
      expires_on: fields.expiresOn,
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute();
}

/** Moves an item from one of `from` to `to`; false when it was in none of them (decided or changed meanwhile). */
export async function updateNewsStatus(
  db: Database,
  options: { id: string; from: NewsStatus[]; to: NewsStatus; decidedBy?: string; message?: string | null },
): Promise<boolean> {
  const decided = options.decidedBy ? { decided_by: options.decidedBy, decided_at: sql<Date>`now()`, decision_message: options.message ?? null } : {};
  const r = await db
    .updateTable('news_item')
    .set({ status: options.to, updated_at: sql`now()`, ...decided })
    .where('id', '=', options.id)
    .where('status', 'in', options.from)
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

/**
 * The regions where an organisation is active, by Finnish name: it is public and seated in one of the region's
 * municipalities, or has a listed activity available in one, or a listed nationwide activity (then every region).
 */
export async function listRegionsOfOrganization(db: Database, organizationId: string): Promise<RegionNames[]> {
  const { rows } = await sql<{ id: string; name_fi: string; name_sv: string; name_en: string }>`
    select r.id, r.name_fi, r.name_sv, r.name_en
    from region r
    where exists (
      select 1 from organization o
      where o.id = ${organizationId} and ${isPublicOrganization('o')} and (
        exists (select 1 from region_municipality rm where rm.region_id = r.id and rm.municipality_code = o.municipality_code)
        or exists (select 1 from activity a where a.organization_id = o.id and ${isListedActivity('a', 'o')} and (
          a.nationwide
          or exists (select 1 from activity_municipality am join region_municipality rm on rm.municipality_code = am.municipality_code
                     where am.activity_id = a.id and rm.region_id = r.id)))))
    order by r.name_fi`.execute(db);
  return rows.map((r) => ({ id: r.id, nameFi: r.name_fi, nameSv: r.name_sv, nameEn: r.name_en }));
}

export async function findOrganizationNames(db: Database, organizationId: string): Promise<{ id: string; nameFi: string; nameSv: string | null; nameEn: string | null } | null> {
  const o = await db.selectFrom('organization').select(['id', 'name_fi', 'name_sv', 'name_en']).where('id', '=', organizationId).executeTakeFirst();
  return o ? { id: o.id, nameFi: o.name_fi, nameSv: o.name_sv, nameEn: o.name_en } : null;
}

/** The organisations a user maintains, by Finnish name. */
export async function listMaintainedOrganizations(db: Database, userId: string): Promise<{ id: string; nameFi: string; nameSv: string | null; nameEn: string | null }[]> {
  const rows = await db
    .selectFrom('user_role as ur')
    .innerJoin('organization as o', (j) => j.on(sql`o.id::text`, '=', sql.ref('ur.scope_id')))
    .select(['o.id', 'o.name_fi', 'o.name_sv', 'o.name_en'])
    .where('ur.user_id', '=', userId)
    .where('ur.role', '=', 'maintainer')
    .orderBy('o.name_fi')
    .execute();
  return rows.map((o) => ({ id: o.id, nameFi: o.name_fi, nameSv: o.name_sv, nameEn: o.name_en }));
}

/**
 * A public organisation active in a region (as listRegionsOfOrganization counts it), preferring one the given user
 * maintains, then by Finnish name; null when none (the demo's announcements).
 */
export async function findOrganizationActiveInRegion(db: Database, regionId: string, preferMaintainer: string): Promise<string | null> {
  const { rows } = await sql<{ id: string }>`
    select o.id
    from organization o
    where ${isPublicOrganization('o')} and (
      exists (select 1 from region_municipality rm where rm.region_id = ${regionId} and rm.municipality_code = o.municipality_code)
      or exists (select 1 from activity a where a.organization_id = o.id and ${isListedActivity('a', 'o')} and (
        a.nationwide
        or exists (select 1 from activity_municipality am join region_municipality rm on rm.municipality_code = am.municipality_code
                   where am.activity_id = a.id and rm.region_id = ${regionId}))))
    order by exists (select 1 from user_role ur where ur.user_id = ${preferMaintainer} and ur.role = 'maintainer' and ur.scope_id = o.id::text) desc,
      (o.municipality_code in (select municipality_code from region_municipality where region_id = ${regionId})) desc,
      o.name_fi, o.id
    limit 1`.execute(db);
  return rows[0]?.id ?? null;
}

/** Regions by Finnish name: all (null) or the listed ones. */
export async function listRegionNamesIn(db: Database, regionIds: string[] | null): Promise<RegionNames[]> {
  let q = db.selectFrom('region').select(['id', 'name_fi', 'name_sv', 'name_en']).orderBy('name_fi');
  if (regionIds !== null) {
    if (regionIds.length === 0) return [];
    q = q.where('id', 'in', regionIds);
  }
  return (await q.execute()).map((r) => ({ id: r.id, nameFi: r.name_fi, nameSv: r.name_sv, nameEn: r.name_en }));
}
