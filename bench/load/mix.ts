/**
 * The request mix of the load benchmark (issue 11, B1): what the service's visitors ask for, as real request paths
 * with real ids from the loaded directory. Deterministic: the same ids and seed give the same sequence, which every
 * level of the benchmark cycles through in order.
 *
 * Weights (per 100 requests) and why:
 * - activity cards 22, organisation cards 20: a directory is mostly entered from search engines and shared links
 *   straight onto one card (the long tail), and the results lead to cards; so cards are the largest share.
 * - results pages 15: a visitor who searches usually opens one or two cards per results page (and pages or filters
 *   now and then), so fewer results pages than cards. Realistic queries of the search benchmark
 *   (bench/search/queries.ts: inflected, compounds, synonyms, typos, sv/en, filters, municipality, paging).
 * - front page 8: the entry for those who come by name (fi mostly, some /sv and /en).
 * - HSDS API 16 (8 lists, 8 single services): partners' systems (the wellbeing services counties' portals, other
 *   directories) read the API; lists are half searches (the search benchmark's API queries) and half plain paging,
 *   as a synchronising client does.
 * - tray 8, contact-request form 6: the referral flow of social and health professionals (a tray of 1–4 chosen
 *   organisations / activities held in the browser's cookie; the form opened for one organisation or activity).
 * - sign-in page 5: maintainers of organisations and administrators (the link request itself is rate-limited and
 *   sends mail, so it is not in a load mix).
 */
import { Random } from '../../src/modules/demo/random.js';
import { API_QUERIES, PAGE_QUERIES } from '../search/queries.js';

export type LoadKind = 'front' | 'results' | 'organisation' | 'activity' | 'hsds-list' | 'hsds-one' | 'tray' | 'contact-form' | 'sign-in';

/** Share of each kind, per 100 requests (they add up to 100). */
export const WEIGHTS: Record<LoadKind, number> = {
  activity: 22,
  organisation: 20,
  results: 15,
  front: 8,
  'hsds-list': 8,
  'hsds-one': 8,
  tray: 8,
  'contact-form': 6,
  'sign-in': 5,
};

export const KIND_LABELS: Record<LoadKind, string> = {
  front: 'front page',
  results: 'results page (search)',
  organisation: 'organisation card',
  activity: 'activity card',
  'hsds-list': 'HSDS services list',
  'hsds-one': 'HSDS one service',
  tray: 'tray page',
  'contact-form': 'contact-request form',
  'sign-in': 'sign-in page',
};

/** Kinds whose requests run the full-text search (issue 12: slow at 100 000 activities). */
export function runsSearch(request: LoadRequest): boolean {
  return request.kind === 'results' || (request.kind === 'hsds-list' && /[?&](search|municipality|taxonomy_term_id|taxonomy_id)=/.test(request.path));
}

export interface LoadRequest {
  kind: LoadKind;
  path: string;
  /** The Cookie header to send (the tray's cookie), if any. */
  cookie?: string;
}

export interface MixIds {
  /** Public organisations (published, not hidden). */
  organizations: readonly string[];
  /** Public activities of public organisations. */
  activities: readonly string[];
}

/**
 * `length` requests in a seeded order, each kind exactly in proportion to its weight (length a multiple of 100 gives
 * the weights exactly). Ids are taken in turn from the lists (each kind from its own offset), so a long mix touches many cards, not one
 * cached row.
 */
export function buildMix(ids: MixIds, length = 1000, seed = 'tarjotin-bench-load'): LoadRequest[] {
  if (ids.organizations.length === 0 || ids.activities.length === 0) throw new Error('the mix needs public organisations and activities');
  const rng = new Random(seed);
  const counters = new Map<LoadKind, number>();
  const nth = (kind: LoadKind) => {
    const n = counters.get(kind) ?? 0;
    counters.set(kind, n + 1);
    return n;
  };
  const org = (i: number) => ids.organizations[i % ids.organizations.length]!;
  const act = (i: number) => ids.activities[i % ids.activities.length]!;
  // One card in ten in Swedish or English, as the bilingual and English-speaking visitors.
  const lang = (i: number) => (i % 10 === 4 ? '/sv' : i % 10 === 9 ? '/en' : '');

  const make: Record<LoadKind, (i: number) => LoadRequest> = {
    front: (i) => ({ kind: 'front', path: ['/', '/', '/', '/', '/', '/', '/sv', '/en'][i % 8]! }),
    results: (i) => ({ kind: 'results', path: PAGE_QUERIES[i % PAGE_QUERIES.length]!.path }),
    organisation: (i) => ({ kind: 'organisation', path: `${lang(i)}/organisations/${org(i)}` }),
    activity: (i) => ({ kind: 'activity', path: `${lang(i)}/activities/${act(i)}` }),
    'hsds-list': (i) =>
      i % 2 === 0
        ? { kind: 'hsds-list', path: API_QUERIES[(i / 2) % API_QUERIES.length]!.path }
        : { kind: 'hsds-list', path: `/api/hsds/services?page=${1 + (((i - 1) / 2) % 40)}&per_page=50` },
    'hsds-one': (i) => ({ kind: 'hsds-one', path: `/api/hsds/services/${act(i + 167)}` }),
    tray: (i) => {
      const items: string[] = [];
      const size = 1 + (i % 4);
      for (let k = 0; k < size; k++) items.push(k % 2 === 0 ? `a:${act(i * 4 + k + 311)}` : `o:${org(i * 4 + k + 311)}`);
      // As the service writes it (a URI-encoded cookie value).
      return { kind: 'tray', path: `${lang(i)}/tray`, cookie: `tarjotin_tray=${encodeURIComponent(items.join(','))}` };
    },
    'contact-form': (i) => ({
      kind: 'contact-form',
      path: i % 2 === 0 ? `/contact-requests/new?activity=${act(i + 89)}` : `/contact-requests/new?organization=${org(i + 89)}`,
    }),
    'sign-in': (i) => ({ kind: 'sign-in', path: ['/sign-in', '/sign-in', '/sign-in', '/sv/sign-in', '/en/sign-in'][i % 5]! }),
  };

  // Exact counts per kind, then a seeded shuffle (Fisher–Yates) so kinds interleave as real traffic does.
  const kinds: LoadKind[] = [];
  for (const [kind, weight] of Object.entries(WEIGHTS) as [LoadKind, number][]) {
    const count = Math.round((weight * length) / 100);
    for (let k = 0; k < count; k++) kinds.push(kind);
  }
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(rng.float() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
  }
  return kinds.map((kind) => make[kind](nth(kind)));
}
