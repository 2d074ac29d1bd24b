import { adminScope, type AdminScope } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Who may use the administrators' pages of contact requests (the right to erasure and statistics): a platform
 * administrator for every request, a regional administrator for requests to organisations in their regions (the
 * region rule of retention.repo.ts `organizationInRegions`, the same that decides who is told about an
 * organisation). Administrators never see client details: only references, dates and counts.
 */
export function requireReferralAdminScope(user: SessionUser | null): AdminScope {
  const scope = adminScope(user);
  if (!scope) throw forbidden('contact-request administration is for administrators');
  return scope;
}

/**
 * The regions a page covers: the one asked for (which must be in the scope), else the whole scope (null: every
 * request, for a platform administrator). A regional administrator asking for another region is refused.
 */
export function regionsToShow(scope: AdminScope, regionId: string | null): string[] | null {
  if (!regionId) return scope.regionIds;
  if (scope.regionIds !== null && !scope.regionIds.includes(regionId)) throw forbidden('region outside the administrator’s scope');
  return [regionId];
}
