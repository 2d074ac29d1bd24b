import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';

/** SQL of care centres and their liaisons (src/modules/centres): camelCase rows, no rules. */

export type CentreKind = 'sote_keskus' | 'perhekeskus' | 'other';

export interface CentreRow {
  id: string;
  nameFi: string;
  nameSv: string;
  kind: CentreKind;
  streetAddress: string;
  postalCode: string;
  postOffice: string;
  municipalityCode: string;
  municipalityFi: string;
  municipalitySv: string;
  wellbeingCountyFi: string | null;
  wellbeingCountySv: string | null;
  regionId: string | null;
  openingHours: string;
  brochureRacks: boolean;
  noticeBoards: boolean;
  infoScreens: boolean;
  groupRooms: boolean;
  roomsDescription: string;
  screenWidth: number | null;
  screenHeight: number | null;
  maxFileMb: number;
  maxPdfPages: number;
  hasKioskToken: boolean;
}

/** What a centre's form saves. */
export type CentreFields = Omit<CentreRow, 'id' | 'municipalityFi' | 'municipalitySv' | 'wellbeingCountyFi' | 'wellbeingCountySv' | 'regionId' | 'hasKioskToken'>;

function centreQuery(db: Database) {
  return db
    .selectFrom('care_centre as c')
    .innerJoin('municipality as m', 'm.code', 'c.municipality_code')
    .leftJoin('region_municipality as rm', 'rm.municipality_code', 'c.municipality_code')
    .select([
      'c.id',
      'c.name_fi as nameFi',
      'c.name_sv as nameSv',
      'c.kind',
      'c.street_address as streetAddress',
      'c.postal_code as postalCode',
      'c.post_office as postOffice',
      'c.municipality_code as municipalityCode',
      'm.name_fi as municipalityFi',
      'm.name_sv as municipalitySv',
      'm.wellbeing_county_fi as wellbeingCountyFi',
      'm.wellbeing_county_sv as wellbeingCountySv',
      'rm.region_id as regionId',
      'c.opening_hours as openingHours',
      'c.brochure_racks as brochureRacks',
      'c.notice_boards as noticeBoards',
      'c.info_screens as infoScreens',
      'c.group_rooms as groupRooms',
      'c.rooms_description as roomsDescription',
      'c.screen_width as screenWidth',
      'c.screen_height as screenHeight',
      'c.max_file_mb as maxFileMb',
      'c.max_pdf_pages as maxPdfPages',
      sql<boolean>`exists (select 1 from centre_screen s where s.centre_id = c.id and s.kiosk_token_hash is not null)`.as('hasKioskToken'),
    ]);
}

export async function findCentre(db: Database, id: string): Promise<CentreRow | null> {
  return (await centreQuery(db).where('c.id', '=', id).executeTakeFirst()) ?? null;
}

/** Centres, optionally of one region and / or one municipality (null: all), by name. */
export async function listCentreRows(db: Database, filter: { regionIds?: string[] | null; municipalityCode?: string | null; ids?: string[] }): Promise<CentreRow[]> {
  let q = centreQuery(db);
  if (filter.regionIds) {
    if (filter.regionIds.length === 0) return [];
    q = q.where('rm.region_id', 'in', filter.regionIds);
  }
  if (filter.municipalityCode) q = q.where('c.municipality_code', '=', filter.municipalityCode);
  if (filter.ids) {
    if (filter.ids.length === 0) return [];
    q = q.where('c.id', 'in', filter.ids);
  }
  return q.orderBy('c.name_fi').orderBy('c.id').execute();
}

function centreValues(f: CentreFields) {
  return {
    name_fi: f.nameFi,
    name_sv: f.nameSv,
    kind: f.kind,
    street_address: f.streetAddress,
    postal_code: f.postalCode,
    post_office: f.postOffice,
    municipality_code: f.municipalityCode,
    opening_hours: f.openingHours,
    brochure_racks: f.brochureRacks,
    notice_boards: f.noticeBoards,
    info_screens: f.infoScreens,
    group_rooms: f.groupRooms,
    rooms_description: f.roomsDescription,
    screen_width: f.screenWidth,
    screen_height: f.screenHeight,
    max_file_mb: f.maxFileMb,
    max_pdf_pages: f.maxPdfPages,
  };
}

export async function insertCentre(db: Database, id: string, f: CentreFields): Promise<void> {
  await db.insertInto('care_centre').values({ id, ...centreValues(f) }).execute();
}

export async function updateCentreRow(db: Database, id: string, f: CentreFields): Promise<void> {
  await db.updateTable('care_centre').set({ ...centreValues(f), updated_at: sql`now()` }).where('id', '=', id).execute();
}

/** The region a municipality belongs to, or null. */
export async function regionOfMunicipality(db: Database, code: string): Promise<string | null> {
  const row = await db.selectFrom('region_municipality').select('region_id').where('municipality_code', '=', code).executeTakeFirst();
  return row?.region_id ?? null;
}

export interface MunicipalityOption {
  code: string;
  nameFi: string;
  nameSv: string;
  regionId: string | null;
}

