import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { helsinkiToday, regionName, toNewsItemView, type NewsItemView } from './news-item.js';
import { findPublicNewsRow } from './news.repo.js';
import { findRegionNames } from '../regions/regions.repo.js';

/** One public item of a region on `now` (unpublished, expired, not yet published, another region's: null). */
export async function getNewsItem(options: { db: Database; slug: string; id: string; lang: Lang; now?: Date }): Promise<{ slug: string; regionName: string; item: NewsItemView } | null> {
  const region = await findRegionNames(options.db, options.slug);
  if (!region) return null;
  const row = await findPublicNewsRow(options.db, { regionId: region.id, id: options.id, today: helsinkiToday(options.now ?? new Date()) });
  if (!row) return null;
  return { slug: region.id, regionName: regionName(region, options.lang), item: toNewsItemView(row, options.lang) };
}
