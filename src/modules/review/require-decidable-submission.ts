import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, notFound, forbidden } from '../../platform/errors.js';
import { canReviewSubmission } from './review.policy.js';
import { findSubmission, type SubmissionRow } from './review.repo.js';

/** A decision on a submission no longer awaiting review: 409 with the review's own title and text. */
export const decidedAlready = () =>
  conflict('submission is not awaiting review', { titleKey: 'review.conflict.title', messageKey: 'review.conflict.body' });

/**
 * Locks a submission for a decision inside the caller's transaction and checks that the actor may decide it.
 * Throws NOT_FOUND (no such submission, or a draft nobody has sent), FORBIDDEN (outside the actor's regions, or
 * not an administrator) and CONFLICT (no longer awaiting review: decided already, withdrawn or returned).
 */
export async function requireDecidableSubmission(trx: Database, options: { actor: SessionUser; submissionId: string }): Promise<SubmissionRow> {
  const submission = await findSubmission(trx, options.submissionId, { forUpdate: true });
  if (!submission || submission.status === 'draft') throw notFound('submission');
  if (!(await canReviewSubmission(trx, options.actor, submission.id))) throw forbidden('not a reviewer of this submission');
  if (submission.status !== 'awaiting_review') throw decidedAlready();
  return submission;
}
