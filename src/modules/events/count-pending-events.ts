import { adminScope } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { countPendingInRegions } from './events.repo.js';

/** How many events await the user's approval; null for someone who administers no region (no header link). */
export async function countPendingEvents({ db, user }: { db: Database; user: SessionUser }): Promise<number | null> {
  const scope = adminScope(user);
  if (!scope) return null;
  return countPendingInRegions(db, scope.regionIds);
}
