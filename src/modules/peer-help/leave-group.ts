import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { canLeaveGroup } from './peer-help.policy.js';
import { deleteGroupMemberOfUser, findGroup, listGroupIdsOfUser } from './peer-help.repo.js';

/** A member leaves a group (the owner cannot: they keep it); the group's requests are no longer shown to them. */
export async function leaveGroup({ db, user, id }: { db: Database; user: SessionUser; id: string }): Promise<void> {
  const group = await findGroup(db, id);
  if (!group || !canLeaveGroup(user, group, await listGroupIdsOfUser(db, user.id, user.email))) throw notFound('group');
  await deleteGroupMemberOfUser(db, id, user.id, user.email);
}
