import type { Database } from '../../platform/db/database.js';
import { collator } from '../../platform/i18n/i18n.js';
import { isUuid } from '../../platform/ids.js';
import { analyzeQuery } from './analyze-query.js';
import { readLayQuery } from './lay-query.js';
import { listSynonyms } from './list-synonyms.js';
import {
  buildPartialTsQuery,
  buildTsQuery,
  hasPositiveTerms,
  parseQuery,
  trigramWords,
} from './search-query.js';
import {
  BROAD_SAMPLE,
  SAMPLE_SCALE,
  anyFullTextMatch,
  countSampleFacets,
  countSampleMatches,
  listMunicipalityNames,
  listTermLabels,
  querySearch,
  type SearchQueryPlan,
  type SearchRow,
  type TextMatch,
} from './search.repo.js';
import type { FacetValue, ScoreParts, SearchInput, SearchResult } from './search.types.js';

const CODE = /^[a-z0-9_-]{1,64}$/;
const MUNICIPALITY = /^[0-9]{3}$/;
const MAX_PER_PAGE = 100;
const MAX_OFFSET = 100_000;
/** With fewer activities matching every word, those matching some of the words are listed after them. */
const PARTIAL_BELOW = 10;
/** A broad query in relevance order is answered from bounded candidates only for pages ending within this many hits. */
const BROAD_PAGES_END = 200;

function codes(values: string[] | undefined): string[] {
  return [...new Set((values ?? []).filter((v) => typeof v === 'string'))];
}

const nothing = (): SearchResult => ({ total: 0, hits: [] });

/**
 * The one search of the directory (results page and HSDS API). Text is matched with PostgreSQL full-text search
 * over Finnish, Swedish, English and unstemmed forms (the last word also as a prefix); when no public activity
 * matches the words at all, a trigram comparison finds near spellings instead (`approximate`). Filters: any value
 * within one list, all lists together. Never throws on odd input: values that cannot match simply find nothing.
 */
