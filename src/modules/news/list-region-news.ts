import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { helsinkiToday, regionName, toNewsItemView, type NewsItemView } from './news-item.js';
import { listPublicNewsRows } from './news.repo.js';
import { findRegionNames } from '../regions/regions.repo.js';

export const NEWS_PAGE_SIZE = 20;

export interface RegionNewsPage {
  slug: string;
  regionName: string;
  items: NewsItemView[];
  total: number;
  page: number;
  pages: number;
}

/** A region's news list (news and announcements, newest first) as the public sees it on `now`; null: no such region. */
export async function listRegionNews(options: { db: Database; slug: string; lang: Lang; page: number; now?: Date }): Promise<RegionNewsPage | null> {
  const region = await findRegionNames(options.db, options.slug);
  if (!region) return null;
  const today = helsinkiToday(options.now ?? new Date());
  const { rows, total } = await listPublicNewsRows(options.db, { regionId: region.id, today, limit: NEWS_PAGE_SIZE, offset: (options.page - 1) * NEWS_PAGE_SIZE });
  return {
    slug: region.id,
    regionName: regionName(region, options.lang),
    items: rows.map((r) => toNewsItemView(r, options.lang)),
    total,
    page: options.page,
    pages: Math.max(1, Math.ceil(total / NEWS_PAGE_SIZE)),
  };
}

/** The latest public items of a region for its portal's front page ("Ajankohtaista"). */
export async function listLatestRegionNews(options: { db: Database; slug: string; lang: Lang; limit?: number; now?: Date }): Promise<NewsItemView[]> {
  const today = helsinkiToday(options.now ?? new Date());
  const { rows } = await listPublicNewsRows(options.db, { regionId: options.slug, today, limit: options.limit ?? 3, offset: 0 });
  return rows.map((r) => toNewsItemView(r, options.lang));
}
