import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { hasRole } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { isOrganizationInRegions, isSubmissionInRegions } from './review.repo.js';

/**
 * Who may review what. A platform administrator: everything (regionIds null). A regional administrator: the
 * submissions and organisations touching their regions' municipalities. Anyone else: nothing (null scope).
 * A submission with no municipality at all (nationwide or remote only) is in no region: platform administrators
 * review it.
 */
export interface ReviewScope {
  /** null: every region. */
  regionIds: string[] | null;
}

export function reviewScope(user: SessionUser | null): ReviewScope | null {
  if (!user) return null;
  if (hasRole(user, 'platform_admin')) return { regionIds: null };
  const regionIds = user.roles.filter((r) => r.role === 'regional_admin' && r.scopeId).map((r) => r.scopeId!);
  return regionIds.length > 0 ? { regionIds } : null;
}

export async function canReviewSubmission(db: Database, user: SessionUser | null, submissionId: string): Promise<boolean> {
  const scope = reviewScope(user);
  if (!scope) return false;
  if (scope.regionIds === null) return true;
  return isSubmissionInRegions(db, submissionId, scope.regionIds);
}

export async function canReadOrganizationAudit(db: Database, user: SessionUser | null, organizationId: string): Promise<boolean> {
  const scope = reviewScope(user);
  if (!scope) return false;
  if (scope.regionIds === null) return true;
  return isOrganizationInRegions(db, organizationId, scope.regionIds);
}
