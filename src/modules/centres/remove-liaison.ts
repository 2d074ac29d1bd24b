import { recordAudit } from '../../platform/audit/record-audit.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { invalidInput } from '../../platform/errors.js';
import { deleteLiaisonRole } from './centres.repo.js';
import { requireCentreAdministrator } from './centres.policy.js';

/** Removes a liaison of a centre, by an administrator of the centre's region. Audited. */
export async function removeLiaison({ db, actor, centreId, userId }: { db: Database; actor: SessionUser; centreId: string; userId: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await requireCentreAdministrator(trx, actor, centreId);
    if (!(await deleteLiaisonRole(trx, { userId, centreId }))) throw invalidInput({ user: 'centres.error.liaison' });
    await recordAudit(trx, { actorId: actor.id, action: 'role.revoke', subjectType: 'user', subjectId: userId, fromState: 'liaison', detail: { role: 'liaison', scopeId: centreId } });
  });
}
