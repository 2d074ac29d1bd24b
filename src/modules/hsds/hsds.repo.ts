import { sql, type Expression, type SqlBool } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { isPublicActivity, isPublicOrganization } from '../directory/visibility.js';

/**
 * Read side of the HSDS API: SQL only. Only public organisations and public activities (directory/visibility.ts:
 * published, of a published organisation) ever leave this file; an organisation hidden from search for staleness
 * stays in the API, as its card stays on the site.
 *
 * Rows keep their snake_case column names, unlike the other repositories: their one consumer is to-hsds.ts, which maps
 * them into HSDS objects whose fields are snake_case by the standard and mostly the same names (alternate_name,
 * year_incorporated, organization_id, minimum_age …). A camelCase step in between would rename every field twice.
 */

export interface Paging {
  offset: number;
  limit: number;
}

/** `%`, `_` and `\` are literal in a search term. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const orgColumns = [
  'o.id',
  'o.name_fi',
  'o.name_sv',
  'o.name_en',
  'o.alternate_name',
  'o.business_id',
  'o.kind',
  'o.description_fi',
  'o.description_sv',
  'o.description_en',
  'o.website',
  'o.email',
  'o.phone',
  'o.street_address',
  'o.postal_code',
  'o.city',
  'o.year_incorporated',
  'o.last_checked',
  'o.updated_at',
] as const;

function organizationQuery(db: Database) {
  return db
    .selectFrom('organization as o')
    // the parent only when it is public too
    .leftJoin('organization as p', (join) => join.onRef('p.id', '=', 'o.parent_id').on(isPublicOrganization('p')))
    .leftJoin('municipality as om', 'om.code', 'o.municipality_code')
    .select([...orgColumns, 'p.id as parent_id', 'om.maakunta_fi', 'om.maakunta_sv'])
    .where(isPublicOrganization('o'));
}

export type OrganizationRow = Awaited<ReturnType<ReturnType<typeof organizationQuery>['executeTakeFirstOrThrow']>>;

function nameColumn(lang: Lang, table: 'o' | 'a') {
  if (lang === 'sv') return sql<string>`coalesce(${sql.ref(`${table}.name_sv`)}, ${sql.ref(`${table}.name_fi`)})`;
  if (lang === 'en') return sql<string>`coalesce(${sql.ref(`${table}.name_en`)}, ${sql.ref(`${table}.name_fi`)})`;
  return sql<string>`${sql.ref(`${table}.name_fi`)}`;
}

export async function findOrganizations(db: Database, ids: string[]): Promise<OrganizationRow[]> {
  if (ids.length === 0) return [];
  return organizationQuery(db).where('o.id', 'in', ids).execute();
}

export async function listOrganizations(
  db: Database,
  options: Paging & { lang: Lang; search?: string; modifiedAfter?: Date },
): Promise<{ total: number; rows: OrganizationRow[] }> {
  let q = organizationQuery(db);
  if (options.search) {
    const p = likePattern(options.search);
    q = q.where((eb) =>
      eb.or([
        eb('o.name_fi', 'ilike', p),
        eb('o.name_sv', 'ilike', p),
        eb('o.name_en', 'ilike', p),
        eb('o.alternate_name', 'ilike', p),
        eb('o.business_id', 'ilike', p),
        eb('o.description_fi', 'ilike', p),
        eb('o.description_sv', 'ilike', p),
        eb('o.description_en', 'ilike', p),
      ]),
    );
  }
  if (options.modifiedAfter) q = q.where('o.updated_at', '>=', options.modifiedAfter);
  const totalRow = await q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .orderBy(sql`lower(${nameColumn(options.lang, 'o')})`)
    .orderBy('o.id')
    .offset(options.offset)
    .limit(options.limit)
    .execute();
  return { total: Number(totalRow.n), rows };
}

const activityColumns = [
  'a.id',
  'a.organization_id',
  'a.name_fi',
  'a.name_sv',
  'a.name_en',
  'a.description_fi',
  'a.description_sv',
  'a.description_en',
  'a.nationwide',
  'a.remote',
  'a.languages',
  'a.application_process_fi',
  'a.fees_description_fi',
  'a.free_of_charge',
  'a.schedule_fi',
  'a.url',
  'a.email',
  'a.phone',
  'a.minimum_age',
  'a.maximum_age',
  'a.last_checked',
] as const;

/** Public activities; `modified` is the later of the activity's and its organisation's updated_at. */
function activityQuery(db: Database) {
  return db
    .selectFrom('activity as a')
    .innerJoin('organization as o', 'o.id', 'a.organization_id')
    .select([...activityColumns, sql<Date>`greatest(a.updated_at, o.updated_at)`.as('modified')])
    .where(isPublicActivity('a', 'o'));
}

