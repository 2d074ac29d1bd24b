import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { newId } from '../../platform/ids.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { joinLinkMail } from './join-link.mail.js';
import { findUserByEmail, insertLoginToken } from '../../platform/auth/auth.repo.js';
import { hashSecret, newSecret, normalizeEmail, SIGN_IN_LINK_MINUTES } from '../../platform/auth/auth-tokens.js';

/**
 * E-mails a one-time join link to any address (joining is for new addresses, unlike sign-in). The link is a
 * login_token: for an unknown address its user_id is null and the account is created when the link is used. The
 * caller's answer is the same whatever the address, so it reveals nothing about which addresses are registered.
 */
export async function requestJoinLink(options: { db: Database; email: string; lang: Lang }): Promise<void> {
  const email = normalizeEmail(options.email);
  const token = newSecret();
  await options.db.transaction().execute(async (trx) => {
    const user = await findUserByEmail(trx, email);
    await insertLoginToken(trx, { id: newId(), userId: user?.id ?? null, email, tokenHash: hashSecret(token), minutes: SIGN_IN_LINK_MINUTES });
    await enqueueMail(trx, { to: email, lang: user?.lang ?? options.lang, template: joinLinkMail, params: { token } });
  });
}
