import type { Database } from '../db/database.js';
import { notFound } from '../errors.js';
import { hasMaintainerRole } from './auth.repo.js';
import { hasRole, type SessionUser } from './get-session-user.js';

/**
 * The access rules every module shares, in one place:
 * - the administrator scope: a platform administrator sees every region (regionIds null), a regional
 *   administrator the regions of their roles, anybody else nothing (null);
 * - maintainership of an organisation (the `maintainer` role scoped to the organisation's id).
 * Modules' own policies build on these; no module computes them again.
 */

/** What an administrator may see and act on: every region (regionIds null) or the listed regions. */
export interface AdminScope {
  regionIds: string[] | null;
}

export function isPlatformAdmin(user: SessionUser | null): boolean {
  return hasRole(user, 'platform_admin');
}

/** The regions of a user's regional-administrator roles (empty for anybody else). */
export function regionsAdministeredBy(user: SessionUser | null): string[] {
  return (user?.roles ?? []).filter((r) => r.role === 'regional_admin' && r.scopeId).map((r) => r.scopeId!);
}

/** The user's administrator scope, or null when they administer nothing. */
export function adminScope(user: SessionUser | null): AdminScope | null {
  if (isPlatformAdmin(user)) return { regionIds: null };
  const regionIds = regionsAdministeredBy(user);
  return regionIds.length > 0 ? { regionIds } : null;
}

/** Whether a scope covers a region (null region: organisations outside every region, only platform scope). */
export function scopeCoversRegion(scope: AdminScope, regionId: string | null): boolean {
  return scope.regionIds === null || (regionId !== null && scope.regionIds.includes(regionId));
}

/** Whether the signed-in user (as loaded with the session) maintains the organisation. */
export function maintainsOrganization(user: SessionUser | null, organizationId: string): boolean {
  return hasRole(user, 'maintainer', organizationId);
}

/**
 * Checks maintainership in the database (inside the caller's transaction, so a role removed meanwhile counts) and
 * throws NOT_FOUND when the user does not maintain the organisation: others are not told that it exists.
 */
export async function requireMaintainer(db: Database, options: { userId: string; organizationId: string }): Promise<void> {
  if (!(await hasMaintainerRole(db, options))) throw notFound('organisation');
}

/** Whether a user maintains an organisation, read from the database (for a user other than the signed-in one). */
export async function isMaintainer(db: Database, options: { userId: string; organizationId: string }): Promise<boolean> {
  return hasMaintainerRole(db, options);
}
