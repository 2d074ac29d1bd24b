import type { Database } from '../../platform/db/database.js';
import { invalidInput, notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import type { ActivityDraft } from './draft.types.js';
import { saveDraft } from './save-draft.js';
import { findActivitySummary } from './submissions.repo.js';

export const MAX_REMOVE_REASON = 1000;

/**
 * "Remove" on an activity of the draft, three cases:
 * - an activity marked for archiving: the mark is undone (it stays);
 * - a published activity: marked `archived: { reason }`, archived when the change is approved; the reason is
 *   required (`invalidInput({ reason })`, nothing saved);
 * - an activity that exists only in the draft: deleted from it.
 * NOT_FOUND when the activity is not in the draft.
 */
export async function removeDraftActivity({
  db,
  submissionId,
  activityId,
  userId,
  reason,
}: {
  db: Database;
  submissionId: string;
  activityId: string;
  userId: string;
  reason: string;
}): Promise<void> {
  const why = reason.trim().slice(0, MAX_REMOVE_REASON);
  await saveDraft({
    db,
    submissionId,
    userId,
    step: 'activities',
    change: async (d, { db: trx, submission }) => {
      const activity = d.activities.find((a) => a.id === activityId);
      if (!activity) throw notFound('activity');
      const replace = (next: ActivityDraft | null) => ({
        ...d,
        activities: d.activities.flatMap((a) => (a.id !== activityId ? [a] : next ? [next] : [])),
      });
      if (activity.archived) {
        const { archived: _archived, ...kept } = activity;
        return replace(kept);
      }
      const stored = isUuid(activityId) ? await findActivitySummary(trx, submission.organizationId, activityId) : null;
      if (!stored || stored.status === 'archived') return replace(null);
      if (!why) throw invalidInput({ reason: 'submissions.error.archiveReason' });
      return replace({ ...activity, archived: { reason: why } });
    },
  });
}
