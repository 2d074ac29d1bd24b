import { hasRole, type SessionUser } from '../../platform/auth/get-session-user.js';

/** Who may do what in the freshness module. */

/** The organisation's maintainers (and platform administrators) may confirm that its data is up to date. */
export function canConfirmOrganization(user: SessionUser | null, organizationId: string): boolean {
  return hasRole(user, 'maintainer', organizationId) || hasRole(user, 'platform_admin');
}

/**
 * The regions whose freshness an administrator may see: every region (null) for a platform administrator, the
 * own regions for a regional administrator, none (empty) for anyone else.
 */
export function freshnessRegionScope(user: SessionUser | null): string[] | null {
  if (hasRole(user, 'platform_admin')) return null;
  return (user?.roles ?? []).filter((r) => r.role === 'regional_admin' && r.scopeId).map((r) => r.scopeId!);
}
