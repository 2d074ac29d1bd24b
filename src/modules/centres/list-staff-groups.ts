import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { findStaffGroup, listStaffGroups, type StaffGroupRow } from './bulletins.repo.js';
import type { CentreRow } from './centres.repo.js';
import { requireLiaison } from './centres.policy.js';

/** A centre's staff groups with their addresses: for the centre's liaisons only (others: 403). */
export async function listCentreStaffGroups({ db, actor, centreId }: { db: Database; actor: SessionUser; centreId: string }): Promise<{ centre: CentreRow; groups: StaffGroupRow[] }> {
  const centre = await requireLiaison(db, actor, centreId);
  return { centre, groups: await listStaffGroups(db, centreId) };
}

/** One staff group of the centre for its liaisons (a group of another centre: 404). */
export async function getStaffGroup({ db, actor, centreId, groupId }: { db: Database; actor: SessionUser; centreId: string; groupId: string }): Promise<{ centre: CentreRow; group: StaffGroupRow }> {
  const centre = await requireLiaison(db, actor, centreId);
  const group = await findStaffGroup(db, { id: groupId, centreId });
  if (!group) throw notFound('staff group');
  return { centre, group };
}
