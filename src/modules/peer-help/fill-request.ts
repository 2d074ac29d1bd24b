import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, notFound } from '../../platform/errors.js';
import { canSelect, isRequesterSide } from './peer-help.policy.js';
import { peerHelpThanksMail } from './peer-help.mail.js';
import { markOthersNotChosen, moveRequest } from './peer-help.repo.js';
import { loadRequestContext, mailAccounts, requestMailParams } from './request-context.js';

/**
 * "Ei, en valitse useampia": the requester side declares the request filled (at least one helper selected). It
 * leaves the open list, and the applicants not chosen get a kind thank-you.
 */
export async function fillRequest({ db, user, id }: { db: Database; user: SessionUser; id: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { request, applications } = await loadRequestContext(trx, user, id);
    if (!isRequesterSide(user, request)) throw notFound('peer help request');
    if (!canSelect(user, request)) throw conflict('not open', { messageKey: 'peerHelp.error.notOpen' });
    if (!applications.some((a) => a.status === 'selected')) throw conflict('nobody selected', { messageKey: 'peerHelp.error.nobodySelected' });
    if (!(await moveRequest(trx, id, ['open'], 'filled'))) throw conflict('not open', { messageKey: 'peerHelp.error.notOpen' });
    await thankOthers(trx, request.id, requestMailParams(request));
  });
}

/** Marks the remaining applicants not chosen and thanks them (also when a helper marks the task done early). */
export async function thankOthers(db: Database, requestId: string, params: ReturnType<typeof requestMailParams>): Promise<void> {
  const others = await markOthersNotChosen(db, requestId);
  await mailAccounts(db, others, peerHelpThanksMail, params);
}
