import type { Database } from '../../platform/db/database.js';
import { isMaintainerOf, type SubmissionRow } from './submissions.repo.js';

/**
 * Who may do what with a submission. Readable and editable only by its creator and the maintainers of its
 * organisation; anybody else is told it does not exist (404, no hint). Editable only while draft or returned.
 * Administrators read submissions through the review pages, not through these.
 */
export async function canAccessSubmission(db: Database, userId: string, submission: SubmissionRow): Promise<boolean> {
  if (submission.createdBy === userId) return true;
  return isMaintainerOf(db, userId, submission.organizationId);
}

export function isEditable(submission: SubmissionRow): boolean {
  return submission.status === 'draft' || submission.status === 'returned';
}
