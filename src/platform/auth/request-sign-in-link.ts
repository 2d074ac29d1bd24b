import type { Database } from '../db/database.js';
import type { Lang } from '../i18n/i18n.js';
import { newId } from '../ids.js';
import { enqueueMail } from '../mail/enqueue-mail.js';
import { findUserByEmail, insertLoginToken } from './auth.repo.js';
import { hashSecret, newSecret, normalizeEmail, SIGN_IN_LINK_MINUTES } from './auth-tokens.js';
import { signInLinkMail } from './sign-in-link.mail.js';

/**
 * Sends a one-time sign-in link to a known address: the link's hash and the mail job are written in one
 * transaction. An unknown address gets no mail, but the caller sees the same result and about the same work is
 * done (a token is made and hashed), so the answer reveals nothing about which addresses are registered.
 * Returns the token only for the admin:create command, which may print it; pages must not show it.
 */
export async function requestSignInLink(options: { db: Database; email: string; lang: Lang; next?: string | null }): Promise<{ token: string | null }> {
  const email = normalizeEmail(options.email);
  const token = newSecret();
  const tokenHash = hashSecret(token);
  return options.db.transaction().execute(async (trx) => {
    const user = await findUserByEmail(trx, email);
    if (!user) return { token: null };
    await insertLoginToken(trx, { id: newId(), userId: user.id, email, tokenHash, minutes: SIGN_IN_LINK_MINUTES });
    await enqueueMail(trx, { to: user.email, lang: options.lang, template: signInLinkMail, params: options.next ? { token, next: options.next } : { token } });
    return { token };
  });
}
