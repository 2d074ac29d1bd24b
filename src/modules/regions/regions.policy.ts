import { isPlatformAdmin } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Who may create regions and edit their portals: platform administrators only. A regional administrator runs their
 * region's content (later items of issue 13) but does not draw the regions' borders nor pick their look, which the
 * whole platform shares.
 */
export function canManageRegions(user: SessionUser | null): boolean {
  return isPlatformAdmin(user);
}

export function requireRegionManager(user: SessionUser | null): SessionUser {
  if (!user || !canManageRegions(user)) throw forbidden('not a platform administrator');
  return user;
}
