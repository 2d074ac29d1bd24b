import type { Database } from '../../platform/db/database.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { REFERENCE_PATTERN } from './contact-details.js';
import { findSentRequest } from './contact-request.repo.js';

/**
 * The confirmation page names the organisations for this long after sending; later (or for an unknown reference)
 * it shows a generic text, so that an old address in a shared computer's history tells nothing.
 */
export const CONFIRMATION_HOURS = 24;

export interface ContactRequestConfirmation {
  reference: string;
  /** The recipient organisations' names in the page's language. */
  organizations: string[];
}

/**
 * A sent request's confirmation: its reference and to whom it went (no personal field is read). Null when the
 * reference is malformed, unknown or older than CONFIRMATION_HOURS.
 */
export async function getContactRequestConfirmation(options: { db: Database; reference: string; lang: Lang; now?: Date }): Promise<ContactRequestConfirmation | null> {
  const reference = options.reference.toUpperCase();
  if (!REFERENCE_PATTERN.test(reference)) return null;
  const sent = await findSentRequest(options.db, reference);
  const now = options.now ?? new Date();
  if (!sent || now.getTime() - sent.createdAt.getTime() > CONFIRMATION_HOURS * 3_600_000) return null;
  return { reference: sent.reference, organizations: sent.organizations.map((n) => pick(options.lang, n.fi, n.sv, n.en)) };
}
