import { z } from 'zod';

/** The forms and parameters of news and announcements (messages are message keys: platform/http/form.ts). */

export const MAX_TITLE = 200;
export const MAX_BODY = 20000;

/** A typed date, d.m.yyyy ("24.12.2026") or yyyy-mm-dd, as yyyy-mm-dd; null when it is not a real calendar date. */
export function parseDateInput(input: string): string | null {
  const s = input.trim();
  let y: number, m: number, d: number;
  const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (fi) [d, m, y] = [Number(fi[1]), Number(fi[2]), Number(fi[3])];
  else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  if (y < 2000 || y > 2100) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** yyyy-mm-dd → d.m.yyyy, as the form shows a saved date. */
export function dateInputValue(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

const trimmed = z
  .string()
  .optional()
  .default('')
  .transform((s) => s.trim());

const publishOn = trimmed.pipe(
  z
    .string()
    .min(1, 'news.error.publishOn')
    .transform((s, ctx) => {
      const d = parseDateInput(s);
      if (!d) ctx.addIssue({ code: 'custom', message: 'news.error.publishOn' });
      return d ?? '';
    }),
);

const expiresOn = trimmed.transform((s, ctx) => {
  if (s === '') return null;
  const d = parseDateInput(s);
  if (!d) ctx.addIssue({ code: 'custom', message: 'news.error.expiresOn' });
  return d;
});

/** An image address: https only, no credentials, at most 1000 characters. */
export function isSafeImageUrl(s: string): boolean {
  if (s.length > 1000) return false;
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && u.username === '' && u.password === '' && u.hostname.includes('.');
  } catch {
    return false;
  }
}

const fields = {
  lang: z.enum(['fi', 'sv', 'en'], { message: 'news.error.lang' }).catch('fi'),
  title: trimmed.pipe(z.string().min(1, 'news.error.title').max(MAX_TITLE, 'news.error.titleLong')),
  body: z
    .string()
    .optional()
    .default('')
    .transform((s) => s.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().min(1, 'news.error.body').max(MAX_BODY, 'news.error.bodyLong')),
  imageUrl: trimmed.pipe(z.string().refine((s) => s === '' || isSafeImageUrl(s), 'news.error.imageUrl')).transform((s) => (s === '' ? null : s)),
  imageAlt: trimmed.pipe(z.string().max(300, 'news.error.imageAltLong')),
  publishOn,
  expiresOn,
};

/** Cross-field rules: an image needs its alternative text; the expiry is not before the publish date. */
function crossChecks<T extends { imageUrl: string | null; imageAlt: string; publishOn: string; expiresOn: string | null }>(v: T, ctx: z.RefinementCtx): void {
  if (v.imageUrl && v.imageAlt === '') ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: 'news.error.imageAlt' });
  if (!v.imageUrl && v.imageAlt !== '') ctx.addIssue({ code: 'custom', path: ['imageUrl'], message: 'news.error.imageAltWithoutUrl' });
  if (v.expiresOn && v.publishOn && v.expiresOn < v.publishOn) ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'news.error.expiresBeforePublish' });
}

export const newsForm = z.object(fields).superRefine(crossChecks);
export type NewsInput = z.output<typeof newsForm>;

export const announcementForm = z
  .object({ regionId: trimmed.pipe(z.string().min(1, 'news.error.region').max(60, 'news.error.region')), ...fields })
  .superRefine(crossChecks);
export type AnnouncementInput = z.output<typeof announcementForm>;

export const announcementDecisionForm = z
  .object({
    decision: z.enum(['approve', 'reject'], { message: 'news.error.decision' }),
    message: trimmed.pipe(z.string().max(2000, 'news.error.messageLong')),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'reject' && v.message === '') ctx.addIssue({ code: 'custom', path: ['message'], message: 'news.error.message' });
  });

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const regionParams = z.object({ slug: z.string().max(60).regex(SLUG) });
export const newsParams = z.object({ slug: z.string().max(60).regex(SLUG), id: z.string().regex(UUID) });
export const idParams = z.object({ id: z.string().regex(UUID) });
export const pageQuery = z.object({ page: z.coerce.number().int().min(1).max(1000).optional().catch(undefined) }).loose();
export const doneQuery = z.object({ done: z.enum(['created', 'saved', 'unpublished', 'published', 'sent', 'approved', 'rejected']).optional().catch(undefined) }).loose();
