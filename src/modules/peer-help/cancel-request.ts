import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, notFound } from '../../platform/errors.js';
import { canCancel, isRequesterSide } from './peer-help.policy.js';
import { peerHelpCancelledMail } from './peer-help.mail.js';
import { moveRequest } from './peer-help.repo.js';
import { loadRequestContext, mailAccounts, requestMailParams } from './request-context.js';

/** The requester side cancels an open or filled request (the only way to undo a selection); every applicant is told. */
export async function cancelRequest({ db, user, id }: { db: Database; user: SessionUser; id: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { request, applications } = await loadRequestContext(trx, user, id);
    if (!isRequesterSide(user, request)) throw notFound('peer help request');
    if (!canCancel(user, request) || !(await moveRequest(trx, id, ['open', 'filled'], 'cancelled'))) throw conflict('not cancellable', { messageKey: 'peerHelp.error.notOpen' });
    await mailAccounts(trx, applications.map((a) => a.helperId), peerHelpCancelledMail, requestMailParams(request));
  });
}
