import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { canWriteMessage } from './peer-help.policy.js';
import { insertMessage } from './peer-help.repo.js';
import { saveReadUpTo } from './peer-help-jobs.repo.js';
import { loadRequestContext } from './request-context.js';

/** A message in the request's conversation: the requester side and the selected helpers only (404 for others). */
export async function postMessage({ db, user, id, body }: { db: Database; user: SessionUser; id: string; body: string }): Promise<void> {
  const { request, applications } = await loadRequestContext(db, user, id);
  if (!canWriteMessage(user, request, applications)) throw notFound('conversation');
  await insertMessage(db, { id: newId(), requestId: id, authorId: user.id, body });
  await saveReadUpTo(db, { requestId: id, userId: user.id, upTo: null }); // the writer has read the conversation so far
}
