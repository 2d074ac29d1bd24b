import type { Database } from '../../platform/db/database.js';
import { collator, pick, pickedLang, type Lang } from '../../platform/i18n/i18n.js';
import { findRegionRow, listOrganizationsByMunicipality } from './regions.repo.js';

export interface MunicipalityOrganizations {
  code: string;
  name: string;
  organizations: { id: string; name: string; nameLang: Lang }[];
}

export interface RegionMunicipalitiesPage {
  slug: string;
  name: string;
  municipalities: MunicipalityOrganizations[];
}

/**
 * "Järjestöt kunnittain": each municipality of the region, A–Ö, with the listed organisations active there (seated
 * there or with an activity there). Null when there is no such region.
 */
export async function listRegionMunicipalities({ db, slug, lang }: { db: Database; slug: string; lang: Lang }): Promise<RegionMunicipalitiesPage | null> {
  const region = await findRegionRow(db, slug);
  if (!region) return null;
  const rows = await listOrganizationsByMunicipality(db, slug);
  const compare = collator(lang).compare;
  const byCode = new Map<string, MunicipalityOrganizations>();
  for (const r of rows) {
    const m = byCode.get(r.municipalityCode) ?? { code: r.municipalityCode, name: lang === 'sv' ? r.municipalitySv : r.municipalityFi, organizations: [] };
    if (r.organizationId && r.nameFi) m.organizations.push({ id: r.organizationId, name: pick(lang, r.nameFi, r.nameSv, r.nameEn), nameLang: pickedLang(lang, r.nameSv, r.nameEn) });
    byCode.set(r.municipalityCode, m);
  }
  const municipalities = [...byCode.values()];
  for (const m of municipalities) m.organizations.sort((a, b) => compare(a.name, b.name));
  return { slug, name: pick(lang, region.nameFi, region.nameSv, region.nameEn), municipalities: municipalities.sort((a, b) => compare(a.name, b.name)) };
}
