import { z } from 'zod';
import { isUuid } from '../../platform/ids.js';

/** The theme form of /admin/themes (new and edit are the same form: the slug may change) and the route parameters. */

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const name = z.string().max(80, 'themes.error.name').optional().default('').transform((s) => s.trim());

const terms = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])])
  .pipe(z.array(z.string().refine(isUuid, 'themes.error.terms')).min(1, 'themes.error.termsNone').max(60, 'themes.error.terms'));

export const themeForm = z.object({
  slug: z
    .string()
    .optional()
    .default('')
    .transform((s) => s.trim())
    .pipe(z.string().min(2, 'themes.error.slug').max(60, 'themes.error.slug').regex(SLUG, 'themes.error.slug')),
  nameFi: name.refine((s) => s.length > 0, 'themes.error.nameFi'),
  nameSv: name,
  nameEn: name,
  sortOrder: z
    .string()
    .optional()
    .default('0')
    .transform((s) => s.trim() || '0')
    .pipe(z.string().regex(/^-?\d{1,4}$/, 'themes.error.sortOrder'))
    .transform(Number),
  terms,
});

export type ThemeInput = z.output<typeof themeForm>;

export const themeIdParams = z.object({ themeId: z.string().refine(isUuid) });
export const regionThemeParams = z.object({ slug: z.string().max(60).regex(SLUG), theme: z.string().max(60).regex(SLUG) });

export const doneQuery = z.object({ done: z.enum(['created', 'saved']).optional().catch(undefined) }).loose();
