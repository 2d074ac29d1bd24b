import { z } from 'zod';
import { isUsableAccent, normaliseHexColour } from './contrast.js';

/** The forms of /admin/regions: a new region (with its slug) and a region's edit (the slug never changes). */

/** lowercase a–z, 0–9 and single hyphens between them: `kanta-hame`. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_INTRO = 1000;

const text = (max: number, key: 'regions.error.name' | 'regions.error.intro' | 'regions.error.logoText') =>
  z.string().max(max, key).optional().default('').transform((s) => s.trim());

const accentColor = z
  .string()
  .max(20, 'regions.error.accentFormat')
  .optional()
  .default('')
  .superRefine((s, ctx) => {
    if (s.trim() === '') return;
    const hex = normaliseHexColour(s);
    if (!hex) ctx.addIssue({ code: 'custom', message: 'regions.error.accentFormat' });
    else if (!isUsableAccent(hex)) ctx.addIssue({ code: 'custom', message: 'regions.error.accentContrast' });
  })
  .transform((s) => (s.trim() === '' ? null : normaliseHexColour(s)));

const municipalities = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])])
  .pipe(z.array(z.string().regex(/^\d{3}$/, 'regions.error.municipalities')).min(1, 'regions.error.municipalitiesNone').max(400, 'regions.error.municipalities'));

const fields = {
  nameFi: text(100, 'regions.error.name').refine((s) => s.length > 0, 'regions.error.nameFi'),
  nameSv: text(100, 'regions.error.name'),
  nameEn: text(100, 'regions.error.name'),
  introFi: text(MAX_INTRO, 'regions.error.intro'),
  introSv: text(MAX_INTRO, 'regions.error.intro'),
  introEn: text(MAX_INTRO, 'regions.error.intro'),
  accentColor,
  logoText: text(60, 'regions.error.logoText'),
  municipalities,
};

export const editRegionForm = z.object(fields);

export const newRegionForm = z.object({
  slug: z
    .string()
    .optional()
    .default('')
    .transform((s) => s.trim())
    .pipe(z.string().min(2, 'regions.error.slug').max(60, 'regions.error.slug').regex(SLUG, 'regions.error.slug')),
  ...fields,
});

export type RegionInput = z.output<typeof editRegionForm>;

export const slugParams = z.object({ slug: z.string().max(60).regex(SLUG) });
export const municipalityParams = z.object({ slug: z.string().max(60).regex(SLUG), code: z.string().regex(/^\d{3}$/) });

export const doneQuery = z.object({ done: z.enum(['created', 'saved']).optional().catch(undefined), region: z.string().max(60).optional().catch(undefined) }).loose();
