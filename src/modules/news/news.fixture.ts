import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { insertNewsRow } from './news.repo.js';

/**
 * Test helper (not loaded by the app): a published news item of a region (public since 2020, no expiry) and an
 * announcement of an organisation awaiting review there. Used by the access-control matrix.
 */
export async function addTestNews(db: Database, options: { regionId: string; organizationId: string }): Promise<{ newsId: string; announcementId: string }> {
  const base = { lang: 'fi' as const, body: 'Testiteksti.', imageUrl: null, imageAlt: '', publishOn: '2020-01-01', expiresOn: null, createdBy: null };
  const newsId = newId();
  await insertNewsRow(db, { ...base, id: newsId, regionId: options.regionId, kind: 'news', status: 'published', organizationId: null, title: 'Matriisiuutinen' });
  const announcementId = newId();
  await insertNewsRow(db, { ...base, id: announcementId, regionId: options.regionId, kind: 'announcement', status: 'awaiting_review', organizationId: options.organizationId, title: 'Matriisi-ilmoitus' });
  return { newsId, announcementId };
}
