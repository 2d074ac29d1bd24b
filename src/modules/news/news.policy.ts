import { adminScope, requireMaintainer, scopeCoversRegion } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Who may do what with a region's news and announcements, built on the shared rules of platform/auth/access.policy.ts:
 * - a region's news is written, edited, unpublished and its announcements reviewed by that region's administrators
 *   and by platform administrators (the administrator of Kanta-Häme gets 403 on Pohjois-Savo's);
 * - an announcement is sent by a maintainer of the organisation (checked in the database: others get 404, as for the
 *   organisation's other pages), for a region where the organisation is active (the use case checks that);
 * - everyone reads what is published, between its publish and expiry dates.
 */

export function canEditRegionNews(user: SessionUser | null, regionId: string): boolean {
  const scope = adminScope(user);
  return scope !== null && scopeCoversRegion(scope, regionId);
}

/** FORBIDDEN unless the user administers the region (or every region). */
export function requireRegionNewsEditor(user: SessionUser | null, regionId: string): SessionUser {
  if (!user || !canEditRegionNews(user, regionId)) throw forbidden('not an administrator of this region');
  return user;
}

/** NOT_FOUND unless the user maintains the organisation (read in the caller's transaction). */
export async function requireAnnouncementSender(db: Database, user: SessionUser, organizationId: string): Promise<void> {
  await requireMaintainer(db, { userId: user.id, organizationId });
}
