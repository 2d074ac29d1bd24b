import type { Database } from '../../platform/db/database.js';
import { invalidInput } from '../../platform/errors.js';
import type { DraftStep } from './draft.schema.js';
import { applyOrganizationStep, type FormBody } from './draft.form.js';
import { saveDraft } from './save-draft.js';

/**
 * Saves one step of the draft form (organisation, contact, maintainers, activities) as typed, valid or not, and
 * then throws `invalidInput` with the step's errors (field path → message key) if it has any: the draft stays
 * saved, and the step is shown again with its errors. The activities step has no fields of its own (only its
 * check: at least one activity), and a change's maintainers step neither: co-maintainers of a published
 * organisation are managed apart, at once, so its maintainer list is kept as it is.
 */
export async function saveDraftStep({
  db,
  submissionId,
  userId,
  step,
  fields,
}: {
  db: Database;
  submissionId: string;
  userId: string;
  step: Exclude<DraftStep, 'review'>;
  fields: FormBody;
}): Promise<void> {
  const { errors } = await saveDraft({
    db,
    submissionId,
    userId,
    step,
    change: (draft, { submission }) => {
      const keepsItsFields = step === 'activities' || (step === 'maintainers' && submission.kind === 'change');
      return keepsItsFields ? draft : applyOrganizationStep(draft, step, fields);
    },
  });
  if (Object.keys(errors).length > 0) throw invalidInput(errors);
}
