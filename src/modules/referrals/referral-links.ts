import { hashSecret, newSecret } from '../../platform/auth/auth-tokens.js';
import { LINK_DAYS } from './referrals.types.js';

/**
 * The link in the e-mail to a recipient organisation: `/contact-requests/open/<token>`. The token is 32 random
 * bytes; only its SHA-256 is stored (contact_request_recipient.link_token_hash) with its expiry, so a database
 * leak gives no working link and a tampered token matches nothing.
 */
export function newRecipientLink(now: Date = new Date()): { token: string; tokenHash: string; expiresAt: Date } {
  const token = newSecret();
  return { token, tokenHash: hashSecret(token), expiresAt: new Date(now.getTime() + LINK_DAYS * 86_400_000) };
}

export function hashRecipientToken(token: string): string {
  return hashSecret(token);
}

export function recipientLinkPath(token: string): string {
  return `/contact-requests/open/${token}`;
}
