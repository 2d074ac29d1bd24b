import { recordAudit } from '../../platform/audit/record-audit.js';
import { hashSecret, newSecret } from '../../platform/auth/auth-tokens.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { requireLiaison } from './centres.policy.js';
import { insertScreen, listScreens } from './screens.repo.js';

/** At most this many screens per centre (a waiting room, a lobby, a corridor … not a signage network). */
export const MAX_SCREENS = 20;

/**
 * A liaison names a new info screen of the centre ("Aula", "Odotustila 2"); it gets its own kiosk address at once
 * (only the SHA-256 kept). Returns the screen's id and its token, shown to the liaison once. Audited.
 */
export async function addScreen({ db, actor, centreId, name }: { db: Database; actor: SessionUser; centreId: string; name: string }): Promise<{ id: string; token: string }> {
  const token = newSecret();
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await requireLiaison(trx, actor, centreId);
    if ((await listScreens(trx, centreId)).length >= MAX_SCREENS) throw conflict('too many screens', { messageKey: 'centreBulletins.error.tooManyScreens' });
    await insertScreen(trx, { id, centreId, name, tokenHash: hashSecret(token) });
    await recordAudit(trx, { actorId: actor.id, action: 'centre.screen-add', subjectType: 'centre_screen', subjectId: id, detail: { centreId } });
  });
  return { id, token };
}
