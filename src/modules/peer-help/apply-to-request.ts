import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { canApply } from './peer-help.policy.js';
import { peerHelpApplicationMail } from './peer-help.mail.js';
import { findProfileByUser, insertApplication } from './peer-help.repo.js';
import { loadRequestContext, mailAccounts, requestMailParams } from './request-context.js';

/** A helper applies with a message (once; a profile is needed, so the requester sees who they are). */
export async function applyToRequest({ db, user, id, message }: { db: Database; user: SessionUser; id: string; message: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { request, applications, groupIds } = await loadRequestContext(trx, user, id);
    if (!(await findProfileByUser(trx, user.id))) throw conflict('profile needed', { messageKey: 'peerHelp.error.profileNeeded', link: { labelKey: 'peerHelp.profile.title', path: '/peer-help/profile' } });
    if (!canApply(user, request, applications, groupIds)) throw conflict('cannot apply', { messageKey: 'peerHelp.error.cannotApply' });
    if (!(await insertApplication(trx, { id: newId(), requestId: id, helperId: user.id, message }))) throw conflict('already applied', { messageKey: 'peerHelp.error.cannotApply' });
    await mailAccounts(trx, [request.requesterId], peerHelpApplicationMail, requestMailParams(request));
  });
}
