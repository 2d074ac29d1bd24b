import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Database } from '../../platform/db/database.js';
import { loadContactRequestView, recordRead, type ContactRequestView } from './inbox.detail.js';
import { findRecipientContext, findRequest, markOpened, type Names } from './inbox.repo.js';
import { actorOf, findLinkRecipient, requireRecipientAccess, type RecipientAccess } from './inbox.policy.js';

/**
 * What the signed link's first page shows (the GET, which changes nothing: mail scanners follow links): the
 * organisation's name and the request's reference. Null when the link is unknown, expired or tampered with.
 */
export async function getRecipientLink(options: { db: Database; token: string; now?: Date }): Promise<{ organization: Names; reference: string } | null> {
  const recipient = await findLinkRecipient(options.db, { token: options.token, now: options.now ?? new Date() });
  if (!recipient) return null;
  const [context, request] = await Promise.all([
    findRecipientContext(options.db, { recipientId: recipient.id }),
    findRequest(options.db, { id: recipient.requestId }),
  ]);
  if (!context || !request) return null;
  return { organization: context.organization, reference: request.reference };
}

/**
 * Opens a request for its recipient organisation ("Avaa pyyntö" behind the signed link, or a maintainer's inbox):
 * a new recipient becomes opened, the reading is audited (no personal data in the entry), and the request is
 * returned with the client's details decrypted. Throws GONE for an unusable link, NOT_FOUND for a recipient the
 * user may not read.
 */
export async function openContactRequest(options: { db: Database; cipher: FieldCipher; access: RecipientAccess; now?: Date }): Promise<ContactRequestView> {
  const now = options.now ?? new Date();
  return options.db.transaction().execute(async (trx) => {
    const recipient = await requireRecipientAccess(trx, options.access, now);
    const opened = await markOpened(trx, { recipientId: recipient.id, now });
    await recordRead(trx, { recipient, actorId: actorOf(options.access), via: options.access.via, opened });
    const current = opened ? { ...recipient, status: 'opened' as const, openedAt: now } : recipient;
    return loadContactRequestView(trx, options.cipher, current);
  });
}
