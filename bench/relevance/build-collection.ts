/**
 * Writes bench/relevance/corpus.json and queries.json from the hand-written sources in bench/relevance/source/.
 * Deterministic: the same sources always give the same files (dates are derived from the keys, not from the clock).
 *
 *   npx tsx bench/relevance/build-collection.ts            (writes both files)
 *   npx tsx bench/relevance/build-collection.ts --check    (fails when either file is out of date)
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TAXONOMIES } from '../../src/modules/reference/taxonomies.data.js';
import { listMunicipalities } from '../../src/modules/reference/municipalities.js';
import type { CorpusActivity, CorpusFile, CorpusOrganization } from './collection.js';
import { passesFilters } from './filters.js';
import { crisis } from './source/crisis.js';
import { disability } from './source/disability.js';
import { elderly } from './source/elderly.js';
import { english } from './source/english.js';
import { extra } from './source/extra.js';
import { families } from './source/families.js';
import { illness } from './source/illness.js';
import { mental } from './source/mental.js';
import { grades, QUERIES } from './source/queries.js';
import { LAY_QUERIES } from './source/queries-lay.js';
import { regions } from './source/regions.js';
import { society } from './source/society.js';
import { substance } from './source/substance.js';
import { swedish } from './source/swedish.js';
import type { SrcOrg } from './source/types.js';

const here = dirname(fileURLToPath(import.meta.url));
const sources: SrcOrg[] = [...mental, ...crisis, ...substance, ...elderly, ...illness, ...disability, ...families, ...society, ...regions, ...extra, ...swedish, ...english];

/** A stable pseudo-random "last checked" date between 2023-09-01 and 2025-08-31, derived from the key. */
function checkedDate(key: string): string {
  const n = createHash('sha256').update(key).digest().readUInt32BE(0);
  const start = Date.UTC(2023, 8, 1);
  const days = n % 730;
  return new Date(start + days * 86_400_000).toISOString().slice(0, 10);
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .replace(/-(ry|rf)$/, '');
}

export function buildCorpus(): CorpusFile {
  const termCodes = new Map(TAXONOMIES.map((t) => [t.slug, new Set(t.terms.map((x) => x.code))]));
  const municipalities = new Set(listMunicipalities().map((m) => m.code));
  const orgKeys = new Set<string>();
  const activityKeys = new Set<string>();
  const organizations: CorpusOrganization[] = [];
  const activities: CorpusActivity[] = [];
  const fail = (msg: string): never => {
    throw new Error(msg);
  };

  for (const o of sources) {
    if (orgKeys.has(o.key)) fail(`duplicate organisation key ${o.key}`);
    orgKeys.add(o.key);
    if (o.municipality && !municipalities.has(o.municipality)) fail(`${o.key}: unknown municipality ${o.municipality}`);
    const domain = `${slug(o.name)}.example.org`;
    organizations.push({
      id: `org-${o.key}`,
      name: o.name,
      ...(o.nameSv ? { nameSv: o.nameSv } : {}),
      ...(o.nameEn ? { nameEn: o.nameEn } : {}),
      language: o.lang ?? 'fi',
      kind: o.kind ?? 'association',
      description: o.description,
      ...(o.municipality ? { municipality: o.municipality } : {}),
      email: `info@${domain}`,
      website: `https://${domain}/`,
      lastChecked: checkedDate(`org:${o.key}`),
    });
    for (const a of o.activities) {
      if (activityKeys.has(a.key)) fail(`duplicate activity key ${a.key}`);
      activityKeys.add(a.key);
      const nationwide = a.nationwide ?? false;
      const places = a.places ?? (nationwide || !o.municipality ? [] : [o.municipality]);
      if (!nationwide && places.length === 0) fail(`${a.key}: neither nationwide nor any municipality`);
      for (const p of places) if (!municipalities.has(p)) fail(`${a.key}: unknown municipality ${p}`);
      const check = (slugName: 'need' | 'support' | 'target', codes: string[] | undefined) => {
        for (const c of codes ?? []) if (!termCodes.get(slugName)!.has(c)) fail(`${a.key}: unknown ${slugName} term ${c}`);
        return codes ?? [];
      };
      const language = a.lang ?? o.lang ?? 'fi';
      activities.push({
        id: a.key,
        organizationId: `org-${o.key}`,
        language,
        name: a.name,
        description: a.description,
        ...(a.tr ? { translations: a.tr } : {}),
        needs: check('need', a.needs),
        supports: check('support', a.supports),
        targets: check('target', a.targets),
        municipalities: places,
        nationwide,
        remote: a.remote ?? false,
        lastChecked: a.checked ?? checkedDate(`activity:${a.key}`),
      });
    }
  }
  return {
    description:
      'Tarjotin relevance corpus: fictional Finnish NGO activities (organisations, names and addresses are invented). Generated by bench/relevance/build-corpus.ts from bench/relevance/source/.',
    organizations,
    activities,
  };
}

