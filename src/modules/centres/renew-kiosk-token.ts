import { recordAudit } from '../../platform/audit/record-audit.js';
import { hashSecret, newSecret } from '../../platform/auth/auth-tokens.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { setKioskTokenHash } from './centres.repo.js';
import { requireLiaison } from './centres.policy.js';

/**
 * A new secret address for the centre's info screen, by one of its liaisons: 32 random bytes, of which only the
 * SHA-256 is kept; the previous address stops working at once. Returns the token, shown to the liaison once. Audited.
 */
export async function renewKioskToken({ db, actor, centreId }: { db: Database; actor: SessionUser; centreId: string }): Promise<string> {
  const token = newSecret();
  await db.transaction().execute(async (trx) => {
    await requireLiaison(trx, actor, centreId);
    await setKioskTokenHash(trx, centreId, hashSecret(token));
    await recordAudit(trx, { actorId: actor.id, action: 'centre.kiosk-token', subjectType: 'care_centre', subjectId: centreId });
  });
  return token;
}