export type ActivityRow = Awaited<ReturnType<ReturnType<typeof activityQuery>['executeTakeFirstOrThrow']>>;

function modifiedAfter(date: Date): Expression<SqlBool> {
  return sql<SqlBool>`greatest(a.updated_at, o.updated_at) >= ${date}`;
}

/** Activities by id, in no particular order (the caller restores its own order). */
export async function findActivities(db: Database, ids: string[]): Promise<ActivityRow[]> {
  if (ids.length === 0) return [];
  return activityQuery(db).where('a.id', 'in', ids).execute();
}

/** The plain listing (no search, no taxonomy or area filter): ordered by name in the language, then id. */
export async function listActivities(
  db: Database,
  options: Paging & { lang: Lang; organizationId?: string; modifiedAfter?: Date },
): Promise<{ total: number; rows: ActivityRow[] }> {
  let q = activityQuery(db);
  if (options.organizationId) q = q.where('a.organization_id', '=', options.organizationId);
  if (options.modifiedAfter) q = q.where(modifiedAfter(options.modifiedAfter));
  const totalRow = await q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .orderBy(sql`lower(${nameColumn(options.lang, 'a')})`)
    .orderBy('a.id')
    .offset(options.offset)
    .limit(options.limit)
    .execute();
  return { total: Number(totalRow.n), rows };
}

/** Ids of the public activities of the given organisations, ordered by Finnish name. */
export async function listActivityIdsOfOrganizations(db: Database, organizationIds: string[]): Promise<{ id: string; organization_id: string }[]> {
  if (organizationIds.length === 0) return [];
  return activityQuery(db)
    .clearSelect()
    .select(['a.id', 'a.organization_id'])
    .where('a.organization_id', 'in', organizationIds)
    .orderBy(sql`lower(a.name_fi)`)
    .orderBy('a.id')
    .execute();
}

export async function municipalityExists(db: Database, code: string): Promise<boolean> {
  const row = await db.selectFrom('municipality').select('code').where('code', '=', code).executeTakeFirst();
  return row !== undefined;
}

export async function listActivityMunicipalities(db: Database, activityIds: string[]) {
  if (activityIds.length === 0) return [];
  return db
    .selectFrom('activity_municipality as am')
    .innerJoin('municipality as m', 'm.code', 'am.municipality_code')
    .select(['am.activity_id', 'm.code', 'm.name_fi', 'm.name_sv'])
    .where('am.activity_id', 'in', activityIds)
    .orderBy('am.activity_id')
    .orderBy('m.code')
    .execute();
}

const termColumns = [
  't.id',
  't.taxonomy_id',
  't.code',
  't.parent_id',
  't.name_fi',
  't.name_sv',
  't.name_en',
  't.description_fi',
  't.description_sv',
  't.description_en',
  't.sort_order',
  'x.slug as taxonomy_slug',
  'x.name_fi as taxonomy_name_fi',
  'x.name_sv as taxonomy_name_sv',
  'x.name_en as taxonomy_name_en',
  'x.description_fi as taxonomy_description_fi',
  'x.description_sv as taxonomy_description_sv',
  'x.description_en as taxonomy_description_en',
  'x.uri as taxonomy_uri',
  'x.version as taxonomy_version',
] as const;

