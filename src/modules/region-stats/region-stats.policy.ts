import { adminScope, scopeCoversRegion } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';

/** A region's administrator statistics: its regional administrators and platform administrators. */
export function canSeeAdminStatistics(user: SessionUser | null, regionId: string): boolean {
  const scope = adminScope(user);
  return scope !== null && scopeCoversRegion(scope, regionId);
}
