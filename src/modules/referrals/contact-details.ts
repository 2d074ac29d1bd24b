import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { isPlausibleEmail, normalizeEmail } from '../../platform/auth/auth-tokens.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';

/**
 * How a client's phone number and e-mail address are normalised, so that the same number typed as "040 123 4567"
 * or "+358 40 1234567" is stored, hashed for look-ups and rate-limited as one value. The right to erasure
 * (retention / erase-*) hashes what an administrator types with the same functions.
 */

/** Only what a phone number is written with: digits, spaces, +, -, dots and brackets (no "ext", no letters). */
const PHONE_CHARACTERS = /^[+\d\s().-]+$/;

/**
 * A phone number in E.164 ("+358401234567"), or null when it is not a valid number. Finnish numbers may be written
 * without the country code ("040 123 4567"); international numbers need "+" or "00" ("+46 70 123 45 67").
 */
export function normalizePhone(text: string): string | null {
  const typed = text.trim();
  if (!typed || typed.length > 40 || !PHONE_CHARACTERS.test(typed)) return null;
  const phone = parsePhoneNumberFromString(typed, 'FI');
  return phone?.isValid() ? phone.number : null;
}

const emailFormat = z.email();

/** An e-mail address trimmed and lower-cased, or null when it does not look like one (or could not be mailed to). */
export function normalizeContactEmail(text: string): string | null {
  const email = normalizeEmail(text);
  return email && isPlausibleEmail(email) && emailFormat.safeParse(email).success ? email : null;
}

/** The keyed look-up hashes stored with a request (contact_request.phone_lookup / email_lookup). */
export function contactLookupHashes(cipher: FieldCipher, contact: { phone: string | null; email: string | null }): { phoneLookup: string | null; emailLookup: string | null } {
  return {
    phoneLookup: contact.phone ? cipher.lookupHash(contact.phone) : null,
    emailLookup: contact.email ? cipher.lookupHash(contact.email) : null,
  };
}

/**
 * Letters and digits of a reference code: no vowels (no words form by chance), and none of the look-alikes
 * 0 / O, 1 / I / L, 2 / Z, 5 / S, 8 / B, so it can be read aloud over the phone.
 */
export const REFERENCE_ALPHABET = 'CDFGHJKMNPQRTVWX34679';

/** A reference code "YP-XXXX-XXXX": random, with nothing personal in it (yhteydenottopyyntö). */
export function newReference(): string {
  const part = () => Array.from({ length: 4 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join('');
  return `YP-${part()}-${part()}`;
}

export const REFERENCE_PATTERN = new RegExp(`^YP-[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`);
