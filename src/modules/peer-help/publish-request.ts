import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, notFound } from '../../platform/errors.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { canEditDraft, canSeeRequest } from './peer-help.policy.js';
import { matchesProfile } from './list-open-requests.js';
import { peerHelpNewRequestMail, peerHelpRequestConfirmationMail } from './peer-help.mail.js';
import { findRequest, listGroupIdsOfUser, listImmediateNoticeProfiles, moveRequest } from './peer-help.repo.js';
import { requestMailParams } from './request-context.js';

/**
 * Publishes a draft (the check page's "Julkaise", 3/3): it opens to helpers, and the requester gets the confirmation
 * e-mail with the request's reference, in the same transaction, and helpers who chose notices "at once" (profile)
 * and whom it matches are told. A draft missing step 2 cannot be published. (Those who chose the daily digest: send-request-digests.ts.)
 */
export async function publishRequest({ db, user, id }: { db: Database; user: SessionUser; id: string }): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const request = await findRequest(trx, id);
    if (!request || !canEditDraft(user, request)) throw notFound('peer help draft');
    if (!request.wishedTime) throw conflict('step 2 missing', { messageKey: 'peerHelp.error.incomplete' });
    if (!(await moveRequest(trx, id, ['draft'], 'open'))) throw notFound('peer help draft');
    await enqueueMail(trx, {
      to: user.email,
      lang: user.lang,
      template: peerHelpRequestConfirmationMail,
      params: { ...requestMailParams(request), hours: request.hours, wishedTime: request.wishedTime },
    });
    // Helpers who asked for notices at once and whom the request matches (and who may see it: a group's members).
    for (const p of await listImmediateNoticeProfiles(trx)) {
      if (p.userId === user.id || !matchesProfile(request, p)) continue;
      const helper = { id: p.userId, email: p.email, lang: p.lang, roles: [] };
      if (!canSeeRequest(helper, { ...request, status: 'open' }, await listGroupIdsOfUser(trx, p.userId, p.email))) continue;
      await enqueueMail(trx, { to: p.email, lang: p.lang, template: peerHelpNewRequestMail, params: requestMailParams(request) });
    }
    return request.reference;
  });
}
