import { adminScope, isPlatformAdmin, scopeCoversRegion, type AdminScope } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Who may appoint whom, built on the shared administrator scope (platform/auth/access.policy.ts). A platform
 * administrator: platform administrators and regional administrators of any region. A regional administrator:
 * regional administrators of their own regions only. Nobody else: nothing.
 */
export type AdminRole = 'platform_admin' | 'regional_admin';

/** The actor's administrator scope; FORBIDDEN for someone who administers nothing. */
export function requireAdministrator(actor: SessionUser): AdminScope {
  const scope = adminScope(actor);
  if (!scope) throw forbidden('not an administrator');
  return scope;
}

export function canManageRole(user: SessionUser | null, role: AdminRole, regionId: string | null): boolean {
  const scope = adminScope(user);
  if (!scope) return false;
  if (role === 'platform_admin') return isPlatformAdmin(user) && regionId === null;
  return regionId !== null && scopeCoversRegion(scope, regionId);
}
