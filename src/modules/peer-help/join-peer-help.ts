import { ensureUser, findUserByEmail, insertLoginToken, insertSession, isLoginTokenUsable, useLoginToken } from '../../platform/auth/auth.repo.js';
import { hashSecret, newSecret, normalizeEmail, SESSION_ABSOLUTE_HOURS, SIGN_IN_LINK_MINUTES } from '../../platform/auth/auth-tokens.js';
import { signOut } from '../../platform/auth/sign-out.js';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { newId } from '../../platform/ids.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { peerHelpJoinLinkMail } from './peer-help.mail.js';

/**
 * Joining peer help by e-mail, as organisations join (src/modules/submissions/request-join-link.ts): a one-time link
 * (a login_token, user null for a new address) to any address, the same answer whatever the address. Using the link
 * creates the account when needed, opens a new session (ending the browser's previous one) and leads to the profile.
 */
export async function requestPeerHelpJoinLink({ db, email, lang }: { db: Database; email: string; lang: Lang }): Promise<void> {
  const address = normalizeEmail(email);
  const token = newSecret();
  await db.transaction().execute(async (trx) => {
    const user = await findUserByEmail(trx, address);
    await insertLoginToken(trx, { id: newId(), userId: user?.id ?? null, email: address, tokenHash: hashSecret(token), minutes: SIGN_IN_LINK_MINUTES });
    await enqueueMail(trx, { to: address, lang: user?.lang ?? lang, template: peerHelpJoinLinkMail, params: { token } });
  });
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

export async function checkPeerHelpJoinLink({ db, token }: { db: Database; token: string }): Promise<boolean> {
  return TOKEN_SHAPE.test(token) && isLoginTokenUsable(db, hashSecret(token));
}

export async function consumePeerHelpJoinLink({ db, token, lang, previousSession }: { db: Database; token: string; lang: Lang; previousSession: string | null }): Promise<{ sessionSecret: string } | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  return db.transaction().execute(async (trx) => {
    const used = await useLoginToken(trx, hashSecret(token));
    if (!used) return null;
    if (previousSession) await signOut({ db: trx, sessionSecret: previousSession });
    const userId = used.userId ?? (await ensureUser(trx, { id: newId(), email: used.email, lang })).id;
    const sessionSecret = newSecret();
    await insertSession(trx, { id: hashSecret(sessionSecret), userId, hours: SESSION_ABSOLUTE_HOURS });
    return { sessionSecret };
  });
}
