import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Database } from '../../platform/db/database.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { findRecipientContext, findRequest, listOtherRecipientNames, type Names, type RecipientRow } from './inbox.repo.js';
import { ENCRYPTED_FIELDS, type ContactLang, type DeclineReason, type RecipientStatus, type SenderKind } from './referrals.types.js';

/**
 * One contact request as a recipient organisation sees it (through its signed link or in the maintainers' inbox):
 * the client's details decrypted, who sent it, the other organisations it went to (names only), this recipient's
 * status and internal note. Built only by the use cases that audit the reading.
 */
export interface ContactRequestView {
  recipientId: string;
  reference: string;
  organization: Names;
  activity: Names | null;
  status: RecipientStatus;
  declineReason: DeclineReason | null;
  note: string | null;
  createdAt: Date;
  openedAt: Date | null;
  actedAt: Date | null;
  closedAt: Date | null;
  linkExpiresAt: Date;
  sender: { kind: SenderKind; unit: string | null };
  contactLang: ContactLang;
  /** Null once the personal data has been erased. */
  client: { firstName: string | null; phone: string | null; email: string | null; preferredTime: string | null; message: string | null } | null;
  otherOrganizations: Names[];
}

/** How the recipient organisation reached the request: its signed link, or a maintainer's account. */
export type ReadVia = 'link' | 'account';

export async function loadContactRequestView(db: Database, cipher: FieldCipher, recipient: RecipientRow): Promise<ContactRequestView> {
  const [request, context, others] = await Promise.all([
    findRequest(db, { id: recipient.requestId }),
    findRecipientContext(db, { recipientId: recipient.id }),
    listOtherRecipientNames(db, { requestId: recipient.requestId, exceptRecipientId: recipient.id }),
  ]);
  if (!request || !context) throw new Error('contact request recipient without its request or organisation');
  const f = ENCRYPTED_FIELDS;
  return {
    recipientId: recipient.id,
    reference: request.reference,
    organization: context.organization,
    activity: context.activity,
    status: recipient.status,
    declineReason: recipient.declineReason,
    note: cipher.decryptOptional(context.noteEnc, f.note),
    createdAt: request.createdAt,
    openedAt: recipient.openedAt,
    actedAt: recipient.actedAt,
    closedAt: request.closedAt,
    linkExpiresAt: recipient.linkExpiresAt,
    sender: { kind: request.senderKind, unit: openSenderUnit(cipher, request.senderUnitEnc) },
    contactLang: request.contactLang,
    client: request.erasedAt
      ? null
      : {
          firstName: cipher.decryptOptional(request.firstNameEnc, f.firstName),
          phone: cipher.decryptOptional(request.phoneEnc, f.phone),
          email: cipher.decryptOptional(request.emailEnc, f.email),
          preferredTime: cipher.decryptOptional(request.preferredTimeEnc, f.preferredTime),
          message: cipher.decryptOptional(request.messageEnc, f.message),
        },
    otherOrganizations: others,
  };
}

/**
 * The professional's unit, decrypted. Requests sent before the unit was encrypted hold it in clear (they are erased
 * within CONTACT_REQUEST_ERASE_AFTER_DAYS like every request): such a value does not decrypt and is shown as it is.
 */
function openSenderUnit(cipher: FieldCipher, stored: string | null): string | null {
  if (stored === null) return null;
  try {
    return cipher.decrypt(stored, ENCRYPTED_FIELDS.senderUnit);
  } catch {
    return stored;
  }
}

/** The audit entry of one reading (no personal data: ids, how it was reached, the status change if any). */
export async function recordRead(
  db: Database,
  options: { recipient: RecipientRow; actorId: string | null; via: ReadVia; opened: boolean },
): Promise<void> {
  await recordAudit(db, {
    actorId: options.actorId,
    action: 'contact_request.read',
    subjectType: 'contact_request',
    subjectId: options.recipient.requestId,
    organizationId: options.recipient.organizationId,
    fromState: options.opened ? 'new' : null,
    toState: options.opened ? 'opened' : null,
    detail: { recipientId: options.recipient.id, via: options.via },
  });
}
