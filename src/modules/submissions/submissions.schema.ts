import { z } from 'zod';
import { emailAddress } from '../../platform/auth/auth.schema.js';
import { isPlausibleEmail, normalizeEmail } from '../../platform/auth/auth-tokens.js';

/**
 * The module's form schemas (the form contract, platform/http/form.ts); messages are message keys. Where a rule
 * depends on what is stored (an archive's reason is asked only once the activity is known to be there; removing a
 * published activity needs a reason, a draft-only one not), the use case checks it and throws `invalidInput`, and
 * the schema here only reads the field. The draft form's own rules are in draft.schema.ts (validateDraftStep).
 */

/** A text field as typed; anything else (missing, repeated) reads as empty, and the use case checks what it needs. */
const typed = z.string().catch('');

/** "Järjestöille": the address a join link is sent to. */
export const joinLinkForm = z.object({ email: emailAddress });

/** A co-maintainer's address (the use case checks it again before creating an account). */
export const maintainerForm = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'submissions.error.required')
    .max(320, 'submissions.error.email')
    .transform(normalizeEmail)
    .refine(isPlausibleEmail, 'submissions.error.email'),
});

/** The remove button of one maintainer. */
export const removeMaintainerForm = z.object({ userId: z.string().max(100) });

/** Archiving the organisation or one activity, and removing an activity from a draft: the reason. */
export const reasonForm = z.object({ reason: typed });

/**
 * A draft form (a step or one activity) as sent: every field as typed, read by draft.form.ts, and which button was
 * pressed (`next`, `done`, or `save` to stay on the page).
 */
export const draftForm = z.looseObject({ action: z.enum(['next', 'save', 'done']).optional().catch(undefined) });
