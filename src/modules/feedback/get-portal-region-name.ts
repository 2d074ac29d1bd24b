import type { Database } from '../../platform/db/database.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { findRegionNames } from '../regions/regions.repo.js';

/** The name of the region whose portal the feedback is for, in the page's language; null when there is none. */
export async function getPortalRegionName({ db, slug, lang }: { db: Database; slug: string; lang: Lang }): Promise<string | null> {
  const region = await findRegionNames(db, slug);
  return region ? pick(lang, region.nameFi, region.nameSv, region.nameEn) : null;
}
