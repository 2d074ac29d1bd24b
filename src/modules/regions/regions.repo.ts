import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { isListedActivity, isListedOrganization } from '../directory/visibility.js';

/** SQL of the regions and their portals: rows, municipalities, and the organisations active in a region's municipalities. */

export interface RegionRow {
  id: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
  introFi: string;
  introSv: string;
  introEn: string;
  accentColor: string | null;
  logoText: string;
}

/** A region's names in the three languages and its portal colour. */
export interface RegionNames {
  id: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
  accentColor: string | null;
}

/** A region by its id (its portal's slug): the one lookup of a region's names that every module uses. */
export async function findRegionNames(db: Database, id: string): Promise<RegionNames | null> {
  const r = await db.selectFrom('region').select(['id', 'name_fi', 'name_sv', 'name_en', 'accent_color']).where('id', '=', id).executeTakeFirst();
  return r ? { id: r.id, nameFi: r.name_fi, nameSv: r.name_sv, nameEn: r.name_en, accentColor: r.accent_color } : null;
}

export interface RegionWithMunicipalities extends RegionRow {
  municipalityCodes: string[];
}

type RegionSelect = {
  id: string;
  name_fi: string;
  name_sv: string;
  name_en: string;
  intro_fi: string;
  intro_sv: string;
  intro_en: string;
  accent_color: string | null;
  logo_text: string;
};

const toRegionRow = (r: RegionSelect): RegionRow => ({
  id: r.id,
  nameFi: r.name_fi,
  nameSv: r.name_sv,
  nameEn: r.name_en,
  introFi: r.intro_fi,
  introSv: r.intro_sv,
  introEn: r.intro_en,
  accentColor: r.accent_color,
  logoText: r.logo_text,
});

const COLUMNS = ['id', 'name_fi', 'name_sv', 'name_en', 'intro_fi', 'intro_sv', 'intro_en', 'accent_color', 'logo_text'] as const;

/** Every region with how many municipalities it has, by Finnish name. */
export async function listRegionRows(db: Database): Promise<(RegionRow & { municipalities: number })[]> {
  const rows = await db
    .selectFrom('region as r')
    .select(COLUMNS.map((c) => `r.${c}` as const))
    .select((eb) => eb.selectFrom('region_municipality as rm').whereRef('rm.region_id', '=', 'r.id').select(eb.fn.countAll<number>().as('n')).as('municipalities'))
    .orderBy('r.name_fi')
    .execute();
  return rows.map((r) => ({ ...toRegionRow(r), municipalities: Number(r.municipalities ?? 0) }));
}

export async function findRegionRow(db: Database, id: string): Promise<RegionWithMunicipalities | null> {
  const row = await db.selectFrom('region').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const codes = await db.selectFrom('region_municipality').select('municipality_code').where('region_id', '=', id).orderBy('municipality_code').execute();
  return { ...toRegionRow(row), municipalityCodes: codes.map((c) => c.municipality_code) };
}

export interface MunicipalityChoiceRow {
  code: string;
  nameFi: string;
  nameSv: string;
  maakuntaFi: string | null;
  maakuntaSv: string | null;
  regionId: string | null;
}

/** Every municipality with its maakunta and the region it belongs to (if any). */
export async function listMunicipalityChoiceRows(db: Database): Promise<MunicipalityChoiceRow[]> {
  const rows = await db
    .selectFrom('municipality as m')
    .leftJoin('region_municipality as rm', 'rm.municipality_code', 'm.code')
    .select(['m.code', 'm.name_fi', 'm.name_sv', 'm.maakunta_fi', 'm.maakunta_sv', 'rm.region_id'])
    .orderBy('m.code')
    .execute();
  return rows.map((r) => ({ code: r.code, nameFi: r.name_fi, nameSv: r.name_sv, maakuntaFi: r.maakunta_fi, maakuntaSv: r.maakunta_sv, regionId: r.region_id }));
}

/** Which of the codes are known municipalities. */
export async function knownMunicipalityCodes(db: Database, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db.selectFrom('municipality').select('code').where('code', 'in', codes).execute();
  return rows.map((r) => r.code);
}