export function buildQueries(corpus: CorpusFile) {
  const byId = new Map(corpus.activities.map((a) => [a.id, a]));
  const ids = new Set<string>();
  const queries = [...QUERIES, ...LAY_QUERIES].map((q) => {
    if (ids.has(q.id)) throw new Error(`duplicate query id ${q.id}`);
    ids.add(q.id);
    const judgments = grades(q.judgments);
    for (const [id, grade] of Object.entries(judgments)) {
      const a = byId.get(id);
      if (!a) throw new Error(`query ${q.id}: ${id} is not in the corpus`);
      if (grade > 0 && q.filters && !passesFilters(a, q.filters)) throw new Error(`query ${q.id}: ${id} is judged ${grade} but the filters exclude it`);
    }
    if (!Object.values(judgments).some((g) => g >= 2)) throw new Error(`query ${q.id}: nothing graded 2 or 3`);
    return {
      id: q.id,
      kind: q.kind,
      text: q.text,
      ...(q.lang ? { lang: q.lang } : {}),
      ...(q.filters ? { filters: q.filters } : {}),
      ...(q.note ? { note: q.note } : {}),
      judgments: Object.fromEntries(Object.entries(judgments).sort(([a, x], [b, y]) => y - x || a.localeCompare(b))),
    };
  });
  return {
    description:
      'Tarjotin relevance queries with graded judgments, written by reading the corpus as a Finnish social- and health-care professional would. Generated by bench/relevance/build-collection.ts from bench/relevance/source/queries.ts.',
    grades: {
      '3': 'exactly what was asked',
      '2': 'clearly useful: the topic matches but the target group, the kind of support or the format is not quite it',
      '1': 'marginal: touches the topic, or is offered in a language the person searching probably cannot use',
      '0': 'not relevant, or excluded by the chosen filters (activities not listed are 0)',
    },
    queries,
  };
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const corpus = buildCorpus();
  const files = { 'corpus.json': corpus, 'queries.json': buildQueries(corpus) };
  if (process.argv.includes('--check')) {
    for (const [name, data] of Object.entries(files)) {
      if (readFileSync(join(here, name), 'utf8') !== `${JSON.stringify(data, null, 2)}\n`) {
        console.error(`${name} is out of date: run npx tsx bench/relevance/build-collection.ts`);
        process.exit(1);
      }
    }
    console.log('corpus.json and queries.json are up to date');
  } else {
    for (const [name, data] of Object.entries(files)) writeFileSync(join(here, name), `${JSON.stringify(data, null, 2)}\n`);
    const c = corpus;
    const byLang: Record<string, number> = {};
    for (const a of c.activities) byLang[a.language ?? 'fi'] = (byLang[a.language ?? 'fi'] ?? 0) + 1;
    const kinds: Record<string, number> = {};
    for (const q of files['queries.json'].queries) kinds[q.kind] = (kinds[q.kind] ?? 0) + 1;
    console.log(`wrote corpus.json: ${c.organizations.length} organisations, ${c.activities.length} activities`, byLang);
    console.log(`wrote queries.json: ${files['queries.json'].queries.length} queries`, kinds);
  }
}
