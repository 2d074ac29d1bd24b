import { isMaintainer } from '../../platform/auth/access.policy.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { SubmissionRow } from './submissions.repo.js';

/**
 * Who may do what with a submission. Readable and editable only by its creator and the maintainers of its
 * organisation (the shared maintainer rule, platform/auth/access.policy.ts); anybody else is told it does not exist
 * (404, no hint). Editable only while draft or returned. Administrators read submissions through the review pages.
 */
export async function canAccessSubmission(db: Database, userId: string, submission: Pick<SubmissionRow, 'createdBy' | 'organizationId'>): Promise<boolean> {
  if (submission.createdBy === userId) return true;
  return isMaintainer(db, { userId, organizationId: submission.organizationId });
}

/** The submission, when the user may see it; NOT_FOUND when it does not exist or they may not. */
export async function requireSubmissionAccess<S extends SubmissionRow>(db: Database, userId: string, submission: S | null): Promise<S> {
  if (!submission || !(await canAccessSubmission(db, userId, submission))) throw notFound('submission');
  return submission;
}

export function isEditable(submission: Pick<SubmissionRow, 'status'>): boolean {
  return submission.status === 'draft' || submission.status === 'returned';
}

/** CONFLICT when the submission is awaiting review or decided: not editable until an administrator returns it. */
export function requireEditable(submission: Pick<SubmissionRow, 'status'>): void {
  if (!isEditable(submission)) {
    throw conflict(`submission is ${submission.status}, not editable`, { messageKey: 'submissions.error.notEditable' });
  }
}