export async function searchActivities({ db, ...input }: { db: Database } & SearchInput): Promise<SearchResult> {
  const perPage = Math.min(Math.max(Math.floor(Number(input.perPage) || 20), 1), MAX_PER_PAGE);
  const page = Math.max(Math.floor(Number(input.page) || 1), 1);
  const offset = Math.min((page - 1) * perPage, MAX_OFFSET);

  if (input.termIds && input.termIds.length > 0 && !input.termIds.some(isUuid)) return nothing();
  if (input.taxonomyId !== undefined && !isUuid(input.taxonomyId)) return nothing();
  if (input.organizationId !== undefined && !isUuid(input.organizationId)) return nothing();
  if (input.municipality !== undefined && !MUNICIPALITY.test(input.municipality)) return nothing();
  const withinMunicipalities = input.withinMunicipalities?.filter((c) => MUNICIPALITY.test(c));
  const lists = [codes(input.needs), codes(input.supports), codes(input.targets)];
  if (lists.some((l) => l.length > 0 && !l.some((c) => CODE.test(c)))) return nothing();
  const [needs, supports, targets] = lists.map((l) => l.filter((c) => CODE.test(c))) as [string[], string[], string[]];
  const modifiedAfter = input.modifiedAfter && !Number.isNaN(input.modifiedAfter.getTime()) ? input.modifiedAfter : undefined;

  // Lay phrases, relation words and target-group words first (lay-query.ts), then the words one by one.
  const lay = readLayQuery(parseQuery(input.text), input.lang);
  const parsed = lay.parsed;
  const synonyms = parsed.groups.length > 0 ? await listSynonyms({ db }) : undefined;
  const { stems, alternatives: precisely, corrected, corrections } = await analyzeQuery({ db, parsed, lang: input.lang, synonyms, lay });
  // The literal words alone; with base forms, compound parts and synonyms ORed in (matched, but ranked lower);
  // and with typo corrections too (ranked lowest).
  const literal = buildTsQuery(parsed, stems);
  const precise = buildTsQuery(parsed, stems, precisely);
  const tsquery = corrections.size > 0 ? buildTsQuery(parsed, stems, corrected) : precise;
  const alternatives = corrected;

  // Facet counts are counted exactly over every match unless those are broad (set below).
  let exactFacets = input.facets === true;
  const plan = (text: TextMatch): SearchQueryPlan => ({
    lang: input.lang,
    text,
    needs,
    supports,
    targets,
    termIds: input.termIds && input.termIds.length > 0 ? input.termIds.filter(isUuid) : undefined,
    taxonomyId: input.taxonomyId,
    organizationId: input.organizationId,
    modifiedAfter,
    municipality: input.municipality,
    remoteOnly: input.municipality === undefined && input.remoteOnly === true,
    withinMunicipalities,
    sort: input.sort === 'name' ? 'name' : 'relevance',
    limit: perPage,
    offset,
    facets: exactFacets,
    explain: input.explain === true,
    boost: lay.boost,
  });

  const text: TextMatch = tsquery
    ? { kind: 'fulltext', tsquery, literal: literal ?? tsquery, ...(corrections.size > 0 && precise ? { precise } : {}) }
    : { kind: 'none' };
  // A broad query (about 2 400 matches or more) is answered from bounded candidates with an estimated total, unless
  // every match must be counted (decision record 0004, "Broad queries"). On the results page its facet counts are
  // estimated from the index's sample too.
  const broad = input.exactTotal !== true ? await broadText(db, plan(text), offset + perPage, input.broadSample ?? BROAD_SAMPLE) : null;
  if (broad) {
    const page = { ...plan(broad), facets: false, broad: true, ...(input.broadSampleRead ? { sampleRead: input.broadSampleRead } : {}) };
    const [rows, sample] = await Promise.all([querySearch(db, page), input.facets ? countSampleFacets(db, plan(broad)) : null]);
    const exactCount = rows.find((r) => r.kind === 'exact');
    return {
      total: twoSignificantDigits(totalOf(rows)),
      totalEstimated: true,
      hits: hitsOf(rows, input),
      ...(exactCount && Number(exactCount.n ?? 0) === 0 ? { approximate: true } : {}),
      ...(sample ? { facets: await facetsOf(db, sample, input.lang, withinMunicipalities, SAMPLE_SCALE), facetsEstimated: true } : {}),
    };
  }
  // The facets count every match of the text and the other filters, whatever is chosen in the facets themselves
  // (search.types.ts): when those are broad, their counts are estimated from the sample even if the page is not.
  const facetsBroad = exactFacets && input.exactTotal !== true && (await facetsAreBroad(db, plan(text), input.broadSample ?? BROAD_SAMPLE));
  if (facetsBroad) exactFacets = false;
  let rows = await querySearch(db, plan(text));
  // Few activities have all the words: those that have some of them follow (ranked by the share of words matched).
  let partial = false;
  if (tsquery && totalOf(rows) < PARTIAL_BELOW) {
    const relaxed = buildPartialTsQuery(parsed, stems, alternatives, lay.light);
    const relaxedPrecise = corrections.size > 0 ? buildPartialTsQuery(parsed, stems, precisely) : null;
    const relaxedLiteral = buildPartialTsQuery(parsed, stems);
    if (relaxed) {
      const more = await querySearch(
        db,
        plan({
          kind: 'fulltext',
          tsquery: relaxed.tsquery,
          literal: relaxedLiteral?.tsquery ?? relaxed.tsquery,
          groups: relaxed.groups,
          weights: relaxed.weights,
          strict: tsquery,
          ...(relaxedPrecise ? { precise: relaxedPrecise.tsquery } : {}),
        }),
      );
      if (totalOf(more) > totalOf(rows)) {
        rows = more;
        partial = true;
      }
    }
  }
  // Every hit needed a typo correction: the results are approximate (the page says so).
  let approximate = corrections.size > 0 && totalOf(rows) > 0 && Number(rows.find((r) => r.kind === 'exact')?.n ?? 0) === 0;
  if (tsquery && totalOf(rows) === 0 && hasPositiveTerms(parsed, stems) && !(await anyFullTextMatch(db, tsquery))) {
    const words = trigramWords(parsed, stems);
    if (words.length > 0) {
      rows = await querySearch(db, plan({ kind: 'trigram', words }));
      approximate = true;
    }
  }

  const result: SearchResult = { total: totalOf(rows), hits: hitsOf(rows, input) };
  if (approximate) result.approximate = true;
  if (partial) result.partial = true;
  if (facetsBroad) {
    result.facets = await facetsOf(db, await countSampleFacets(db, plan(text)), input.lang, withinMunicipalities, SAMPLE_SCALE);
    result.facetsEstimated = true;
  } else if (input.facets) {
    result.facets = await facetsOf(db, rows, input.lang, withinMunicipalities);
  }
  return result;
}

/**
 * Whether the query is broad, and then the text to answer it with: the sample holds BROAD_SAMPLE matches or more
 * (in relevance order only for pages ending within BROAD_PAGES_END). When the words as typed are broad on their own,
 * the typo corrections add nothing worth reading every match for: the broad query is the one without them.
 */
