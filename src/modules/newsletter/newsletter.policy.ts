import { adminScope, scopeCoversRegion } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Who may do what with a region's newsletter, on the shared rules of platform/auth/access.policy.ts:
 * - anyone subscribes (double opt-in), confirms and unsubscribes with the token of their own e-mailed link;
 * - a region's issues are composed, previewed, tested and sent, and its subscriber figures seen, only by that region's
 *   administrators and by platform administrators (Kanta-Häme's administrator gets 403 on Pohjois-Savo's newsletter);
 * - nobody sees a subscriber's address in the app: it is opened only to send mail.
 */

export function canManageNewsletter(user: SessionUser | null, regionId: string): boolean {
  const scope = adminScope(user);
  return scope !== null && scopeCoversRegion(scope, regionId);
}

/** FORBIDDEN unless the user administers the region (or every region). */
export function requireNewsletterEditor(user: SessionUser | null, regionId: string): SessionUser {
  if (!user || !canManageNewsletter(user, regionId)) throw forbidden('not an administrator of this region');
  return user;
}
