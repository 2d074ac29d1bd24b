import type { Database } from '../db/database.js';
import { insertSession, isLoginTokenUsable, useLoginToken } from './auth.repo.js';
import { hashSecret, newSecret, SESSION_ABSOLUTE_HOURS } from './auth-tokens.js';

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

/** Whether a sign-in link can still be used (for the confirm page; does not use it). */
export async function checkSignInLink(options: { db: Database; token: string }): Promise<boolean> {
  if (!TOKEN_SHAPE.test(options.token)) return false;
  return isLoginTokenUsable(options.db, hashSecret(options.token));
}

/**
 * Uses a one-time sign-in link and opens a session: returns the session secret for the cookie (the database keeps
 * its hash), or null when the link is unknown, used or expired.
 */
export async function consumeSignInLink(options: { db: Database; token: string }): Promise<{ sessionSecret: string; userId: string } | null> {
  if (!TOKEN_SHAPE.test(options.token)) return null;
  const tokenHash = hashSecret(options.token);
  return options.db.transaction().execute(async (trx) => {
    const used = await useLoginToken(trx, tokenHash);
    if (!used?.userId) return null;
    const sessionSecret = newSecret();
    await insertSession(trx, { id: hashSecret(sessionSecret), userId: used.userId, hours: SESSION_ABSOLUTE_HOURS });
    return { sessionSecret, userId: used.userId };
  });
}
