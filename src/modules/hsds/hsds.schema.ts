import { z } from 'zod';

/**
 * Query-string schemas of the HSDS API. The same schemas parse requests and feed the OpenAPI document
 * (openapi.ts turns each field into a parameter with z.toJSONSchema).
 */

export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 50;

const uuid = (description: string) =>
  z
    .string()
    .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'must be a UUID')
    .transform((s) => s.toLowerCase())
    .meta({ description, format: 'uuid' });

const flag = (description: string) => z.stringbool({ error: 'must be true or false' }).meta({ description, type: 'boolean' });

/**
 * Accepts an ISO 8601 date or date-time; a date-time without an offset is UTC (as a bare date is). A "+" in an
 * unencoded query string arrives as a space: put it back.
 */
export function normalizeDateTime(input: string): string {
  let v = input.trim().replace(/^(\d{4}-\d{2}-\d{2}) (?=\d{2}:)/, '$1T');
  v = v.replace(/(T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?) (\d{2}:?\d{2})$/, '$1+$2');
  if (/T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/.test(v)) v += 'Z';
  return v;
}

const isoDateTime = z
  .string()
  .transform(normalizeDateTime)
  .refine(
    (s) => /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/.test(s) && !Number.isNaN(Date.parse(s)),
    'must be an ISO 8601 date or date-time, e.g. 2026-01-31T12:00:00Z',
  )
  .transform((s) => new Date(s))
  .meta({
    description: 'Only records modified at or after this moment (ISO 8601 date or date-time; without an offset, UTC).',
    format: 'date-time',
    examples: ['2026-01-01T00:00:00Z'],
  });

const common = {
  lang: z
    .enum(['fi', 'sv', 'en'], { error: 'must be fi, sv or en' })
    .default('fi')
    .meta({ description: 'Finnish profile: the language of the text fields (fi, sv, en). Missing translations fall back to Finnish.' }),
};

const paging = {
  search: z.string().max(200, 'must be at most 200 characters').optional().meta({ description: 'Full-text search.' }),
  page: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1_000_000, 'is too large')
    .default(1)
    .meta({ description: 'Page number, 1-based.' }),
  per_page: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_PER_PAGE, `must be at most ${MAX_PER_PAGE}`)
    .default(DEFAULT_PER_PAGE)
    .meta({ description: `Number of results on one page (at most ${MAX_PER_PAGE}).` }),
  format: z
    .enum(['json'], { error: 'only json is supported' })
    .optional()
    .meta({ description: 'Result format; only json is supported.' }),
  ...common,
};

const serviceFilters = {
  taxonomy_term_id: uuid('Only services with this taxonomy term.').optional(),
  taxonomy_id: uuid('Only services with some term of this taxonomy.').optional(),
  organization_id: uuid('Only services of this organization.').optional(),
  modified_after: isoDateTime.optional(),
  municipality: z
    .string()
    .regex(/^[0-9]{3}$/, 'must be a three-digit municipality code, e.g. 297')
    .optional()
    .meta({ description: 'Finnish profile: three-digit municipality code; services available there, nationwide or remotely.', examples: ['297'] }),
};

export const rootQuery = z.object({ ...common });

export const serviceListQuery = z.object({
  ...paging,
  ...serviceFilters,
  full: flag('true: fully nested services in contents.').optional(),
});

export const serviceItemQuery = z.object({ ...common });

export const organizationListQuery = z.object({
  ...paging,
  modified_after: isoDateTime.optional(),
  full: flag('true: fully nested organizations in contents.').optional(),
  full_service: flag('true: fully nested services inside each organization (with full=true).').optional(),
});

export const organizationItemQuery = z.object({
  ...common,
  full_service: flag('true: fully nested services inside the organization.').optional(),
});

export const taxonomyListQuery = z.object({ ...paging });
export const taxonomyItemQuery = z.object({ ...common });

export const taxonomyTermListQuery = z.object({
  ...paging,
  taxonomy_id: uuid('Only terms of this taxonomy.').optional(),
  parent_id: uuid('Only the children of this term.').optional(),
  top_only: flag('true: only terms without a parent.').optional(),
});
export const taxonomyTermItemQuery = z.object({ ...common });

export const serviceAtLocationListQuery = z.object({
  ...paging,
  ...serviceFilters,
  full: flag('true: fully nested service_at_locations in contents.').optional(),
});
export const serviceAtLocationItemQuery = z.object({ ...common });

export type ServiceListQuery = z.output<typeof serviceListQuery>;
export type OrganizationListQuery = z.output<typeof organizationListQuery>;
export type TaxonomyListQuery = z.output<typeof taxonomyListQuery>;
export type TaxonomyTermListQuery = z.output<typeof taxonomyTermListQuery>;
export type ServiceAtLocationListQuery = z.output<typeof serviceAtLocationListQuery>;

/** Repeated parameters (?a=1&a=2) arrive as arrays: join them so the schemas see one string. */
export function normalizeQuery(query: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (query && typeof query === 'object') {
    for (const [k, v] of Object.entries(query as Record<string, unknown>)) {
      if (Array.isArray(v)) out[k] = v.map(String).join(',');
      else if (v !== undefined && v !== null) out[k] = String(v);
    }
  }
  return out;
}
