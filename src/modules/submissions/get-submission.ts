import type { Database } from '../../platform/db/database.js';
import { isUuid } from '../../platform/ids.js';
import { parseStoredDraft } from './draft.schema.js';
import type { OrganizationDraft } from './draft.types.js';
import { canAccessSubmission } from './submissions.policy.js';
import { findSubmission, type SubmissionRow } from './submissions.repo.js';

export interface SubmissionView extends SubmissionRow {
  draft: OrganizationDraft;
}

/** A submission the user may see (its creator or a maintainer of its organisation), or null (unknown, or not theirs). */
export async function getSubmission({ db, submissionId, userId }: { db: Database; submissionId: string; userId: string }): Promise<SubmissionView | null> {
  const row = isUuid(submissionId) ? await findSubmission(db, submissionId) : null;
  if (!row || !(await canAccessSubmission(db, userId, row))) return null;
  return { ...row, draft: parseStoredDraft(row.content) };
}
