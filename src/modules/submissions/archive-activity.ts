import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { rebuildSearchIndex } from '../search/rebuild-search-index.js';
import { MAX_REASON, type ArchiveResult } from './archive-organization.js';
import { archiveActivityRow, findActivitySummary, isMaintainerOf } from './submissions.repo.js';

/**
 * A maintainer archives one activity of the organisation with a reason: at once, audited, out of search in the
 * same transaction. NOT_FOUND for anyone but a maintainer of the activity's organisation.
 */
export async function archiveActivity({
  db,
  organizationId,
  activityId,
  reason,
  userId,
}: {
  db: Database;
  organizationId: string;
  activityId: string;
  reason: string;
  userId: string;
}): Promise<ArchiveResult> {
  if (!isUuid(organizationId) || !isUuid(activityId)) throw notFound('activity');
  const why = reason.trim();
  return db.transaction().execute(async (trx) => {
    if (!(await isMaintainerOf(trx, userId, organizationId))) throw notFound('organisation');
    const activity = await findActivitySummary(trx, organizationId, activityId);
    if (!activity || activity.status === 'archived') throw notFound('activity');
    if (!why) return { ok: false, error: 'submissions.error.archiveReason' };
    if (why.length > MAX_REASON) return { ok: false, error: 'submissions.error.tooLong' };
    await archiveActivityRow(trx, activityId, why);
    await recordAudit(trx, {
      actorId: userId,
      action: 'activity.archive',
      subjectType: 'activity',
      subjectId: activityId,
      organizationId,
      fromState: activity.status,
      toState: 'archived',
      detail: { reason: why },
    });
    await rebuildSearchIndex({ db: trx, activityIds: [activityId] });
    return { ok: true };
  });
}
