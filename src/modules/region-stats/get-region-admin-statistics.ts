import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { getRegionStatistics, type RegionStatistics } from './get-region-statistics.js';
import { canSeeAdminStatistics } from './region-stats.policy.js';
import { countConfirmedNewsletterSubscribers, countNewsByMonth, countNewsletterIssuesByMonth, countNewsletterMailsByMonth, countPortalFeedbackByMonth, countSearchesByMonth, countZeroResultSearchesByMonth } from './region-stats.repo.js';
import { helsinkiMonthStart, lastTwelveMonths } from './stats-months.js';

export interface MonthRow {
  month: string;
  /** Searches limited to one of the region's municipalities (first pages only), and those that found nothing. */
  searches: number;
  zeroResultSearches: number;
  news: number;
  announcements: number;
  feedback: number;
  /** Newsletter issues sent, and their e-mails queued (one per recipient). */
  newsletterIssues: number;
  newsletterMails: number;
}

export interface RegionAdminStatistics extends RegionStatistics {
  /** The last twelve Finnish calendar months, oldest first, every month present. */
  months: MonthRow[];
  /** Confirmed newsletter subscribers now. */
  newsletterSubscribers: number;
}

/**
 * What a region's administrators see besides the public figures: per month, searches limited to the region and those
 * that found nothing, published news and announcements, portal feedback, newsletter issues and e-mails sent; the
 * newsletter's confirmed subscribers now. Counts only. NOT_FOUND for anybody else.
 */
export async function getRegionAdminStatistics({ db, actor, slug, lang, now }: { db: Database; actor: SessionUser; slug: string; lang: Lang; now: Date }): Promise<RegionAdminStatistics> {
  if (!canSeeAdminStatistics(actor, slug)) throw notFound('region');
  const base = await getRegionStatistics({ db, slug, lang, now });
  if (!base) throw notFound('region');
  const { months } = lastTwelveMonths(now);
  const [y, m] = months[0]!.split('-').map(Number) as [number, number];
  const since = helsinkiMonthStart(y, m);
  const [searches, zero, news, feedback, issues, mails, subscribers] = await Promise.all([
    countSearchesByMonth(db, slug, since),
    countZeroResultSearchesByMonth(db, slug, since),
    countNewsByMonth(db, slug, `${months[0]}-01`),
    countPortalFeedbackByMonth(db, slug, since),
    countNewsletterIssuesByMonth(db, slug, since),
    countNewsletterMailsByMonth(db, slug, since),
    countConfirmedNewsletterSubscribers(db, slug),
  ]);
  const rows = months.map((month) => ({
    month,
    searches: searches.find((z) => z.month === month)?.n ?? 0,
    zeroResultSearches: zero.find((z) => z.month === month)?.n ?? 0,
    news: news.find((n) => n.month === month && n.kind === 'news')?.n ?? 0,
    announcements: news.find((n) => n.month === month && n.kind === 'announcement')?.n ?? 0,
    feedback: feedback.find((f) => f.month === month)?.n ?? 0,
    newsletterIssues: issues.find((f) => f.month === month)?.n ?? 0,
    newsletterMails: mails.find((f) => f.month === month)?.n ?? 0,
  }));
  return { ...base, months: rows, newsletterSubscribers: subscribers };
}
