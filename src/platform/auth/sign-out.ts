import type { Database } from '../db/database.js';
import { deleteSession } from './auth.repo.js';
import { hashSecret } from './auth-tokens.js';

/** Ends a session for good (the cookie is cleared by the route). */
export async function signOut(options: { db: Database; sessionSecret: string }): Promise<void> {
  await deleteSession(options.db, hashSecret(options.sessionSecret));
}
