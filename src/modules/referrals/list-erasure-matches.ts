import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Database } from '../../platform/db/database.js';
import { requireReferralAdminScope } from './retention.policy.js';
import { findRequestsByLookup } from './retention.repo.js';
import type { ContactToErase } from './retention.schema.js';

export interface ErasureMatch {
  reference: string;
  createdAt: Date;
  closedAt: Date | null;
}

/**
 * The requests (not yet erased) holding a phone number or e-mail address, for the right to erasure: found by the
 * keyed look-up hash of the normalised value (nothing is decrypted), limited to the administrator's regions
 * (FORBIDDEN for anyone else). Only references and dates are returned; a regional administrator learns nothing of
 * requests outside their regions, not even how many there are.
 */
export async function listErasureMatches(options: { db: Database; cipher: FieldCipher; actor: SessionUser; contact: ContactToErase }): Promise<ErasureMatch[]> {
  const scope = requireReferralAdminScope(options.actor);
  const rows = await findRequestsByLookup(options.db, {
    lookup: options.cipher.lookupHash(options.contact.value),
    field: options.contact.kind === 'phone' ? 'phone_lookup' : 'email_lookup',
    regionIds: scope.regionIds,
  });
  return rows.map((r) => ({ reference: r.reference, createdAt: r.createdAt, closedAt: r.closedAt }));
}
