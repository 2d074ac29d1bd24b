import { adminScope, isPlatformAdmin, maintainsOrganization, type AdminScope } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { forbidden } from '../../platform/errors.js';

/** Who may do what in the freshness module, built on the shared rules in platform/auth/access.policy.ts. */

/** The organisation's maintainers (and platform administrators) may confirm that its data is up to date. */
export function canConfirmOrganization(user: SessionUser | null, organizationId: string): boolean {
  return maintainsOrganization(user, organizationId) || isPlatformAdmin(user);
}

/** Confirming an organisation, or opening its check page: FORBIDDEN unless `canConfirmOrganization`. */
export function requireConfirmer(user: SessionUser, organizationId: string): void {
  if (!canConfirmOrganization(user, organizationId)) throw forbidden('not a maintainer of this organisation');
}

/**
 * The regions whose freshness an administrator sees: the administrator scope (every region for a platform
 * administrator, the own regions for a regional one); FORBIDDEN for anyone else.
 */
export function requireFreshnessScope(user: SessionUser): AdminScope {
  const scope = adminScope(user);
  if (!scope) throw forbidden('not an administrator');
  return scope;
}