function termQuery(db: Database) {
  return db.selectFrom('taxonomy_term as t').innerJoin('taxonomy as x', 'x.id', 't.taxonomy_id').select(termColumns);
}

export type TermRow = Awaited<ReturnType<ReturnType<typeof termQuery>['executeTakeFirstOrThrow']>>;

export async function listActivityTerms(db: Database, activityIds: string[]): Promise<(TermRow & { activity_id: string })[]> {
  if (activityIds.length === 0) return [];
  return termQuery(db)
    .innerJoin('activity_term as at', 'at.term_id', 't.id')
    .select('at.activity_id')
    .where('at.activity_id', 'in', activityIds)
    .orderBy('x.slug')
    .orderBy('t.sort_order')
    .orderBy('t.code')
    .execute();
}

export async function findTerm(db: Database, id: string): Promise<TermRow | undefined> {
  return termQuery(db).where('t.id', '=', id).executeTakeFirst();
}

export async function listTerms(
  db: Database,
  options: Paging & { search?: string; taxonomyId?: string; parentId?: string; topOnly?: boolean },
): Promise<{ total: number; rows: TermRow[] }> {
  let q = termQuery(db);
  if (options.taxonomyId) q = q.where('t.taxonomy_id', '=', options.taxonomyId);
  if (options.parentId) q = q.where('t.parent_id', '=', options.parentId);
  if (options.topOnly) q = q.where('t.parent_id', 'is', null);
  if (options.search) {
    const p = likePattern(options.search);
    q = q.where((eb) =>
      eb.or([
        eb('t.code', 'ilike', p),
        eb('t.name_fi', 'ilike', p),
        eb('t.name_sv', 'ilike', p),
        eb('t.name_en', 'ilike', p),
        eb(sql`array_to_string(t.synonyms_fi || t.synonyms_sv || t.synonyms_en, ' ')`, 'ilike', p),
      ]),
    );
  }
  const totalRow = await q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q.orderBy('x.slug').orderBy('t.sort_order').orderBy('t.code').offset(options.offset).limit(options.limit).execute();
  return { total: Number(totalRow.n), rows };
}

const taxonomyColumns = ['x.id', 'x.slug', 'x.name_fi', 'x.name_sv', 'x.name_en', 'x.description_fi', 'x.description_sv', 'x.description_en', 'x.uri', 'x.version'] as const;

export async function findTaxonomy(db: Database, id: string) {
  return db.selectFrom('taxonomy as x').select(taxonomyColumns).where('x.id', '=', id).executeTakeFirst();
}

export type TaxonomyRow = NonNullable<Awaited<ReturnType<typeof findTaxonomy>>>;

export async function listTaxonomies(db: Database, options: Paging & { search?: string }): Promise<{ total: number; rows: TaxonomyRow[] }> {
  let q = db.selectFrom('taxonomy as x').select(taxonomyColumns);
  if (options.search) {
    const p = likePattern(options.search);
    q = q.where((eb) =>
      eb.or([eb('x.slug', 'ilike', p), eb('x.name_fi', 'ilike', p), eb('x.name_sv', 'ilike', p), eb('x.name_en', 'ilike', p)]),
    );
  }
  const totalRow = await q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q.orderBy('x.slug').offset(options.offset).limit(options.limit).execute();
  return { total: Number(totalRow.n), rows };
}

export async function listSchedules(db: Database, activityIds: string[]) {
  if (activityIds.length === 0) return [];
  return db.selectFrom('schedule').selectAll().where('activity_id', 'in', activityIds).orderBy('activity_id').orderBy('id').execute();
}

export type ScheduleRow = Awaited<ReturnType<typeof listSchedules>>[number];

