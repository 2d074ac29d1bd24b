import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Database } from '../../platform/db/database.js';
import { requireReferralAdminScope } from './retention.policy.js';
import { deletePersonalMails, eraseRequests, findRequestsByLookup } from './retention.repo.js';
import type { ContactToErase } from './retention.schema.js';

export interface ErasedByContact {
  /** How many requests lost their personal data now. */
  erased: number;
  references: string[];
}

/**
 * The right to erasure, by an administrator: every request (in the administrator's regions; FORBIDDEN for anyone
 * else) holding the phone number or e-mail address loses its personal data at once, as in the scheduled erasure
 * (retention.repo.ts), with the recipients' notes and the e-mails addressed to the client or professional about
 * it. One transaction; each erased request gets an audit entry naming the administrator, the count and the
 * reference, never the phone number or address.
 */
export async function eraseByContact(options: { db: Database; cipher: FieldCipher; actor: SessionUser; contact: ContactToErase; now?: Date }): Promise<ErasedByContact> {
  const scope = requireReferralAdminScope(options.actor);
  const now = options.now ?? new Date();
  const lookup = options.cipher.lookupHash(options.contact.value);
  const field = options.contact.kind === 'phone' ? 'phone_lookup' : 'email_lookup';
  return options.db.transaction().execute(async (trx) => {
    const found = await findRequestsByLookup(trx, { lookup, field, regionIds: scope.regionIds });
    const erased = await eraseRequests(trx, { ids: found.map((r) => r.id), now });
    const references = erased.map((r) => r.reference);
    for (const r of erased) {
      await recordAudit(trx, {
        actorId: options.actor.id,
        action: 'contact_request.erase',
        subjectType: 'contact_request',
        subjectId: r.id,
        organizationId: r.organizationId,
        toState: 'erased',
        detail: { reason: 'right_to_erasure', matchedBy: options.contact.kind, count: erased.length, reference: r.reference },
      });
    }
    await deletePersonalMails(trx, references);
    return { erased: erased.length, references };
  });
}
