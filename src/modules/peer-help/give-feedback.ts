import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { canGiveFeedback } from './peer-help.policy.js';
import { insertFeedback, listFeedbackOnRequest } from './peer-help.repo.js';
import { loadRequestContext } from './request-context.js';

/**
 * Feedback after approval (a rating 1–5 and a comment), shown on the receiver's profile. Only between the requester
 * side and the selected helpers, once per giver and receiver (the unique index holds even against two tabs).
 */
export async function giveFeedback({ db, user, id, to, rating, comment }: { db: Database; user: SessionUser; id: string; to: string; rating: number; comment: string }): Promise<void> {
  const { request, applications } = await loadRequestContext(db, user, id);
  const given = await listFeedbackOnRequest(db, id);
  if (!canGiveFeedback(user, request, applications, given, to)) throw conflict('feedback not allowed', { messageKey: 'peerHelp.error.feedback' });
  if (!(await insertFeedback(db, { id: newId(), requestId: id, fromUserId: user.id, toUserId: to, rating, comment }))) throw conflict('feedback given', { messageKey: 'peerHelp.error.feedback' });
}
