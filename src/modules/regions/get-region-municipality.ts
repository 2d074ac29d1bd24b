import type { Database } from '../../platform/db/database.js';
import { collator, pick, pickedLang, type Lang } from '../../platform/i18n/i18n.js';
import type { MunicipalityOrganizations } from './list-region-municipalities.js';
import { findRegionRow, listOrganizationsByMunicipality } from './regions.repo.js';

export interface RegionMunicipalityPage {
  slug: string;
  regionName: string;
  municipality: MunicipalityOrganizations;
}

/**
 * One municipality's page on a region's portal: the listed organisations seated or active there, A–Ö. Null when
 * there is no such region or the municipality is not one of its own.
 */
export async function getRegionMunicipality({ db, slug, code, lang }: { db: Database; slug: string; code: string; lang: Lang }): Promise<RegionMunicipalityPage | null> {
  const region = await findRegionRow(db, slug);
  if (!region || !region.municipalityCodes.includes(code)) return null;
  const rows = (await listOrganizationsByMunicipality(db, slug)).filter((r) => r.municipalityCode === code);
  const first = rows[0];
  if (!first) return null;
  const compare = collator(lang).compare;
  const organizations = rows
    .filter((r) => r.organizationId !== null && r.nameFi !== null)
    .map((r) => ({ id: r.organizationId!, name: pick(lang, r.nameFi!, r.nameSv, r.nameEn), nameLang: pickedLang(lang, r.nameSv, r.nameEn) }))
    .sort((a, b) => compare(a.name, b.name));
  return {
    slug,
    regionName: pick(lang, region.nameFi, region.nameSv, region.nameEn),
    municipality: { code, name: lang === 'sv' ? first.municipalitySv : first.municipalityFi, organizations },
  };
}
