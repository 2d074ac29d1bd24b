import { z } from 'zod';
import { isPlausibleEmail, normalizeEmail } from '../../platform/auth/auth-tokens.js';
import { isUuid } from '../../platform/ids.js';
import { CHOICES_MAX, HONEYPOT_FIELD } from './newsletter.types.js';

/** The forms and parameters of the newsletter (messages are message keys: platform/http/form.ts). */

/** "Tilaa uutiskirje": one address. */
export const subscribeForm = z.object({
  email: z
    .string({ error: 'newsletter.error.email' })
    .transform((v) => normalizeEmail(v))
    .refine((v) => v.length > 0 && v.length <= 320 && isPlausibleEmail(v) && z.email().safeParse(v).success, 'newsletter.error.email'),
});
export type SubscribeInput = z.output<typeof subscribeForm>;

/** Whether the honeypot was filled (a bot): answered like a success, nothing kept or sent. */
export function isHoneypotFilled(body: unknown): boolean {
  const v = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[HONEYPOT_FIELD] : undefined;
  return typeof v === 'string' ? v.trim() !== '' : v !== undefined && v !== null;
}

const idList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => [...new Set((v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((s) => isUuid(s)))])
  .pipe(z.array(z.string()).max(CHOICES_MAX, 'newsletter.error.tooManyChoices'));

/** An issue: its language, subject, the administrator's own text (Markdown), the news items and events chosen. */
export const issueForm = z.object({
  lang: z.enum(['fi', 'sv', 'en']).catch('fi'),
  subject: z
    .string()
    .optional()
    .default('')
    .transform((s) => s.replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, 'newsletter.error.subject').max(200, 'newsletter.error.subjectLong')),
  intro: z
    .string()
    .optional()
    .default('')
    .transform((s) => s.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(20000, 'newsletter.error.introLong')),
  news: idList,
  events: idList,
});
export type IssueInput = z.output<typeof issueForm>;

/** A region's portal in the path: the regions module's own slug rule. */
export { slugParams as regionParams } from '../regions/regions.schema.js';
export const issueParams = z.object({ slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(60), id: z.string().refine(isUuid) });
/** A token from an e-mailed link: 32 random bytes, base64url. */
export const tokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });
export const doneQuery = z.object({ done: z.enum(['created', 'saved', 'test', 'sending']).optional().catch(undefined) }).loose();
