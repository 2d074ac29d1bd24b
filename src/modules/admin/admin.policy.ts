import { hasRole, type SessionUser } from '../../platform/auth/get-session-user.js';

/**
 * Who may appoint whom. A platform administrator: platform and regional administrators of any region. A regional
 * administrator: regional administrators of their own regions only. Nobody else: nothing.
 */
export type AdminRole = 'platform_admin' | 'regional_admin';

export function regionsOf(user: SessionUser): string[] {
  return user.roles.filter((r) => r.role === 'regional_admin' && r.scopeId).map((r) => r.scopeId!);
}

export function isAdministrator(user: SessionUser | null): user is SessionUser {
  return !!user && (hasRole(user, 'platform_admin') || regionsOf(user).length > 0);
}

export function canManageRole(user: SessionUser | null, role: AdminRole, regionId: string | null): boolean {
  if (!user) return false;
  if (hasRole(user, 'platform_admin')) return role === 'platform_admin' ? regionId === null : regionId !== null;
  return role === 'regional_admin' && regionId !== null && regionsOf(user).includes(regionId);
}
