import { z } from 'zod';
import type { SearchOptions } from './list-search-options.js';
import { MAX_CHARS } from './search-query.js';

/** A region's slug, as the region scope of a search names it. */
export const REGION_SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The "Etänä / koko Suomi" choice of the area field. */
export const REMOTE = 'remote';
export const PER_PAGE = 20;
const MAX_PAGE = 5000;

const codeList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter((s) => s !== ''))
  .pipe(z.array(z.string().max(64)).max(20))
  .transform((list) => [...new Set(list)]);

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** A page number past MAX_PAGE (however long) is MAX_PAGE: past the end is an empty page, not an error. */
const capPage = (v: unknown) => {
  const blank = blankToUndefined(v);
  return typeof blank === 'string' && /^\s*\d+\s*$/.test(blank) && Number(blank) > MAX_PAGE ? MAX_PAGE : blank;
};

/** Query string of the results page: /search?need=&support=&target=&municipality=&q=&sort=&page= */
export const searchPageQuery = z.object({
  need: codeList,
  support: codeList,
  target: codeList,
  municipality: z.preprocess(blankToUndefined, z.string().trim().max(16).optional()),
  q: z.preprocess(blankToUndefined, z.string().optional()).transform((s) => (s ?? '').trim().slice(0, MAX_CHARS)),
  sort: z.preprocess(blankToUndefined, z.enum(['relevance', 'name']).default('relevance')),
  page: z.preprocess(capPage, z.coerce.number().int().min(1).max(MAX_PAGE).default(1)),
  /** A region's portal scope (src/modules/regions): its slug; checked against the regions by showSearchResults. */
  region: z.preprocess(blankToUndefined, z.string().trim().max(60).regex(REGION_SLUG).optional()),
});

export interface SearchPageState {
  q: string;
  need: string[];
  support: string[];
  target: string[];
  /** A municipality code, REMOTE, or '' for all areas. */
  municipality: string;
  sort: 'relevance' | 'name';
  page: number;
  /** A region's slug when the search is limited to that region (its portal); absent for the nationwide search. */
  region?: string;
}

export type ParseOutcome =
  | { ok: true; state: SearchPageState }
  | { ok: false; field: string; value?: string };

/** Validates the query string, and each code against the known taxonomy terms and municipalities. */
export function parseSearchPageQuery(query: unknown, options: SearchOptions): ParseOutcome {
  const parsed = searchPageQuery.safeParse(query ?? {});
  if (!parsed.success) return { ok: false, field: String(parsed.error.issues[0]?.path[0] ?? 'query') };
  const p = parsed.data;
  for (const field of ['need', 'support', 'target'] as const) {
    const known = new Set(options[field].map((o) => o.code));
    const unknown = p[field].find((c) => !known.has(c));
    if (unknown !== undefined) return { ok: false, field, value: unknown };
  }
  const municipality = p.municipality ?? '';
  if (municipality !== '' && municipality !== REMOTE) {
    const known = options.region.municipalities.some((m) => m.code === municipality) || options.otherMunicipalities.some((m) => m.code === municipality);
    if (!known) return { ok: false, field: 'municipality', value: municipality };
  }
  return { ok: true, state: { q: p.q, need: p.need, support: p.support, target: p.target, municipality, sort: p.sort, page: p.page, ...(p.region ? { region: p.region } : {}) } };
}

/** The region scope a results page query names: its slug, undefined for none, null when malformed. */
export function regionOfQuery(query: unknown): string | undefined | null {
  const parsed = searchPageQuery.shape.region.safeParse((query as { region?: unknown } | null)?.region);
  return parsed.success ? parsed.data : null;
}

/** The results page URL (language-neutral) for a state; defaults are left out so URLs stay short and shareable. */
export function searchPath(state: SearchPageState): string {
  const params = new URLSearchParams();
  if (state.q) params.append('q', state.q);
  state.need.forEach((c) => params.append('need', c));
  state.support.forEach((c) => params.append('support', c));
  state.target.forEach((c) => params.append('target', c));
  if (state.municipality) params.append('municipality', state.municipality);
  if (state.sort !== 'relevance') params.append('sort', state.sort);
  if (state.page > 1) params.append('page', String(state.page));
  if (state.region) params.append('region', state.region);
  const qs = params.toString();
  return qs ? `/search?${qs}` : '/search';
}
