import { normalizeEmail } from '../../platform/auth/auth-tokens.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { canRemoveGroupMember } from './peer-help.policy.js';
import { deleteGroupMember, findGroup } from './peer-help.repo.js';

/**
 * The group's owner takes a member off (by the address they were added with): from then on the person no longer sees
 * the group or the requests aimed at it (peer-help.policy.ts canSeeRequest). 404 for anyone but the owner, and for an
 * address that is not a member.
 */
export async function removeGroupMember({ db, user, id, email }: { db: Database; user: SessionUser; id: string; email: string }): Promise<void> {
  const group = await findGroup(db, id);
  if (!group || !canRemoveGroupMember(user, group)) throw notFound('group');
  if (!(await deleteGroupMember(db, id, normalizeEmail(email)))) throw notFound('group member');
}
