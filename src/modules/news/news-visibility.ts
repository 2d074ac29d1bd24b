import type { NewsRow } from './news.repo.js';

/** What the public sees of an item today: shown, waiting for its publish date, expired, or not shown at all. */
export type Visibility = 'shown' | 'scheduled' | 'expired' | 'hidden' | 'awaiting_review' | 'rejected';

export function visibilityOf(row: Pick<NewsRow, 'status' | 'publishOn' | 'expiresOn'>, today: string): Visibility {
  if (row.status === 'awaiting_review') return 'awaiting_review';
  if (row.status === 'rejected') return 'rejected';
  if (row.status === 'unpublished') return 'hidden';
  if (row.publishOn > today) return 'scheduled';
  if (row.expiresOn !== null && row.expiresOn < today) return 'expired';
  return 'shown';
}
