import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Database } from '../../platform/db/database.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { contactRequestFollowUpMail } from './follow-up.mail.js';
import { closeRequest, countNotActed, findRecipientById, findRecipientContext, findRequest, updateRecipientStatus } from './inbox.repo.js';
import { actorOf, requireRecipientAccess, type RecipientAccess } from './inbox.policy.js';
import type { StatusInput } from './inbox.schema.js';
import { ENCRYPTED_FIELDS } from './referrals.types.js';

export interface MarkResult {
  recipientId: string;
  /** The request was closed by this action (every recipient has now acted). */
  closed: boolean;
  /** A follow-up e-mail to the professional was queued. */
  followUp: boolean;
}

/**
 * A recipient organisation records what it did with a request: contacted, could not reach, or declined (with a
 * reason), and its internal note (encrypted). In one transaction:
 * 1. the recipient (through the signed link or a maintainer's account: inbox.policy.ts) and its request, locked;
 * 2. status, reason and note (none once the personal data is erased); `acted_at` on the first action;
 * 3. the audit entry (states and ids; whether the note changed, never its text);
 * 4. the request closes when every recipient has acted;
 * 5. a professional who left an address hears when the status becomes contacted or could not reach: the
 *    reference, the organisation and the outcome, in the language they used, with no client details.
 */
export async function markContactRequest(options: {
  db: Database;
  cipher: FieldCipher;
  access: RecipientAccess;
  input: StatusInput;
  now?: Date;
}): Promise<MarkResult> {
  const { cipher, input } = options;
  const now = options.now ?? new Date();
  return options.db.transaction().execute(async (trx) => {
    // 1. Checked access first; then the request locked and the recipient read again under that lock, so two people
    //    acting at once see each other's change (closing and the follow-up e-mail happen once).
    const checked = await requireRecipientAccess(trx, options.access, now);
    const request = await findRequest(trx, { id: checked.requestId, lock: true });
    const recipient = await findRecipientById(trx, { id: checked.id });
    const context = await findRecipientContext(trx, { recipientId: checked.id });
    if (!request || !recipient || !context) throw new Error('contact request recipient without its request');

    // 2. Once the personal data has been erased, no note is kept (it could bring personal data back).
    const oldNote = cipher.decryptOptional(context.noteEnc, ENCRYPTED_FIELDS.note) ?? '';
    const note = request.erasedAt ? '' : input.note;
    await updateRecipientStatus(trx, {
      recipientId: recipient.id,
      status: input.status,
      declineReason: input.declineReason,
      noteEnc: cipher.encryptOptional(note, ENCRYPTED_FIELDS.note),
      now,
    });

    // 3.
    await recordAudit(trx, {
      actorId: actorOf(options.access),
      action: 'contact_request.status',
      subjectType: 'contact_request',
      subjectId: request.id,
      organizationId: recipient.organizationId,
      fromState: recipient.status,
      toState: input.status,
      detail: {
        recipientId: recipient.id,
        via: options.access.via,
        ...(input.declineReason ? { declineReason: input.declineReason } : {}),
        noteChanged: oldNote !== note,
      },
    });

    // 4.
    let closed = false;
    if (!request.closedAt && (await countNotActed(trx, { requestId: request.id })) === 0) {
      closed = await closeRequest(trx, { requestId: request.id, now });
      if (closed) {
        await recordAudit(trx, {
          actorId: actorOf(options.access),
          action: 'contact_request.close',
          subjectType: 'contact_request',
          subjectId: request.id,
          organizationId: recipient.organizationId,
          fromState: 'open',
          toState: 'closed',
          detail: { recipientId: recipient.id },
        });
      }
    }

    // 5.
    let followUp = false;
    const becomes = input.status !== recipient.status && (input.status === 'contacted' || input.status === 'unreachable');
    if (becomes && request.senderKind === 'professional' && request.followUpEmailEnc && !request.erasedAt) {
      await enqueueMail(trx, {
        to: cipher.decrypt(request.followUpEmailEnc, ENCRYPTED_FIELDS.followUpEmail),
        lang: request.uiLang,
        template: contactRequestFollowUpMail,
        params: { reference: request.reference, organization: context.organization, outcome: input.status as 'contacted' | 'unreachable' },
        seal: cipher,
      });
      followUp = true;
    }
    return { recipientId: recipient.id, closed, followUp };
  });
}
