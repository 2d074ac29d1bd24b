import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { newId } from '../../platform/ids.js';
import { ensureUser, insertSession, isLoginTokenUsable, useLoginToken } from '../../platform/auth/auth.repo.js';
import { hashSecret, newSecret, SESSION_ABSOLUTE_HOURS } from '../../platform/auth/auth-tokens.js';
import { signOut } from '../../platform/auth/sign-out.js';
import { openJoinDraft } from './start-join.js';

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

/** Whether a join link can still be used (the confirm page shows its button only then). */
export async function checkJoinLink({ db, token }: { db: Database; token: string }): Promise<boolean> {
  if (!TOKEN_SHAPE.test(token)) return false;
  return isLoginTokenUsable(db, hashSecret(token));
}

/**
 * Uses a join link: creates the account when the address is new, opens a new session (ending the browser's
 * previous one, `previousSession`: no session fixation) and resumes (or starts) the person's join draft, all in one
 * transaction. Returns null when the link is unknown, used or expired.
 */
export async function consumeJoinLink({
  db,
  token,
  lang,
  previousSession,
}: {
  db: Database;
  token: string;
  lang: Lang;
  previousSession: string | null;
}): Promise<{ sessionSecret: string; userId: string; submissionId: string } | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  return db.transaction().execute(async (trx) => {
    const used = await useLoginToken(trx, hashSecret(token));
    if (!used) return null;
    if (previousSession) await signOut({ db: trx, sessionSecret: previousSession });
    const userId = used.userId ?? (await ensureUser(trx, { id: newId(), email: used.email, lang })).id;
    const sessionSecret = newSecret();
    await insertSession(trx, { id: hashSecret(sessionSecret), userId, hours: SESSION_ABSOLUTE_HOURS });
    const submissionId = await openJoinDraft(trx, { userId, fresh: false });
    return { sessionSecret, userId, submissionId };
  });
}