/** Municipalities of regions (for the forms and the filter), by Finnish name. */
export async function listRegionMunicipalities(db: Database, regionIds: string[] | null): Promise<MunicipalityOption[]> {
  let q = db
    .selectFrom('municipality as m')
    .innerJoin('region_municipality as rm', 'rm.municipality_code', 'm.code')
    .select(['m.code', 'm.name_fi as nameFi', 'm.name_sv as nameSv', 'rm.region_id as regionId']);
  if (regionIds) {
    if (regionIds.length === 0) return [];
    q = q.where('rm.region_id', 'in', regionIds);
  }
  return q.orderBy('m.name_fi').execute();
}

export interface RegionOption {
  id: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
}

export async function listRegionOptions(db: Database): Promise<RegionOption[]> {
  return db.selectFrom('region').select(['id', 'name_fi as nameFi', 'name_sv as nameSv', 'name_en as nameEn']).orderBy('name_fi').execute();
}

export interface LiaisonRow {
  userId: string;
  email: string;
}

export async function listLiaisons(db: Database, centreId: string): Promise<LiaisonRow[]> {
  return db
    .selectFrom('user_role as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .select(['u.id as userId', 'u.email'])
    .where('r.role', '=', 'liaison')
    .where('r.scope_id', '=', centreId)
    .orderBy('u.email')
    .execute();
}

export async function listLiaisonRecipients(db: Database, centreId: string): Promise<{ email: string; lang: 'fi' | 'sv' | 'en' }[]> {
  return db
    .selectFrom('user_role as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .select(['u.email', 'u.lang'])
    .where('r.role', '=', 'liaison')
    .where('r.scope_id', '=', centreId)
    .orderBy('u.email')
    .execute();
}

export async function isLiaisonRow(db: Database, options: { userId: string; centreId: string }): Promise<boolean> {
  const row = await db
    .selectFrom('user_role')
    .select('user_id')
    .where('user_id', '=', options.userId)
    .where('role', '=', 'liaison')
    .where('scope_id', '=', options.centreId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function deleteLiaisonRole(db: Database, options: { userId: string; centreId: string }): Promise<boolean> {
  const result = await db.deleteFrom('user_role').where('user_id', '=', options.userId).where('role', '=', 'liaison').where('scope_id', '=', options.centreId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface NearbyActivityRow {
  id: string;
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
  organizationId: string;
  organizationFi: string;
  organizationSv: string | null;
  organizationEn: string | null;
  phone: string | null;
  email: string | null;
  url: string | null;
}

/**
 * Published activities of published organisations whose service area names the municipality, or which are held at
 * a place in it (not nationwide-only or remote-only ones), by name.
 */
export async function listActivitiesInMunicipality(db: Database, code: string, limit: number): Promise<NearbyActivityRow[]> {
  return db
    .selectFrom('activity as a')
    .innerJoin('organization as o', 'o.id', 'a.organization_id')
    .select([
      'a.id',
      'a.name_fi as nameFi',
      'a.name_sv as nameSv',
      'a.name_en as nameEn',
      'o.id as organizationId',
      'o.name_fi as organizationFi',
      'o.name_sv as organizationSv',
      'o.name_en as organizationEn',
      sql<string | null>`coalesce(a.phone, o.phone)`.as('phone'),
      sql<string | null>`coalesce(a.email, o.email)`.as('email'),
      sql<string | null>`coalesce(a.url, o.website)`.as('url'),
    ])
    .where('a.status', '=', 'published')
    .where('o.status', '=', 'published')
    .where('o.stale_hidden_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('activity_municipality as am').select('am.activity_id').whereRef('am.activity_id', '=', 'a.id').where('am.municipality_code', '=', code)),
        eb.exists(
          eb
            .selectFrom('activity_location as al')
            .innerJoin('location as l', 'l.id', 'al.location_id')
            .select('al.activity_id')
            .whereRef('al.activity_id', '=', 'a.id')
            .where('l.municipality_code', '=', code),
        ),
      ]),
    )
    .orderBy('a.name_fi')
    .orderBy('a.id')
    .limit(limit)
    .execute();
}

export interface CentreEventRow {
  id: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
  startsAt: Date;
  endsAt: Date;
  recurring: boolean;
}

/** Approved events in the municipality still to come (a recurring one until its last occurrence), soonest first. */
export async function listUpcomingEventsInMunicipality(db: Database, code: string, now: Date, limit: number): Promise<CentreEventRow[]> {
  return db
    .selectFrom('event as e')
    .innerJoin('event_municipality as em', 'em.event_id', 'e.id')
    .select(['e.id', 'e.name_fi as nameFi', 'e.name_sv as nameSv', 'e.name_en as nameEn', 'e.starts_at as startsAt', 'e.ends_at as endsAt', sql<boolean>`e.rrule is not null`.as('recurring')])
    .where('em.municipality_code', '=', code)
    .where('e.review_status', '=', 'approved')
    .where('e.status', '!=', 'cancelled')
    .where('e.last_ends_at', '>', now)
    .orderBy('e.starts_at')
    .orderBy('e.id')
    .limit(limit)
    .execute();
}

export async function centreExists(db: Database, id: string): Promise<boolean> {
  return (await db.selectFrom('care_centre').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}
