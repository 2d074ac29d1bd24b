import type { Database } from '../../platform/db/database.js';
import { invalidInput, notFound, type FieldErrors } from '../../platform/errors.js';
import type { DraftErrors } from './draft.schema.js';
import { activityFromForm, type FormBody } from './draft.form.js';
import { saveDraft } from './save-draft.js';

/** The errors of the activity at `index`, keyed by its own field names (`needs`, `municipalityCodes` …). */
function errorsOfActivity(errors: DraftErrors, index: number): FieldErrors {
  const prefix = `activities.${index}.`;
  const own: FieldErrors = {};
  for (const [path, key] of Object.entries(errors)) if (path.startsWith(prefix)) own[path.slice(prefix.length)] = key;
  return own;
}

/**
 * Saves one activity of the draft as the activity form sent it, valid or not, then throws `invalidInput` with that
 * activity's own errors if it has any (the draft stays saved; the activity form is shown again). NOT_FOUND when the
 * activity is not in the draft.
 */
export async function saveDraftActivity({
  db,
  submissionId,
  activityId,
  userId,
  fields,
}: {
  db: Database;
  submissionId: string;
  activityId: string;
  userId: string;
  fields: FormBody;
}): Promise<void> {
  const { draft, errors } = await saveDraft({
    db,
    submissionId,
    userId,
    step: 'activities',
    change: (d) => {
      if (!d.activities.some((a) => a.id === activityId)) throw notFound('activity');
      return { ...d, activities: d.activities.map((a) => (a.id === activityId ? activityFromForm(a, fields) : a)) };
    },
  });
  const own = errorsOfActivity(errors, draft.activities.findIndex((a) => a.id === activityId));
  if (Object.keys(own).length > 0) throw invalidInput(own);
}
