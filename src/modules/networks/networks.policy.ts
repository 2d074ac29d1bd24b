import { adminScope, isMaintainer, scopeCoversRegion } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Who may do what with a region's cooperation networks:
 * - create and edit them: the region's administrators and platform administrators (a regional administrator of
 *   another region may not);
 * - accept or decline a request to join: the same, and the maintainers of the network's coordinating organisation;
 * - ask to join: a maintainer, for an organisation they maintain (checked with `requireMaintainer`, which answers
 *   "not found" for anyone else's organisation).
 * Reading the networks is public.
 */
export function canManageNetworks(user: SessionUser | null, regionId: string): boolean {
  const scope = adminScope(user);
  return scope !== null && scopeCoversRegion(scope, regionId);
}

export function requireNetworkManager(user: SessionUser | null, regionId: string): SessionUser {
  if (!user || !canManageNetworks(user, regionId)) throw forbidden('not an administrator of the region');
  return user;
}

/** Whether the user may decide the network's join requests (maintainership read from the database). */
export async function canDecideJoinRequests(db: Database, user: SessionUser | null, network: { regionId: string; coordinatorId: string }): Promise<boolean> {
  if (!user) return false;
  if (canManageNetworks(user, network.regionId)) return true;
  return isMaintainer(db, { userId: user.id, organizationId: network.coordinatorId });
}

export async function requireJoinDecider(db: Database, user: SessionUser | null, network: { regionId: string; coordinatorId: string }): Promise<SessionUser> {
  if (!user || !(await canDecideJoinRequests(db, user, network))) throw forbidden('neither the coordinator nor an administrator of the region');
  return user;
}