export async function listContacts(db: Database, by: { activityIds?: string[]; organizationIds?: string[] }) {
  const activityIds = by.activityIds ?? [];
  const organizationIds = by.organizationIds ?? [];
  if (activityIds.length === 0 && organizationIds.length === 0) return [];
  return db
    .selectFrom('contact')
    .selectAll()
    .where((eb) => {
      const parts = [];
      if (activityIds.length > 0) parts.push(eb('activity_id', 'in', activityIds));
      if (organizationIds.length > 0) parts.push(eb.and([eb('organization_id', 'in', organizationIds), eb('activity_id', 'is', null)]));
      return eb.or(parts);
    })
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export type ContactRow = Awaited<ReturnType<typeof listContacts>>[number];

const locationColumns = [
  'l.id',
  'l.organization_id',
  'l.name',
  'l.description_fi',
  'l.street_address',
  'l.postal_code',
  'l.city',
  'l.municipality_code',
  'l.latitude',
  'l.longitude',
  'l.accessibility_fi',
  'lm.maakunta_fi',
  'lm.maakunta_sv',
] as const;

/** Locations of the given organisations (the caller passes public ones). */
export async function listLocationsOfOrganizations(db: Database, organizationIds: string[]) {
  if (organizationIds.length === 0) return [];
  return db
    .selectFrom('location as l')
    .leftJoin('municipality as lm', 'lm.code', 'l.municipality_code')
    .select(locationColumns)
    .where('l.organization_id', 'in', organizationIds)
    .orderBy('l.name')
    .orderBy('l.id')
    .execute();
}

export type LocationRow = Awaited<ReturnType<typeof listLocationsOfOrganizations>>[number];

/** service_at_location rows (activity_location with its location) of the given activities. */
export async function listPlacesOfActivities(db: Database, activityIds: string[]): Promise<(LocationRow & { place_id: string; activity_id: string })[]> {
  if (activityIds.length === 0) return [];
  return db
    .selectFrom('activity_location as al')
    .innerJoin('location as l', 'l.id', 'al.location_id')
    .leftJoin('municipality as lm', 'lm.code', 'l.municipality_code')
    .select([...locationColumns, 'al.id as place_id', 'al.activity_id'])
    .where('al.activity_id', 'in', activityIds)
    .orderBy('l.name')
    .orderBy('al.id')
    .execute();
}

function placeQuery(db: Database) {
  return db
    .selectFrom('activity_location as al')
    .innerJoin('activity as a', 'a.id', 'al.activity_id')
    .innerJoin('organization as o', 'o.id', 'a.organization_id')
    .innerJoin('location as l', 'l.id', 'al.location_id')
    .select(['al.id', 'al.activity_id', 'al.location_id'])
    .where(isPublicActivity('a', 'o'));
}

export type PlaceRow = { id: string; activity_id: string; location_id: string };

export async function findPlace(db: Database, id: string): Promise<PlaceRow | undefined> {
  return placeQuery(db).where('al.id', '=', id).executeTakeFirst();
}

/** service_at_locations of public activities; `activityIds` (when given) limits them to those activities. */
export async function listPlaces(
  db: Database,
  options: Paging & { lang: Lang; activityIds?: string[]; organizationId?: string; modifiedAfter?: Date },
): Promise<{ total: number; rows: PlaceRow[] }> {
  if (options.activityIds && options.activityIds.length === 0) return { total: 0, rows: [] };
  let q = placeQuery(db);
  if (options.activityIds) q = q.where('al.activity_id', 'in', options.activityIds);
  if (options.organizationId) q = q.where('a.organization_id', '=', options.organizationId);
  if (options.modifiedAfter) q = q.where(modifiedAfter(options.modifiedAfter));
  const totalRow = await q.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .orderBy(sql`lower(${nameColumn(options.lang, 'a')})`)
    .orderBy('a.id')
    .orderBy(sql`lower(l.name)`)
    .orderBy('al.id')
    .offset(options.offset)
    .limit(options.limit)
    .execute();
  return { total: Number(totalRow.n), rows };
}
