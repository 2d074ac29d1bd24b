import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, notFound } from '../../platform/errors.js';
import { canSelect, isRequesterSide } from './peer-help.policy.js';
import { peerHelpSelectedMail } from './peer-help.mail.js';
import { selectApplication } from './peer-help.repo.js';
import { loadRequestContext, mailAccounts, requestMailParams } from './request-context.js';

/**
 * The requester side selects one applicant while the request is open; the helper is told. A selection is final: the
 * update only moves an application from "applied" to "selected", so no request can take it back (409 when it is
 * already selected or the request is no longer open).
 */
export async function selectHelper({ db, user, id, applicationId }: { db: Database; user: SessionUser; id: string; applicationId: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { request, applications } = await loadRequestContext(trx, user, id);
    if (!isRequesterSide(user, request)) throw notFound('peer help request');
    if (!canSelect(user, request)) throw conflict('not open', { messageKey: 'peerHelp.error.notOpen' });
    const application = applications.find((a) => a.id === applicationId);
    if (!application) throw notFound('application');
    if (!(await selectApplication(trx, id, applicationId))) throw conflict('already decided', { messageKey: 'peerHelp.error.alreadySelected' });
    await mailAccounts(trx, [application.helperId], peerHelpSelectedMail, requestMailParams(request));
  });
}
