import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';

/**
 * Read side of the directory: SQL only. Every query here returns published rows only (an activity also needs a
 * published organisation). Rows keep their snake_case column names; the use cases map them to camelCase.
 */

const orgColumns = [
  'o.id',
  'o.name_fi',
  'o.name_sv',
  'o.name_en',
  'o.alternate_name',
  'o.business_id',
  'o.kind',
  'o.parent_id',
  'o.description_fi',
  'o.description_sv',
  'o.description_en',
  'o.plain_summary_fi',
  'o.website',
  'o.email',
  'o.phone',
  'o.street_address',
  'o.postal_code',
  'o.city',
  'o.municipality_code',
  'o.social_links',
  'o.accepts_new_participants',
  'o.year_incorporated',
  'o.last_checked',
] as const;

export async function findPublishedOrganization(db: Database, id: string) {
  return db
    .selectFrom('organization as o')
    .leftJoin('municipality as m', 'm.code', 'o.municipality_code')
    .select([...orgColumns, 'm.name_fi as municipality_name_fi', 'm.name_sv as municipality_name_sv'])
    .where('o.id', '=', id)
    .where('o.status', '=', 'published')
    .executeTakeFirst();
}

/** Names of published organisations by id (used for the parent organisation). */
export async function listPublishedOrganizationNames(db: Database, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('organization')
    .select(['id', 'name_fi', 'name_sv', 'name_en'])
    .where('id', 'in', ids)
    .where('status', '=', 'published')
    .execute();
}

/** Published organisations whose parent is the given one (local branches). */
export async function listPublishedBranches(db: Database, parentId: string) {
  return db
    .selectFrom('organization')
    .select(['id', 'name_fi', 'name_sv', 'name_en', 'city'])
    .where('parent_id', '=', parentId)
    .where('status', '=', 'published')
    .execute();
}

