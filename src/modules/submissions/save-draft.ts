import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { parseStoredDraft, validateDraftStep, type DraftErrors, type DraftStep } from './draft.schema.js';
import type { OrganizationDraft } from './draft.types.js';
import { requireEditable, requireSubmissionAccess } from './submissions.policy.js';
import { findSubmissionForUpdate, updateSubmissionContent, type SubmissionRow } from './submissions.repo.js';

/** What a draft change may look at besides the draft: the stored submission and the transaction it runs in. */
export interface DraftChangeContext {
  db: Database;
  submission: SubmissionRow;
}

/**
 * The building block of the draft use cases (save a step, save / add / remove an activity): in one transaction,
 * checks access (NOT_FOUND) and that the submission is editable (CONFLICT), applies `change` to the stored draft and
 * saves the result, valid or not (nothing typed is lost), then returns the draft and the step's errors. `change`
 * may throw (e.g. NOT_FOUND for an activity that is not in the draft): nothing is saved then.
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
  change: (draft: OrganizationDraft, context: DraftChangeContext) => OrganizationDraft | Promise<OrganizationDraft>;
}): Promise<{ draft: OrganizationDraft; errors: DraftErrors }> {
  if (!isUuid(submissionId)) throw notFound('submission');
  return db.transaction().execute(async (trx) => {
    const submission = await requireSubmissionAccess(trx, userId, await findSubmissionForUpdate(trx, submissionId));
    requireEditable(submission);
    const draft = await change(parseStoredDraft(submission.content), { db: trx, submission });
    await updateSubmissionContent(trx, { id: submission.id, content: draft, step });
    return { draft, errors: validateDraftStep(draft, step) };
  });
}
