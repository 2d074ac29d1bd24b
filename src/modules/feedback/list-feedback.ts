import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { listFeedbackRows, type FeedbackRow } from './feedback.repo.js';
import { feedbackScope } from './feedback.policy.js';

export type FeedbackListItem = Omit<FeedbackRow, 'messageEnc' | 'replyEmailEnc'>;

/** The feedback the user may read, newest first, without the messages (they are shown one at a time). */
export async function listFeedback({ db, actor }: { db: Database; actor: SessionUser }): Promise<FeedbackListItem[]> {
  const rows = await listFeedbackRows(db, feedbackScope(actor));
  return rows.map(({ messageEnc: _m, replyEmailEnc: _r, ...rest }) => rest);
}
