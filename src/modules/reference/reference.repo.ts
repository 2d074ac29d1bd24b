import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { Municipality } from './municipalities.js';

export async function upsertMunicipalities(db: Database, rows: Municipality[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto('municipality')
      .values(
        rows.slice(i, i + 200).map((m) => ({
          code: m.code,
          name_fi: m.nameFi,
          name_sv: m.nameSv,
          maakunta_code: m.maakuntaCode,
          maakunta_fi: m.maakuntaFi,
          maakunta_sv: m.maakuntaSv,
          wellbeing_county_fi: m.wellbeingCountyFi,
          wellbeing_county_sv: m.wellbeingCountySv,
        })),
      )
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name_fi: eb.ref('excluded.name_fi'),
          name_sv: eb.ref('excluded.name_sv'),
          maakunta_code: eb.ref('excluded.maakunta_code'),
          maakunta_fi: eb.ref('excluded.maakunta_fi'),
          maakunta_sv: eb.ref('excluded.maakunta_sv'),
          wellbeing_county_fi: eb.ref('excluded.wellbeing_county_fi'),
          wellbeing_county_sv: eb.ref('excluded.wellbeing_county_sv'),
        })),
      )
      .execute();
  }
}

export async function ensureRegion(
  db: Database,
  region: { id: string; nameFi: string; nameSv: string; nameEn: string; municipalityCodes: string[] },
): Promise<void> {
  const exists = await db.selectFrom('region').select('id').where('id', '=', region.id).executeTakeFirst();
  if (exists) return; // administrators own a region once it exists
  await db.insertInto('region').values({ id: region.id, name_fi: region.nameFi, name_sv: region.nameSv, name_en: region.nameEn }).execute();
  if (region.municipalityCodes.length > 0) {
    await db
      .insertInto('region_municipality')
      .values(region.municipalityCodes.map((code) => ({ region_id: region.id, municipality_code: code })))
      .execute();
  }
}

export interface TaxonomyRow {
  id: string;
  slug: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
  descriptionFi: string;
  descriptionEn: string;
}
export interface TermRow {
  id: string;
  taxonomyId: string;
  code: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
  synonymsFi: string[];
  synonymsSv: string[];
  synonymsEn: string[];
  sortOrder: number;
}

export async function upsertTaxonomy(db: Database, t: TaxonomyRow, terms: TermRow[]): Promise<void> {
  await db
    .insertInto('taxonomy')
    .values({
      id: t.id,
      slug: t.slug,
      name_fi: t.nameFi,
      name_sv: t.nameSv,
      name_en: t.nameEn,
      description_fi: t.descriptionFi,
      description_en: t.descriptionEn,
      uri: null,
      version: '1',
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  for (const term of terms) {
    await db
      .insertInto('taxonomy_term')
      .values({
        id: term.id,
        taxonomy_id: term.taxonomyId,
        code: term.code,
        parent_id: null,
        name_fi: term.nameFi,
        name_sv: term.nameSv,
        name_en: term.nameEn,
        synonyms_fi: sql`${term.synonymsFi}::text[]`,
        synonyms_sv: sql`${term.synonymsSv}::text[]`,
        synonyms_en: sql`${term.synonymsEn}::text[]`,
        sort_order: term.sortOrder,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}
