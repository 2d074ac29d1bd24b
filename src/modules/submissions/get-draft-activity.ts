import type { Database } from '../../platform/db/database.js';
import { isUuid } from '../../platform/ids.js';
import type { ActivityDraft } from './draft.types.js';
import { getSubmission, type SubmissionView } from './get-submission.js';
import { findActivitySummary } from './submissions.repo.js';

export interface DraftActivityView {
  view: SubmissionView;
  activity: ActivityDraft;
  /** Whether the activity is published in the directory (removing it then archives it, with a reason). */
  published: boolean;
}

/** One activity of a submission the user may see, with whether it is published; null when either is not there. */
export async function getDraftActivity({
  db,
  submissionId,
  activityId,
  userId,
}: {
  db: Database;
  submissionId: string;
  activityId: string;
  userId: string;
}): Promise<DraftActivityView | null> {
  const view = await getSubmission({ db, submissionId, userId });
  const activity = view?.draft.activities.find((a) => a.id === activityId);
  if (!view || !activity) return null;
  const stored = isUuid(activityId) ? await findActivitySummary(db, view.organizationId, activityId) : null;
  return { view, activity, published: !!stored && stored.status !== 'archived' };
}
