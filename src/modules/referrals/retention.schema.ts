import { z } from 'zod';
import { normalizeContactEmail, normalizePhone } from './contact-details.js';

/**
 * Input of the right to erasure (/admin/contact-requests/erase): one field, a phone number or an e-mail address,
 * normalised exactly as the sending side stores it (contact-details.ts: E.164 / trimmed lower case), so that its
 * keyed look-up hash finds the same requests.
 */

export interface ContactToErase {
  kind: 'phone' | 'email';
  /** Normalised: "+358401234567" or "nimi@example.org". */
  value: string;
}

/** "040 123 4567", "+46 70 123 45 67" or "Nimi@Example.org" → the normalised value, or null. */
export function parseContactToErase(text: string): ContactToErase | null {
  if (text.includes('@')) {
    const email = normalizeContactEmail(text);
    return email ? { kind: 'email', value: email } : null;
  }
  const phone = normalizePhone(text);
  return phone ? { kind: 'phone', value: phone } : null;
}

export const eraseForm = z.object({
  contact: z
    .string('retention.erase.contactMissing')
    .trim()
    .min(1, 'retention.erase.contactMissing')
    .max(300, 'retention.erase.contactInvalid')
    .transform((text, ctx) => {
      const contact = parseContactToErase(text);
      if (!contact) {
        ctx.addIssue({ code: 'custom', message: 'retention.erase.contactInvalid' });
        return z.NEVER;
      }
      return contact;
    }),
});

export const erasedQuery = z.object({ erased: z.coerce.number().int().min(0).max(1_000_000).optional().catch(undefined) }).loose();
