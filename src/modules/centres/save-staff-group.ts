import { recordAudit } from '../../platform/audit/record-audit.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { StaffGroupInput } from './bulletins.schema.js';
import { insertStaffGroup, updateStaffGroup } from './bulletins.repo.js';
import { requireLiaison } from './centres.policy.js';

/**
 * A liaison adds (`groupId` null) or edits one of the centre's staff groups: name, topics, e-mail list. A group of
 * another centre is not found. Audited with the number of addresses only (they are personal data: never logged).
 */
export async function saveStaffGroup({ db, actor, centreId, groupId, input }: { db: Database; actor: SessionUser; centreId: string; groupId: string | null; input: StaffGroupInput }): Promise<{ id: string }> {
  const id = groupId ?? newId();
  await db.transaction().execute(async (trx) => {
    await requireLiaison(trx, actor, centreId);
    const group = { id, centreId, name: input.name, topics: input.topics, emails: input.emails };
    if (groupId) {
      if (!(await updateStaffGroup(trx, group))) throw notFound('staff group');
    } else await insertStaffGroup(trx, group);
    await recordAudit(trx, { actorId: actor.id, action: groupId ? 'centre.staff-group-edit' : 'centre.staff-group-add', subjectType: 'centre_staff_group', subjectId: id, detail: { centreId, topics: input.topics, addresses: input.emails.length } });
  });
  return { id };
}
