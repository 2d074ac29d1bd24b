import { adminScope, type AdminScope } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { findSubmission, isOrganizationInRegions, isSubmissionInRegions } from './review.repo.js';

/**
 * Who may review what, built on the shared administrator scope (`adminScope` in platform/auth/access.policy.ts):
 * a platform administrator reviews everything; a regional administrator the submissions and organisations
 * touching their regions' municipalities; anyone else nothing. A submission with no municipality at all
 * (nationwide or remote only) is in no region: platform administrators review it.
 */

/** The actor's review scope; FORBIDDEN for someone who administers no region. */
export function requireReviewScope(actor: SessionUser): AdminScope {
  const scope = adminScope(actor);
  if (!scope) throw forbidden('not an administrator');
  return scope;
}

export async function canReviewSubmission(db: Database, user: SessionUser | null, submissionId: string): Promise<boolean> {
  const scope = adminScope(user);
  if (!scope) return false;
  if (scope.regionIds === null) return true;
  return isSubmissionInRegions(db, submissionId, scope.regionIds);
}

export async function canReadOrganizationAudit(db: Database, user: SessionUser | null, organizationId: string): Promise<boolean> {
  const scope = adminScope(user);
  if (!scope) return false;
  if (scope.regionIds === null) return true;
  return isOrganizationInRegions(db, organizationId, scope.regionIds);
}

/**
 * The route's check before it reads a decision form: NOT_FOUND when there is no such sent submission (or the id is
 * malformed), FORBIDDEN when the actor does not review its regions. The use case checks again in its transaction.
 */
export async function requireReviewerOf(db: Database, actor: SessionUser, submissionId: string): Promise<void> {
  const submission = isUuid(submissionId) ? await findSubmission(db, submissionId) : null;
  if (!submission || submission.status === 'draft') throw notFound('submission');
  if (!(await canReviewSubmission(db, actor, submission.id))) throw forbidden('not a reviewer of this submission');
}
