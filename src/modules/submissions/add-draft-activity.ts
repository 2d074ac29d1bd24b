import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { emptyActivity } from './draft.schema.js';
import { saveDraft } from './save-draft.js';

/** Adds an empty activity to the draft; returns its id (its form comes next). */
export async function addDraftActivity({ db, submissionId, userId }: { db: Database; submissionId: string; userId: string }): Promise<string> {
  const activityId = newId();
  await saveDraft({ db, submissionId, userId, step: 'activities', change: (d) => ({ ...d, activities: [...d.activities, emptyActivity(activityId)] }) });
  return activityId;
}
