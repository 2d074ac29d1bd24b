import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import type { SubmissionStatus } from '../../platform/db/schema.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { requireReviewScope } from './review.policy.js';
import { countSubmissionsByStatus, listMunicipalityNamesByCode, listSubmissions } from './review.repo.js';

export const QUEUE_STATUSES = ['awaiting_review', 'returned', 'approved', 'rejected', 'withdrawn'] as const satisfies readonly SubmissionStatus[];
export type QueueStatus = (typeof QUEUE_STATUSES)[number];
export const QUEUE_PAGE_SIZE = 50;

export interface QueueItem {
  id: string;
  kind: 'join' | 'change';
  status: SubmissionStatus;
  organizationName: string;
  municipalities: string[];
  submittedAt: Date | null;
  /** Whole days since it was sent. */
  ageDays: number;
}

export interface ReviewQueue {
  status: QueueStatus;
  items: QueueItem[];
  total: number;
  counts: Record<QueueStatus, number>;
  /** The reviewer sees every region (a platform administrator). */
  allRegions: boolean;
}

/**
 * The submissions of one state within the actor's regions, oldest first, with counts of every state.
 * Throws FORBIDDEN for someone who administers no region.
 */
export async function listReviewQueue(options: {
  db: Database;
  actor: SessionUser;
  status: QueueStatus;
  lang: Lang;
  page: number;
  now?: Date;
}): Promise<ReviewQueue> {
  const scope = requireReviewScope(options.actor);
  const now = options.now ?? new Date();
  const [list, counts, names] = await Promise.all([
    listSubmissions(options.db, {
      status: options.status,
      regionIds: scope.regionIds,
      limit: QUEUE_PAGE_SIZE,
      offset: (options.page - 1) * QUEUE_PAGE_SIZE,
    }),
    countSubmissionsByStatus(options.db, scope.regionIds),
    listMunicipalityNamesByCode(options.db, options.lang),
  ]);
  return {
    status: options.status,
    allRegions: scope.regionIds === null,
    total: list.total,
    counts: Object.fromEntries(QUEUE_STATUSES.map((s) => [s, counts.get(s) ?? 0])) as Record<QueueStatus, number>,
    items: list.rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      status: r.status,
      organizationName: pick(options.lang, r.nameFi, r.nameSv, r.nameEn),
      municipalities: r.municipalityCodes.map((c) => names.get(c) ?? c),
      submittedAt: r.submittedAt,
      ageDays: r.submittedAt ? Math.max(0, Math.floor((now.getTime() - r.submittedAt.getTime()) / 86_400_000)) : 0,
    })),
  };
}