/** The codes among these that belong to a region other than `regionId` (locked, so that two saves cannot both take one). */
export async function municipalitiesOfOtherRegions(db: Database, regionId: string, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .selectFrom('region_municipality')
    .select('municipality_code')
    .where('municipality_code', 'in', codes)
    .where('region_id', '<>', regionId)
    .forUpdate()
    .execute();
  return rows.map((r) => r.municipality_code);
}

export async function regionExists(db: Database, id: string): Promise<boolean> {
  return (await db.selectFrom('region').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

function values(r: RegionRow) {
  return {
    name_fi: r.nameFi,
    name_sv: r.nameSv,
    name_en: r.nameEn,
    intro_fi: r.introFi,
    intro_sv: r.introSv,
    intro_en: r.introEn,
    accent_color: r.accentColor,
    logo_text: r.logoText,
  };
}

/** Inserts a region; false when the id was taken meanwhile. */
export async function insertRegion(db: Database, region: RegionWithMunicipalities): Promise<boolean> {
  const inserted = await db
    .insertInto('region')
    .values({ id: region.id, ...values(region) })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return false;
  await replaceMunicipalities(db, region.id, region.municipalityCodes);
  return true;
}

export async function updateRegionRow(db: Database, region: RegionWithMunicipalities): Promise<void> {
  await db.updateTable('region').set({ ...values(region), updated_at: sql`now()` }).where('id', '=', region.id).execute();
  await replaceMunicipalities(db, region.id, region.municipalityCodes);
}

async function replaceMunicipalities(db: Database, regionId: string, codes: string[]): Promise<void> {
  await db.deleteFrom('region_municipality').where('region_id', '=', regionId).execute();
  if (codes.length > 0) await db.insertInto('region_municipality').values(codes.map((code) => ({ region_id: regionId, municipality_code: code }))).execute();
}

/** The portal look of a region, written only where it is still empty (the demo; administrators' edits stay). */
export async function fillPortalLookIfEmpty(db: Database, id: string, look: Pick<RegionRow, 'introFi' | 'introSv' | 'introEn' | 'accentColor' | 'logoText'>): Promise<void> {
  await db
    .updateTable('region')
    .set({ intro_fi: look.introFi, intro_sv: look.introSv, intro_en: look.introEn, accent_color: look.accentColor, logo_text: look.logoText })
    .where('id', '=', id)
    .where('accent_color', 'is', null)
    .where('intro_fi', '=', '')
    .execute();
}

export interface MunicipalityOrganizationRow {
  municipalityCode: string;
  municipalityFi: string;
  municipalitySv: string;
  /** null: a municipality with no organisation listed. */
  organizationId: string | null;
  nameFi: string | null;
  nameSv: string | null;
  nameEn: string | null;
}

/**
 * The listed organisations active in each municipality of a region: seated there, or with a listed activity
 * available there (a municipality with none: one row without an organisation). Nationwide-only organisations are
 * not listed under a municipality.
 */
export async function listOrganizationsByMunicipality(db: Database, regionId: string): Promise<MunicipalityOrganizationRow[]> {
  const { rows } = await sql<{ code: string; name_fi_m: string; name_sv_m: string; id: string | null; name_fi: string | null; name_sv: string | null; name_en: string | null }>`
    select m.code, m.name_fi as name_fi_m, m.name_sv as name_sv_m, o.id, o.name_fi, o.name_sv, o.name_en
    from region_municipality rm
    join municipality m on m.code = rm.municipality_code
    left join organization o on ${isListedOrganization('o')} and (
      o.municipality_code = m.code
      or exists (select 1 from activity a join activity_municipality am on am.activity_id = a.id
                 where a.organization_id = o.id and am.municipality_code = m.code and ${isListedActivity('a', 'o')}))
    where rm.region_id = ${regionId}
    order by m.code, o.name_fi`.execute(db);
  return rows.map((r) => ({
    municipalityCode: r.code,
    municipalityFi: r.name_fi_m,
    municipalitySv: r.name_sv_m,
    organizationId: r.id,
    nameFi: r.name_fi,
    nameSv: r.name_sv,
    nameEn: r.name_en,
  }));
}
