import type { Database } from '../../platform/db/database.js';
import { translator, type Lang } from '../../platform/i18n/i18n.js';
import { localizedPath } from '../../platform/views/page-context.js';
import { buildAtomFeed, helsinkiMidnight } from './atom.js';
import { helsinkiToday, regionName, toNewsItemView } from './news-item.js';
import { listPublicNewsRows } from './news.repo.js';
import { findRegionNames } from '../regions/regions.repo.js';

export const FEED_SIZE = 50;

/**
 * The Atom feed of a region's public news and announcements on `now` (the same rules as the list: published, from
 * the publish date through the expiry date), newest first, at most 50; null when there is no such region. Links are
 * absolute, built from BASE_URL, in the language of the feed's address.
 */
export async function getRegionNewsFeed(options: { db: Database; slug: string; lang: Lang; baseUrl: string; now?: Date }): Promise<string | null> {
  const region = await findRegionNames(options.db, options.slug);
  if (!region) return null;
  const t = translator(options.lang);
  const name = regionName(region, options.lang);
  const abs = (path: string) => `${options.baseUrl}${localizedPath(options.lang, path)}`;
  const { rows } = await listPublicNewsRows(options.db, { regionId: region.id, today: helsinkiToday(options.now ?? new Date()), limit: FEED_SIZE, offset: 0 });
  return buildAtomFeed({
    selfUrl: abs(`/regions/${region.id}/news.xml`),
    pageUrl: abs(`/regions/${region.id}/news`),
    lang: options.lang,
    title: `${t('news.list.title')} – ${name}`,
    subtitle: t('news.feed.subtitle', { region: name }),
    authorName: `${t('site.name')} – ${name}`,
    fallbackUpdated: helsinkiMidnight('2026-01-01'),
    entries: rows.map((row) => {
      const item = toNewsItemView(row, options.lang);
      const published = helsinkiMidnight(item.publishOn);
      return {
        id: item.id,
        title: item.title,
        url: abs(`/regions/${region.id}/news/${item.id}`),
        lang: item.lang,
        published,
        updated: item.updatedAt > published ? item.updatedAt : published,
        authorName: item.organization?.name ?? name,
        category: { term: item.kind, label: t(`news.kind.${item.kind}`) },
        summary: item.summary,
        html: item.html,
      };
    }),
  });
}
