import { adminScope } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { listAwaitingAnnouncementRows } from './news.repo.js';

export interface AnnouncementQueueItem {
  id: string;
  title: string;
  organizationName: string;
  regionName: string;
  sentAt: Date;
}

/**
 * The announcements awaiting review in the actor's regions (every region for a platform administrator), oldest
 * first: the review queue shows them beside the submissions. Someone who administers nothing gets an empty list.
 */
export async function listAnnouncementsForReview(options: { db: Database; actor: SessionUser; lang: Lang }): Promise<AnnouncementQueueItem[]> {
  const scope = adminScope(options.actor);
  if (!scope) return [];
  const rows = await listAwaitingAnnouncementRows(options.db, scope.regionIds);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    organizationName: r.organization ? pick(options.lang, r.organization.nameFi, r.organization.nameSv, r.organization.nameEn) : '',
    regionName: r.regionName,
    sentAt: r.createdAt,
  }));
}
