import { recordAudit } from '../../platform/audit/record-audit.js';
import { hashSecret, newSecret } from '../../platform/auth/auth-tokens.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { requireLiaison } from './centres.policy.js';
import { findScreen, insertScreen, listScreens, setScreenTokenHash } from './screens.repo.js';

/** The name of the screen made when a centre without screens asks for a kiosk address (and of migrated tokens). */
export const FIRST_SCREEN_NAME = 'Infonäyttö';

/**
 * A new secret address for one of the centre's info screens, by one of its liaisons: 32 random bytes, of which only
 * the SHA-256 is kept; the screen's previous address stops working at once (the other screens' do not). Without
 * `screenId`, the centre's first screen (made, named "Infonäyttö", when the centre has none). A screen of another
 * centre is not found. Returns the token, shown to the liaison once. Audited (without the token).
 */
export async function renewKioskToken({ db, actor, centreId, screenId }: { db: Database; actor: SessionUser; centreId: string; screenId?: string }): Promise<string> {
  const token = newSecret();
  await db.transaction().execute(async (trx) => {
    await requireLiaison(trx, actor, centreId);
    let id: string;
    if (screenId) {
      const screen = await findScreen(trx, { id: screenId, centreId });
      if (!screen) throw notFound('screen');
      id = screen.id;
      await setScreenTokenHash(trx, { id, hash: hashSecret(token) });
    } else {
      const first = (await listScreens(trx, centreId))[0];
      id = first?.id ?? newId();
      if (first) await setScreenTokenHash(trx, { id, hash: hashSecret(token) });
      else await insertScreen(trx, { id, centreId, name: FIRST_SCREEN_NAME, tokenHash: hashSecret(token) });
    }
    await recordAudit(trx, { actorId: actor.id, action: 'centre.kiosk-token', subjectType: 'centre_screen', subjectId: id, detail: { centreId } });
  });
  return token;
}
