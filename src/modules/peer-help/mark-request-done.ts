import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict } from '../../platform/errors.js';
import { canMarkDone } from './peer-help.policy.js';
import { peerHelpDoneMail } from './peer-help.mail.js';
import { moveRequest } from './peer-help.repo.js';
import { thankOthers } from './fill-request.js';
import { loadRequestContext, mailAccounts, requestMailParams } from './request-context.js';

/** A selected helper marks the task done; the requester is asked to approve. Applicants still waiting are thanked. */
export async function markRequestDone({ db, user, id }: { db: Database; user: SessionUser; id: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { request, applications } = await loadRequestContext(trx, user, id);
    if (!canMarkDone(user, request, applications) || !(await moveRequest(trx, id, ['open', 'filled'], 'done'))) throw conflict('cannot mark done', { messageKey: 'peerHelp.error.cannotDone' });
    await thankOthers(trx, id, requestMailParams(request));
    await mailAccounts(trx, [request.requesterId], peerHelpDoneMail, requestMailParams(request));
  });
}
