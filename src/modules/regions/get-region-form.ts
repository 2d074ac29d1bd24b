import type { Database } from '../../platform/db/database.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { collator, pick, type Lang } from '../../platform/i18n/i18n.js';
import { requireRegionManager } from './regions.policy.js';
import { findRegionRow, listMunicipalityChoiceRows, listRegionRows, type RegionWithMunicipalities } from './regions.repo.js';

export interface MunicipalityChoice {
  code: string;
  name: string;
  /** The name of the other region it belongs to (it cannot be chosen here), else null. */
  otherRegion: string | null;
}

/** Municipalities grouped by maakunta (the natural unit of a regional service), A–Ö. */
export interface MunicipalityGroup {
  name: string;
  municipalities: MunicipalityChoice[];
}

export interface RegionFormData {
  /** The region being edited; null for a new one. */
  region: RegionWithMunicipalities | null;
  groups: MunicipalityGroup[];
}

/**
 * What the region form shows: the region (when editing; null result when there is no such region) and every
 * municipality by maakunta, marked when it already belongs to another region. Platform administrators only.
 */
export async function getRegionForm({ db, actor, slug, lang }: { db: Database; actor: SessionUser | null; slug: string | null; lang: Lang }): Promise<RegionFormData | null> {
  requireRegionManager(actor);
  const region = slug === null ? null : await findRegionRow(db, slug);
  if (slug !== null && !region) return null;
  const [rows, regions] = await Promise.all([listMunicipalityChoiceRows(db), listRegionRows(db)]);
  const regionName = new Map(regions.map((r) => [r.id, pick(lang, r.nameFi, r.nameSv, r.nameEn)]));
  const compare = collator(lang).compare;
  const groups = new Map<string, MunicipalityChoice[]>();
  for (const m of rows) {
    const group = (lang === 'sv' ? m.maakuntaSv : m.maakuntaFi) ?? m.maakuntaFi ?? '—';
    const list = groups.get(group) ?? [];
    list.push({ code: m.code, name: lang === 'sv' ? m.nameSv : m.nameFi, otherRegion: m.regionId && m.regionId !== slug ? (regionName.get(m.regionId) ?? m.regionId) : null });
    groups.set(group, list);
  }
  return {
    region,
    groups: [...groups.entries()]
      .map(([name, municipalities]) => ({ name, municipalities: municipalities.sort((a, b) => compare(a.name, b.name)) }))
      .sort((a, b) => compare(a.name, b.name)),
  };
}
