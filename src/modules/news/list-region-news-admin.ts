import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { helsinkiToday, regionName, toNewsItemView, type NewsItemView } from './news-item.js';
import { visibilityOf, type Visibility } from './news-visibility.js';
import { listRegionNewsRows } from './news.repo.js';
import { requireNewsRegion } from './require-news-region.js';

export interface RegionNewsAdmin {
  slug: string;
  regionName: string;
  items: (NewsItemView & { visibility: Visibility })[];
}

/** The administrators' list: every item of the region whatever its state, with its state as the public sees it today. */
export async function listRegionNewsAdmin(options: { db: Database; actor: SessionUser; slug: string; lang: Lang; now?: Date }): Promise<RegionNewsAdmin> {
  const region = await requireNewsRegion(options.db, options.actor, options.slug);
  const today = helsinkiToday(options.now ?? new Date());
  const rows = await listRegionNewsRows(options.db, region.id);
  return { slug: region.id, regionName: regionName(region, options.lang), items: rows.map((r) => ({ ...toNewsItemView(r, options.lang), visibility: visibilityOf(r, today) })) };
}
