import type { Database } from '../db/database.js';
import type { Lang } from '../i18n/i18n.js';
import { newId } from '../ids.js';
import { addRole, ensureUser, type UserRow } from './auth.repo.js';
import { isPlausibleEmail, normalizeEmail } from './auth-tokens.js';

/** Creates (or finds) the user with this address and gives it the platform_admin role. Idempotent. */
export async function createPlatformAdmin(options: { db: Database; email: string; lang?: Lang }): Promise<UserRow> {
  const email = normalizeEmail(options.email);
  if (!isPlausibleEmail(email)) throw new Error(`not an e-mail address: ${JSON.stringify(options.email)}`);
  return options.db.transaction().execute(async (trx) => {
    const user = await ensureUser(trx, { id: newId(), email, lang: options.lang ?? 'fi' });
    await addRole(trx, { userId: user.id, role: 'platform_admin', scopeId: null });
    return user;
  });
}
