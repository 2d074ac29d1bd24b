import { isPlatformAdmin } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Who may manage the themes: platform administrators only. The themes are one taxonomy shared by every regional
 * portal (as the needs and target groups are), so a regional administrator does not edit them for the others.
 * Reading a theme's page is public.
 */
export function canManageThemes(user: SessionUser | null): boolean {
  return isPlatformAdmin(user);
}

export function requireThemeManager(user: SessionUser | null): SessionUser {
  if (!user || !canManageThemes(user)) throw forbidden('not a platform administrator');
  return user;
}
