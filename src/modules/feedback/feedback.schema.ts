import { z } from 'zod';
import { isPlausibleEmail, normalizeEmail } from '../../platform/auth/auth-tokens.js';
import { isUuid } from '../../platform/ids.js';
import { HONEYPOT_FIELD, MESSAGE_MAX, RETURN_FIELD } from './feedback.types.js';

/**
 * The feedback form ("Anna palautetta" on every page of a region's portal) and the data-error form ("Ilmoita
 * virheestä" of a card), as posted: `message` (required), `replyEmail` (optional: only for an answer), `back` (the
 * page it came from), `website` (the honeypot). Messages are message keys (src/platform/http/form.ts).
 */
export const feedbackForm = z.object({
  message: z
    .string({ error: 'feedback.error.message' })
    .transform((v) => v.trim())
    .pipe(z.string().min(1, 'feedback.error.message').max(MESSAGE_MAX, 'feedback.error.messageLong')),
  replyEmail: z
    .string()
    .optional()
    .transform((v) => normalizeEmail((v ?? '').trim()))
    .refine((v) => v === '' || (v.length <= 320 && isPlausibleEmail(v) && z.email().safeParse(v).success), 'feedback.error.replyEmail')
    .transform((v) => (v === '' ? null : v)),
  [RETURN_FIELD]: z.string().optional().transform((v) => safeReturnPath(v)),
});
export type FeedbackInput = z.output<typeof feedbackForm>;

/** A path on this site to go back to (starting with one "/"), or null. */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim();
  return v.startsWith('/') && !v.startsWith('//') && !v.includes('\\') && v.length <= 500 ? v : null;
}

/** Whether the honeypot was filled (a bot): answered like a success, nothing kept or sent. */
export function isHoneypotFilled(body: unknown): boolean {
  const v = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[HONEYPOT_FIELD] : undefined;
  return typeof v === 'string' ? v.trim() !== '' : v !== undefined && v !== null;
}

/** A region's portal in the path: the regions module's own slug rule. */
export { slugParams as regionParams } from '../regions/regions.schema.js';
export const organizationParams = z.object({ id: z.string().refine(isUuid) });
export const feedbackParams = z.object({ id: z.string().refine(isUuid) });
/** `?activity=<id>` on the data-error form: the activity page it was opened from. */
export const activityQuery = z.object({ activity: z.string().refine(isUuid).optional().catch(undefined) }).loose();
export const sentQuery = z.object({ back: z.string().optional().catch(undefined) }).loose();
