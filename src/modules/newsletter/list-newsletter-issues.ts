import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { countSubscribers, listIssues, type IssueRow, type RegionNames } from './newsletter.repo.js';
import { requireNewsletterRegion } from './require-newsletter-region.js';

export interface NewsletterOverview {
  region: RegionNames;
  subscribers: { confirmed: number; unconfirmed: number };
  issues: IssueRow[];
}

/** /admin/regions/{slug}/newsletter: the region's issues, newest first, and how many subscribe (counts only, never addresses). */
export async function listNewsletterIssues({ db, actor, slug }: { db: Database; actor: SessionUser; slug: string }): Promise<NewsletterOverview> {
  const region = await requireNewsletterRegion(db, actor, slug);
  const [subscribers, issues] = await Promise.all([countSubscribers(db, region.id), listIssues(db, region.id)]);
  return { region, subscribers, issues };
}
