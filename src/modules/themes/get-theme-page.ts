import type { Database } from '../../platform/db/database.js';
import { collator, pick, pickedLang, type Lang } from '../../platform/i18n/i18n.js';
import { findRegionRow } from '../regions/regions.repo.js';
import { findThemeBySlug, listThemeActivities, listThemeTermChoices } from './themes.repo.js';

export interface ThemeOrganization {
  id: string;
  name: string;
  nameLang: Lang;
  activities: { id: string; name: string; nameLang: Lang }[];
}

export interface ThemePage {
  slug: string;
  regionName: string;
  themeSlug: string;
  name: string;
  nameLang: Lang;
  /** The needs and target groups the theme gathers, by name. */
  terms: string[];
  /** Seated in the region or with the activity in its municipalities. */
  local: ThemeOrganization[];
  /** Reachable from the region only as nationwide or remote activities. */
  nationwide: ThemeOrganization[];
}

/**
 * A theme's page on a region's portal: the region's organisations under the theme, found through their listed
 * activities' needs and target groups, each with those activities; then the nationwide and remote ones. Null when
 * there is no such region or theme.
 */
export async function getThemePage({ db, slug, theme: themeSlug, lang }: { db: Database; slug: string; theme: string; lang: Lang }): Promise<ThemePage | null> {
  const [region, theme] = await Promise.all([findRegionRow(db, slug), findThemeBySlug(db, themeSlug)]);
  if (!region || !theme) return null;
  const [rows, choices] = await Promise.all([listThemeActivities(db, { regionId: slug, themeId: theme.id }), listThemeTermChoices(db)]);
  const compare = collator(lang).compare;
  const group = (local: boolean): ThemeOrganization[] => {
    const byId = new Map<string, ThemeOrganization>();
    for (const r of rows) {
      if (r.local !== local) continue;
      const o = byId.get(r.organizationId) ?? { id: r.organizationId, name: pick(lang, r.nameFi, r.nameSv, r.nameEn), nameLang: pickedLang(lang, r.nameSv, r.nameEn), activities: [] };
      o.activities.push({ id: r.activityId, name: pick(lang, r.activityFi, r.activitySv, r.activityEn), nameLang: pickedLang(lang, r.activitySv, r.activityEn) });
      byId.set(r.organizationId, o);
    }
    const list = [...byId.values()].sort((a, b) => compare(a.name, b.name));
    for (const o of list) o.activities.sort((a, b) => compare(a.name, b.name));
    return list;
  };
  const local = group(true);
  const localIds = new Set(local.map((o) => o.id));
  const termIds = new Set(theme.termIds);
  return {
    slug,
    regionName: pick(lang, region.nameFi, region.nameSv, region.nameEn),
    themeSlug: theme.slug,
    name: pick(lang, theme.nameFi, theme.nameSv, theme.nameEn),
    nameLang: pickedLang(lang, theme.nameSv, theme.nameEn),
    terms: choices.filter((c) => termIds.has(c.id)).map((c) => pick(lang, c.nameFi, c.nameSv, c.nameEn)),
    local,
    nationwide: group(false).filter((o) => !localIds.has(o.id)),
  };
}
