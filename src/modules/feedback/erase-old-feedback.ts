import type { Database } from '../../platform/db/database.js';
import { deleteFeedbackBefore } from './feedback.repo.js';
import { FEEDBACK_RETENTION_DAYS } from './feedback.types.js';

/** Deletes feedback (message and reply address) sent more than FEEDBACK_RETENTION_DAYS ago; returns how many went. */
export async function eraseOldFeedback({ db, now }: { db: Database; now: Date }): Promise<number> {
  return deleteFeedbackBefore(db, new Date(now.getTime() - FEEDBACK_RETENTION_DAYS * 24 * 60 * 60_000));
}