/** The organisation's own contact persons (not those of its activities). */
export async function listOrganizationContacts(db: Database, organizationId: string) {
  return db
    .selectFrom('contact')
    .select(['id', 'name', 'title', 'email', 'phone'])
    .where('organization_id', '=', organizationId)
    .where('activity_id', 'is', null)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export async function listOrganizationLocations(db: Database, organizationId: string) {
  return db
    .selectFrom('location as l')
    .leftJoin('municipality as m', 'm.code', 'l.municipality_code')
    .select([
      'l.id',
      'l.name',
      'l.description_fi',
      'l.street_address',
      'l.postal_code',
      'l.city',
      'l.municipality_code',
      'l.accessibility_fi',
      'm.name_fi as municipality_name_fi',
      'm.name_sv as municipality_name_sv',
    ])
    .where('l.organization_id', '=', organizationId)
    .orderBy('l.name')
    .orderBy('l.id')
    .execute();
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
  'a.how_to_join',
  'a.application_process_fi',
  'a.fees_description_fi',
  'a.free_of_charge',
  'a.accessibility_fi',
  'a.schedule_fi',
  'a.url',
  'a.email',
  'a.phone',
  'a.minimum_age',
  'a.maximum_age',
  'a.last_checked',
] as const;

/** Published activities of one published organisation. */
export async function listPublishedActivitiesOfOrganization(db: Database, organizationId: string) {
  return db
    .selectFrom('activity as a')
    .innerJoin('organization as o', 'o.id', 'a.organization_id')
    .select(activityColumns)
    .where('a.organization_id', '=', organizationId)
    .where('a.status', '=', 'published')
    .where('o.status', '=', 'published')
    .execute();
}

/** One published activity of a published organisation. */
export async function findPublishedActivity(db: Database, id: string) {
  return db
    .selectFrom('activity as a')
    .innerJoin('organization as o', 'o.id', 'a.organization_id')
    .select(activityColumns)
    .where('a.id', '=', id)
    .where('a.status', '=', 'published')
    .where('o.status', '=', 'published')
    .executeTakeFirst();
}

export async function listActivityMunicipalities(db: Database, activityIds: string[]) {
  if (activityIds.length === 0) return [];
  return db
    .selectFrom('activity_municipality as am')
    .innerJoin('municipality as m', 'm.code', 'am.municipality_code')
    .select(['am.activity_id', 'm.code', 'm.name_fi', 'm.name_sv'])
    .where('am.activity_id', 'in', activityIds)
    .execute();
}

export async function listActivityTerms(db: Database, activityIds: string[]) {
  if (activityIds.length === 0) return [];
  return db
    .selectFrom('activity_term as at')
    .innerJoin('taxonomy_term as tt', 'tt.id', 'at.term_id')
    .innerJoin('taxonomy as tx', 'tx.id', 'tt.taxonomy_id')
    .select(['at.activity_id', 'tx.slug', 'tt.code', 'tt.name_fi', 'tt.name_sv', 'tt.name_en', 'tt.sort_order'])
    .where('at.activity_id', 'in', activityIds)
    .orderBy('tt.sort_order')
    .orderBy('tt.code')
    .execute();
}

export async function listActivityPlaces(db: Database, activityIds: string[]) {
  if (activityIds.length === 0) return [];
  return db
    .selectFrom('activity_location as al')
    .innerJoin('location as l', 'l.id', 'al.location_id')
    .leftJoin('municipality as m', 'm.code', 'l.municipality_code')
    .select([
      'al.activity_id',
      'l.id',
      'l.name',
      'l.description_fi',
      'l.street_address',
      'l.postal_code',
      'l.city',
      'l.municipality_code',
      'l.accessibility_fi',
      'm.name_fi as municipality_name_fi',
      'm.name_sv as municipality_name_sv',
    ])
    .where('al.activity_id', 'in', activityIds)
    .orderBy('l.name')
    .orderBy('l.id')
    .execute();
}

export async function listActivitySchedules(db: Database, activityIds: string[]) {
  if (activityIds.length === 0) return [];
  return db
    .selectFrom('schedule')
    .select(['id', 'activity_id', 'freq', 'byday', 'opens_at', 'closes_at', 'description_fi', 'attending_type'])
    .where('activity_id', 'in', activityIds)
    .orderBy('freq')
    .orderBy('opens_at')
    .orderBy('id')
    .execute();
}

export async function listActivityContacts(db: Database, activityIds: string[]) {
  if (activityIds.length === 0) return [];
  return db
    .selectFrom('contact')
    .select(['id', 'activity_id', 'name', 'title', 'email', 'phone'])
    .where('activity_id', 'in', activityIds)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/**
 * Published organisations for the A–Ö list. With a municipality code: those located there (own address or one of
 * their places) or having a published activity available there.
 */
export async function listPublishedOrganizationsForIndex(db: Database, municipalityCode?: string) {
  let q = db
    .selectFrom('organization as o')
    .leftJoin('municipality as m', 'm.code', 'o.municipality_code')
    .select(['o.id', 'o.name_fi', 'o.name_sv', 'o.name_en', 'o.kind', 'o.city', 'o.municipality_code', 'm.name_fi as municipality_name_fi', 'm.name_sv as municipality_name_sv'])
    .where('o.status', '=', 'published');
  if (municipalityCode) {
    q = q.where((eb) =>
      eb.or([
        eb('o.municipality_code', '=', municipalityCode),
        eb.exists(
          eb
            .selectFrom('location as l')
            .select(sql`1`.as('one'))
            .whereRef('l.organization_id', '=', 'o.id')
            .where('l.municipality_code', '=', municipalityCode),
        ),
        eb.exists(
          eb
            .selectFrom('activity as a')
            .innerJoin('activity_municipality as am', 'am.activity_id', 'a.id')
            .select(sql`1`.as('one'))
            .whereRef('a.organization_id', '=', 'o.id')
            .where('a.status', '=', 'published')
            .where('am.municipality_code', '=', municipalityCode),
        ),
      ]),
    );
  }
  return q.execute();
}

/** Municipalities where some published organisation is located or has a published activity (for the filter). */
export async function listMunicipalitiesWithOrganizations(db: Database) {
  return db
    .selectFrom('municipality as m')
    .select(['m.code', 'm.name_fi', 'm.name_sv'])
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('organization as o')
            .select(sql`1`.as('one'))
            .whereRef('o.municipality_code', '=', 'm.code')
            .where('o.status', '=', 'published'),
        ),
        eb.exists(
          eb
            .selectFrom('location as l')
            .innerJoin('organization as o', 'o.id', 'l.organization_id')
            .select(sql`1`.as('one'))
            .whereRef('l.municipality_code', '=', 'm.code')
            .where('o.status', '=', 'published'),
        ),
        eb.exists(
          eb
            .selectFrom('activity_municipality as am')
            .innerJoin('activity as a', 'a.id', 'am.activity_id')
            .innerJoin('organization as o', 'o.id', 'a.organization_id')
            .select(sql`1`.as('one'))
            .whereRef('am.municipality_code', '=', 'm.code')
            .where('a.status', '=', 'published')
            .where('o.status', '=', 'published'),
        ),
      ]),
    )
    .execute();
}

export async function findMunicipality(db: Database, code: string) {
  return db.selectFrom('municipality').select(['code', 'name_fi', 'name_sv']).where('code', '=', code).executeTakeFirst();
}
