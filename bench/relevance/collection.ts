/**
 * The test collection format (corpus.json + queries.json in one folder), shared by the harness, the corpus builder
 * and any held-out collection. README.md documents it for people writing a collection.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const lang = z.enum(['fi', 'sv', 'en']);
const text = z.object({ name: z.string().min(1), description: z.string() });

const organization = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  nameSv: z.string().optional(),
  nameEn: z.string().optional(),
  language: lang.default('fi'),
  kind: z.enum(['association', 'foundation', 'parish', 'umbrella', 'local_branch', 'cooperative', 'other']).default('association'),
  description: z.string().default(''),
  municipality: z.string().regex(/^\d{3}$/).optional(),
  email: z.string().optional(),
  website: z.string().optional(),
  lastChecked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

const activity = z.object({
  id: z.string().min(1),
  organizationId: z.string().min(1),
  language: lang.default('fi'),
  name: z.string().min(1),
  description: z.string().default(''),
  translations: z.object({ fi: text.optional(), sv: text.optional(), en: text.optional() }).optional(),
  needs: z.array(z.string()).default([]),
  supports: z.array(z.string()).default([]),
  targets: z.array(z.string()).default([]),
  municipalities: z.array(z.string().regex(/^\d{3}$/)).default([]),
  nationwide: z.boolean().default(false),
  remote: z.boolean().default(false),
  lastChecked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

const corpus = z.object({
  description: z.string().optional(),
  organizations: z.array(organization),
  activities: z.array(activity),
});

export const QUERY_KINDS = ['inflection', 'compound', 'synonym', 'typo', 'swedish', 'english', 'filter', 'municipality', 'prefix', 'plain', 'lay', 'target'] as const;

const query = z.object({
  id: z.string().min(1),
  kind: z.string().min(1),
  text: z.string(),
  /** Interface language of the person searching; defaults by kind (swedish → sv, english → en, otherwise fi). */
  lang: lang.optional(),
  filters: z
    .object({
      needs: z.array(z.string()).optional(),
      supports: z.array(z.string()).optional(),
      targets: z.array(z.string()).optional(),
      municipality: z.string().regex(/^\d{3}$/).optional(),
    })
    .optional(),
  /** activity id → grade 0..3; activities not listed are grade 0. */
  judgments: z.record(z.string(), z.number().int().min(0).max(3)),
  note: z.string().optional(),
});

const queries = z.object({
  description: z.string().optional(),
  grades: z.record(z.string(), z.string()).optional(),
  queries: z.array(query),
});

export type CorpusOrganization = z.input<typeof organization>;
export type CorpusActivity = z.input<typeof activity>;
export type CorpusFile = z.input<typeof corpus>;
export type Corpus = z.output<typeof corpus>;
export type Query = z.output<typeof query>;
export type QueriesFile = z.output<typeof queries>;

export interface Collection {
  dir: string;
  corpus: Corpus;
  queries: Query[];
}

/** Reads and checks a collection: ids unique, every judged id and organisation reference exists. */
export function loadCollection(dir: string): Collection {
  const read = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
  const c = corpus.parse(read('corpus.json'));
  const q = queries.parse(read('queries.json'));
  const problems: string[] = [];
  const orgIds = new Set<string>();
  for (const o of c.organizations) {
    if (orgIds.has(o.id)) problems.push(`duplicate organisation id ${o.id}`);
    orgIds.add(o.id);
  }
  const activityIds = new Set<string>();
  for (const a of c.activities) {
    if (activityIds.has(a.id)) problems.push(`duplicate activity id ${a.id}`);
    activityIds.add(a.id);
    if (!orgIds.has(a.organizationId)) problems.push(`activity ${a.id}: unknown organisation ${a.organizationId}`);
    if (!a.nationwide && a.municipalities.length === 0) problems.push(`activity ${a.id}: neither nationwide nor in any municipality`);
  }
  const queryIds = new Set<string>();
  for (const x of q.queries) {
    if (queryIds.has(x.id)) problems.push(`duplicate query id ${x.id}`);
    queryIds.add(x.id);
    for (const id of Object.keys(x.judgments)) if (!activityIds.has(id)) problems.push(`query ${x.id}: judged id ${id} is not in the corpus`);
    if (!Object.values(x.judgments).some((g) => g >= 2)) problems.push(`query ${x.id}: no document graded 2 or 3`);
  }
  if (problems.length > 0) throw new Error(`collection ${dir} is not valid:\n  ${problems.join('\n  ')}`);
  return { dir, corpus: c, queries: q.queries };
}