async function broadText(db: Database, p: SearchQueryPlan, pageEnd: number, broadSample: number): Promise<TextMatch | null> {
  const eligible = p.sort === 'name' ? p.text.kind !== 'trigram' : p.text.kind === 'fulltext' && pageEnd <= BROAD_PAGES_END;
  if (!eligible) return null;
  const sample = await countSampleMatches(db, p, broadSample);
  if (sample.n < broadSample) return null;
  if (p.text.kind === 'fulltext' && p.text.precise && (sample.precise ?? 0) >= broadSample) {
    return { kind: 'fulltext', tsquery: p.text.precise, literal: p.text.literal };
  }
  return p.text;
}

/** Whether the matches the facets count (the plan without the facets' own choices) are broad. */
async function facetsAreBroad(db: Database, p: SearchQueryPlan, broadSample: number): Promise<boolean> {
  if (p.text.kind === 'trigram') return false;
  const unchosen: SearchQueryPlan = { ...p, needs: [], supports: [], targets: [], municipality: undefined, remoteOnly: false };
  return (await countSampleMatches(db, unchosen, broadSample)).n >= broadSample;
}

/** 54 896 → 55 000, 5 232 → 5 200: an estimate shown no more precisely than it is. */
export function twoSignificantDigits(n: number): number {
  if (n < 100) return n;
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}

function hitsOf(rows: SearchRow[], input: SearchInput): SearchResult['hits'] {
  return rows
    .filter((r) => r.kind === 'hit')
    .sort((a, b) => Number(a.ord) - Number(b.ord))
    .map((r) => ({
      activityId: r.activityId!,
      organizationId: r.organizationId!,
      score: Number(r.score ?? 0),
      nationwide: r.nationwide === true,
      ...(input.municipality ? { availability: r.local ? ('local' as const) : ('nationwide' as const) } : {}),
      ...(input.explain && r.code ? { explain: explainOf(r.code, Number(r.score ?? 0)) } : {}),
    }));
}

function explainOf(json: string, score: number): ScoreParts {
  const p = JSON.parse(json) as Omit<ScoreParts, 'score'>;
  return { ...p, score };
}

function totalOf(rows: SearchRow[]): number {
  return Number(rows.find((r) => r.kind === 'total')?.n ?? 0);
}

/**
 * The facets from their count rows. From the sample (`scale` SAMPLE_SCALE), each count is multiplied and shown to two
 * significant digits, like the estimated total.
 */
async function facetsOf(
  db: Database,
  rows: SearchRow[],
  lang: SearchInput['lang'],
  within?: string[],
  scale = 1,
): Promise<NonNullable<SearchResult['facets']>> {
  const terms = await listTermLabels(db, lang);
  const termLabel = new Map(terms.map((t) => [`${t.slug}:${t.code}`, t.label]));
  const count = (n: number) => (scale === 1 ? n : twoSignificantDigits(n * scale));
  const nationwideRaw = Number(rows.find((r) => r.kind === 'nationwide')?.n ?? 0);
  const nationwide = count(nationwideRaw);
  const municipalityRows = rows.filter((r) => r.kind === 'municipality' && r.code && (!within || within.includes(r.code)));
  const names = await listMunicipalityNames(db, municipalityRows.map((r) => r.code!));
  const municipalityLabel = new Map(names.map((m) => [m.code, lang === 'sv' ? m.nameSv : m.nameFi]));
  const compare = collator(lang);
  const sorted = (values: FacetValue[]) =>
    values.filter((v) => v.count > 0).sort((a, b) => b.count - a.count || compare.compare(a.label, b.label));
  const taxonomyFacet = (slug: 'need' | 'support' | 'target') =>
    sorted(
      rows
        .filter((r) => r.kind === slug && r.code)
        .map((r) => ({ code: r.code!, label: termLabel.get(`${slug}:${r.code}`) ?? r.code!, count: count(Number(r.n ?? 0)) })),
    );
  return {
    need: taxonomyFacet('need'),
    support: taxonomyFacet('support'),
    target: taxonomyFacet('target'),
    // Choosing a municipality also brings the nationwide and remote activities, so they count in each.
    municipality: sorted(
      municipalityRows.map((r) => ({ code: r.code!, label: municipalityLabel.get(r.code!) ?? r.code!, count: count(Number(r.n ?? 0) + nationwideRaw) })),
    ),
    nationwide,
  };
}
