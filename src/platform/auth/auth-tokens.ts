import { createHash, randomBytes } from 'node:crypto';

/** Lifetimes of sign-in links and sessions. */
export const SIGN_IN_LINK_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 12;
export const SESSION_IDLE_MINUTES = 60;

/** A new secret: 32 random bytes, URL-safe. Only its hash is ever stored. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 of a secret, hex: what the database keeps instead of the secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Trimmed and lower-cased, so that one address is one account whatever its spelling. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A deliberately simple check (something@something.tld, no spaces); the link mail is the real proof. */
export function isPlausibleEmail(email: string): boolean {
  return email.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
}

/**
 * A page to return to after signing in, from a query or form value: only a maintainer's own pages (`/my/…`, with an
 * optional /sv or /en prefix; letters, digits, '-', '_' and '/'), so a link can never send anyone off the site.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 300) return null;
  return /^\/(?:(?:sv|en)\/)?my\/[A-Za-z0-9/_-]*$/.test(value) && !value.includes('//') ? value : null;
}
