import { recordAudit } from '../../platform/audit/record-audit.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { requireLiaison } from './centres.policy.js';
import { deleteScreen } from './screens.repo.js';

/** A liaison removes one of the centre's info screens: its kiosk address stops working at once. Audited. */
export async function removeScreen({ db, actor, centreId, screenId }: { db: Database; actor: SessionUser; centreId: string; screenId: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await requireLiaison(trx, actor, centreId);
    if (!(await deleteScreen(trx, { id: screenId, centreId }))) throw notFound('screen');
    await recordAudit(trx, { actorId: actor.id, action: 'centre.screen-remove', subjectType: 'centre_screen', subjectId: screenId, detail: { centreId } });
  });
}
