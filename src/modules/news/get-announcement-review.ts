import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { toNewsItemView, type NewsItemView } from './news-item.js';
import { requireRegionNewsEditor } from './news.policy.js';
import { findNewsRow } from './news.repo.js';
import { findRegionNames } from '../regions/regions.repo.js';

export interface AnnouncementReview {
  item: NewsItemView;
  /** The Markdown as sent. */
  body: string;
  regionName: string;
}

/**
 * An announcement for its reviewer: NOT_FOUND when there is no such announcement, FORBIDDEN when the actor does not
 * administer its region. The route calls this before it reads the decision form, and the form's page shows it.
 */
export async function getAnnouncementReview(options: { db: Database; actor: SessionUser; id: string; lang: Lang }): Promise<AnnouncementReview> {
  const row = await findNewsRow(options.db, options.id);
  if (!row || row.kind !== 'announcement') throw notFound('announcement');
  requireRegionNewsEditor(options.actor, row.regionId);
  const region = await findRegionNames(options.db, row.regionId);
  return { item: toNewsItemView(row, options.lang), body: row.body, regionName: region ? pick(options.lang, region.nameFi, region.nameSv, region.nameEn) : row.regionId };
}
