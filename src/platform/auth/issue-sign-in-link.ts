import type { Database } from '../db/database.js';
import { newId } from '../ids.js';
import { findUserByEmail, insertLoginToken } from './auth.repo.js';
import { hashSecret, newSecret, normalizeEmail, SIGN_IN_LINK_MINUTES } from './auth-tokens.js';

/**
 * Makes a one-time sign-in link for a known user WITHOUT e-mailing it, for the operator's console only
 * (`npm run admin:create` when no SMTP server is configured). Returns the token, or null for an unknown address.
 */
export async function issueSignInLink(options: { db: Database; email: string }): Promise<string | null> {
  const email = normalizeEmail(options.email);
  const user = await findUserByEmail(options.db, email);
  if (!user) return null;
  const token = newSecret();
  await insertLoginToken(options.db, { id: newId(), userId: user.id, email, tokenHash: hashSecret(token), minutes: SIGN_IN_LINK_MINUTES });
  return token;
}
