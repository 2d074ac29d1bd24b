import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { canReadConversation, isRequesterSide, isSelectedHelper } from './peer-help.policy.js';
import { loadRequestContext } from './request-context.js';

/**
 * Who may reach an action route on a request at all (the routes' guard, before the form is read; the use case then
 * checks the whole policy again with the request's state): `see` anyone who may see the request, `requester` the
 * requester side, `conversation` the requester side and the selected helpers, `helper` a selected helper. Anybody
 * else gets 404, as if the request did not exist.
 */
export type RequestAccess = 'see' | 'requester' | 'conversation' | 'helper';

export async function authorizeRequestAction({ db, user, id, access }: { db: Database; user: SessionUser; id: string; access: RequestAccess }): Promise<void> {
  const { request, applications } = await loadRequestContext(db, user, id);
  const allowed =
    access === 'see' ||
    (access === 'requester' && isRequesterSide(user, request)) ||
    (access === 'conversation' && canReadConversation(user, request, applications)) ||
    (access === 'helper' && isSelectedHelper(user, applications));
  if (!allowed) throw notFound('peer help request');
}
