import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, notFound } from '../../platform/errors.js';
import { canApprove, isRequesterSide } from './peer-help.policy.js';
import { moveRequest } from './peer-help.repo.js';
import { loadRequestContext } from './request-context.js';

/** The requester side approves the work marked done; then both sides may give feedback. */
export async function approveRequest({ db, user, id }: { db: Database; user: SessionUser; id: string }): Promise<void> {
  const { request } = await loadRequestContext(db, user, id);
  if (!isRequesterSide(user, request)) throw notFound('peer help request');
  if (!canApprove(user, request) || !(await moveRequest(db, id, ['done'], 'approved'))) throw conflict('not done', { messageKey: 'peerHelp.error.notDone' });
}
