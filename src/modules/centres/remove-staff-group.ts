import { recordAudit } from '../../platform/audit/record-audit.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { deleteStaffGroup } from './bulletins.repo.js';
import { requireLiaison } from './centres.policy.js';

/** A liaison removes one of the centre's staff groups (what was forwarded to it keeps the group's name). Audited. */
export async function removeStaffGroup({ db, actor, centreId, groupId }: { db: Database; actor: SessionUser; centreId: string; groupId: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await requireLiaison(trx, actor, centreId);
    if (!(await deleteStaffGroup(trx, { id: groupId, centreId }))) throw notFound('staff group');
    await recordAudit(trx, { actorId: actor.id, action: 'centre.staff-group-remove', subjectType: 'centre_staff_group', subjectId: groupId, detail: { centreId } });
  });
}
