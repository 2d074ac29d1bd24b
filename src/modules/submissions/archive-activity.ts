import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/database.js';
import { requireMaintainer } from '../../platform/auth/access.policy.js';
import { notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { rebuildSearchIndex } from '../search/rebuild-search-index.js';
import { requireArchiveReason } from './archive-organization.js';
import { archiveActivityRow, findActivitySummary } from './submissions.repo.js';

/**
 * A maintainer archives one activity of the organisation with a reason: at once, audited, out of search in the
 * same transaction. NOT_FOUND for anyone but a maintainer of the activity's organisation, or for an activity that is
 * not a live one of it; then `invalidInput({ reason })` without a reason.
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
}): Promise<void> {
  if (!isUuid(organizationId) || !isUuid(activityId)) throw notFound('activity');
  return db.transaction().execute(async (trx) => {
    await requireMaintainer(trx, { userId, organizationId });
    const activity = await findActivitySummary(trx, organizationId, activityId);
    if (!activity || activity.status === 'archived') throw notFound('activity');
    const why = requireArchiveReason(reason);
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
  });
}
