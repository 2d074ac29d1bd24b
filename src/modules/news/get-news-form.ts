import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { helsinkiToday, regionName, toNewsItemView, type NewsItemView } from './news-item.js';
import { findNewsRow } from './news.repo.js';
import { requireNewsRegion } from './require-news-region.js';

export interface NewsFormData {
  slug: string;
  regionName: string;
  /** null: a new item. */
  item: NewsItemView | null;
  /** The saved Markdown of the item (the form shows it as typed). */
  body: string;
  today: string;
}

/** The form of a new item (id null) or of a saved one in the region (NOT_FOUND for another region's). */
export async function getNewsForm(options: { db: Database; actor: SessionUser; slug: string; id: string | null; lang: Lang; now?: Date }): Promise<NewsFormData> {
  const region = await requireNewsRegion(options.db, options.actor, options.slug);
  const today = helsinkiToday(options.now ?? new Date());
  if (options.id === null) return { slug: region.id, regionName: regionName(region, options.lang), item: null, body: '', today };
  const row = await findNewsRow(options.db, options.id);
  if (!row || row.regionId !== region.id) throw notFound('news item');
  return { slug: region.id, regionName: regionName(region, options.lang), item: toNewsItemView(row, options.lang), body: row.body, today };
}
