import type { Database } from '../../platform/db/database.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { countByMunicipality, countCheckedOrganizations, countEventsBetween, countOrganizationsByTheme } from './region-stats.repo.js';
import { findRegionNames } from '../regions/regions.repo.js';
import { helsinkiDateYearBefore, helsinkiMonthStart, lastTwelveMonths } from './stats-months.js';

export interface NamedCount {
  code: string;
  name: string;
  n: number;
}

export interface RegionStatistics {
  slug: string;
  name: string;
  municipalities: (NamedCount & { activities: number })[];
  themes: NamedCount[];
  checked: { all: number; checked: number; percent: number };
  /** Events of the current Finnish calendar month, and that month as YYYY-MM. */
  eventsThisMonth: number;
  month: string;
}

/** A region's public statistics (seed 002: "verkkosivun tilastotietojen kokoaminen"), or null when there is no such region. */
export async function getRegionStatistics({ db, slug, lang, now }: { db: Database; slug: string; lang: Lang; now: Date }): Promise<RegionStatistics | null> {
  const region = await findRegionNames(db, slug);
  if (!region) return null;
  const { current, months } = lastTwelveMonths(now);
  const [municipalities, themes, checked, eventsThisMonth] = await Promise.all([
    countByMunicipality(db, region.id),
    countOrganizationsByTheme(db, region.id),
    countCheckedOrganizations(db, region.id, helsinkiDateYearBefore(now)),
    countEventsBetween(db, region.id, helsinkiMonthStart(current.year, current.month), helsinkiMonthStart(current.year, current.month + 1)),
  ]);
  return {
    slug: region.id,
    name: pick(lang, region.nameFi, region.nameSv, region.nameEn),
    municipalities: municipalities.map((m) => ({ code: m.code, name: lang === 'sv' ? m.nameSv : m.nameFi, n: m.organizations, activities: m.activities })),
    themes: themes.map((t) => ({ code: t.slug, name: pick(lang, t.nameFi, t.nameSv, t.nameEn), n: t.organizations })),
    checked: { ...checked, percent: checked.all === 0 ? 0 : Math.round((100 * checked.checked) / checked.all) },
    eventsThisMonth,
    month: months[11]!,
  };
}
