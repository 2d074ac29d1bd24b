import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, notFound } from '../../platform/errors.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { canEditDraft } from './peer-help.policy.js';
import { peerHelpRequestConfirmationMail } from './peer-help.mail.js';
import { findRequest, moveRequest } from './peer-help.repo.js';
import { requestMailParams } from './request-context.js';

/**
 * Publishes a draft (the check page's "Julkaise", 3/3): it opens to helpers, and the requester gets the confirmation
 * e-mail with the request's reference, in the same transaction. A draft missing step 2 cannot be published.
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
    return request.reference;
  });
}
