import type { Database } from '../../platform/db/database.js';
import { notFound, conflict } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { parseStoredDraft, validateDraftStep, type DraftErrors, type DraftStep } from './draft.schema.js';
import type { OrganizationDraft } from './draft.types.js';
import { canAccessSubmission, isEditable } from './submissions.policy.js';
import { findSubmissionForUpdate, updateSubmissionContent } from './submissions.repo.js';

/**
 * Applies a change to a draft and saves it, valid or not (nothing typed is lost), then returns the step's errors.
 * `change` is a pure function of the stored draft (the route builds it from the form). NOT_FOUND when the user may
 * not see the submission; CONFLICT when it is awaiting review or decided (not editable until returned).
 */
export async function saveDraft({
  db,
  submissionId,
  userId,
  step,
  change,
}: {
  db: Database;
  submissionId: string;
  userId: string;
  step: DraftStep;
  change: (draft: OrganizationDraft) => OrganizationDraft;
}): Promise<{ draft: OrganizationDraft; errors: DraftErrors }> {
  if (!isUuid(submissionId)) throw notFound('submission');
  return db.transaction().execute(async (trx) => {
    const row = await findSubmissionForUpdate(trx, submissionId);
    if (!row || !(await canAccessSubmission(trx, userId, row))) throw notFound('submission');
    if (!isEditable(row)) throw conflict('submission is not editable');
    const draft = change(parseStoredDraft(row.content));
    await updateSubmissionContent(trx, { id: row.id, content: draft, step });
    return { draft, errors: validateDraftStep(draft, step) };
  });
}
