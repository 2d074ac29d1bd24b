import type { Database } from '../../platform/db/database.js';
import { collator, pick, pickedLang, type Lang } from '../../platform/i18n/i18n.js';
import { findRegionRow } from '../regions/regions.repo.js';
import { countLocalOrganizationsByTheme, listThemeRows } from './themes.repo.js';

export interface RegionThemesPage {
  slug: string;
  regionName: string;
  themes: { slug: string; name: string; nameLang: Lang; organizations: number }[];
}

/**
 * "Järjestöt teemoittain": every theme with how many of the region's organisations (seated in the region or active
 * in its municipalities) are under it, in the themes' order. Null when there is no such region.
 */
export async function listRegionThemes({ db, slug, lang }: { db: Database; slug: string; lang: Lang }): Promise<RegionThemesPage | null> {
  const region = await findRegionRow(db, slug);
  if (!region) return null;
  const [themes, counts] = await Promise.all([listThemeRows(db), countLocalOrganizationsByTheme(db, slug)]);
  const compare = collator(lang).compare;
  return {
    slug,
    regionName: pick(lang, region.nameFi, region.nameSv, region.nameEn),
    themes: themes
      .map((t) => ({ slug: t.slug, name: pick(lang, t.nameFi, t.nameSv, t.nameEn), nameLang: pickedLang(lang, t.nameSv, t.nameEn), organizations: counts.get(t.id) ?? 0, sortOrder: t.sortOrder }))
      .sort((a, b) => a.sortOrder - b.sortOrder || compare(a.name, b.name))
      .map(({ sortOrder: _, ...t }) => t),
  };
}
