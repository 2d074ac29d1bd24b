import type { Database } from '../../platform/db/database.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { listSearchOptions, type SearchOptions } from '../search/list-search-options.js';
import { findRegionRow } from './regions.repo.js';

export interface RegionPortal {
  slug: string;
  name: string;
  intro: string;
  logoText: string;
  accentColor: string | null;
  /** The search form's choices within the region (its municipalities only). */
  options: SearchOptions;
}

/** A region's portal front page in a language, or null when there is no such region. */
export async function getRegionPortal({ db, slug, lang }: { db: Database; slug: string; lang: Lang }): Promise<RegionPortal | null> {
  const region = await findRegionRow(db, slug);
  if (!region) return null;
  const name = pick(lang, region.nameFi, region.nameSv, region.nameEn);
  return {
    slug,
    name,
    intro: pick(lang, region.introFi, region.introSv, region.introEn),
    logoText: region.logoText || name,
    accentColor: region.accentColor,
    options: await listSearchOptions({ db, lang, regionId: slug, scoped: true }),
  };
}
