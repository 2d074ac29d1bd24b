import { adminScope } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';

/** Score parts (`?explain=1`) are shown to administrators (platform or regional) only; anybody else's is ignored. */
export function canExplainRanking(user: SessionUser | null): boolean {
  return adminScope(user) !== null;
}
