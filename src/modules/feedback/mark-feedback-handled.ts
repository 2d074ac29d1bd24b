import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { findFeedback, setFeedbackHandled } from './feedback.repo.js';
import { canReadFeedback } from './feedback.policy.js';

/** "Merkitse käsitellyksi": by anyone who may read the message (404 for anybody else); done once. */
export async function markFeedbackHandled({ db, actor, id }: { db: Database; actor: SessionUser; id: string }): Promise<void> {
  const row = await findFeedback(db, id);
  if (!row || !(await canReadFeedback(db, actor, row))) throw notFound('feedback');
  await setFeedbackHandled(db, { id, userId: actor.id });
}
