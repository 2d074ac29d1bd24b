import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../platform/db/database.js';
import { badRequest } from '../../platform/errors.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { findCrisisHelp, type CrisisHelp } from '../crisis/find-crisis-help.js';
import { helsinkiDate } from '../freshness/freshness-dates.js';
import { countSearch } from './count-search.js';
import { helpWhenNothingFound, type SearchHelp } from './help-when-nothing-found.js';
import { listResultCards, type ResultCard } from './list-result-cards.js';
import { listSearchOptions, type SearchOptions } from './list-search-options.js';
import { searchActivities } from './search-activities.js';
import { parseSearchPageQuery, PER_PAGE, regionOfQuery, REMOTE, type SearchPageState } from './search.schema.js';
import type { SearchResult } from './search.types.js';
import { suggestSpelling } from './suggest-spelling.js';

export interface SearchResultsPage {
  options: SearchOptions;
  state: SearchPageState;
  result: SearchResult;
  cards: ResultCard[];
  help: SearchHelp;
  perPage: number;
  /** The crisis box's helplines when the text expresses a crisis, else null. */
  crisis: CrisisHelp | null;
  /** The date in Finland (YYYY-MM-DD), for the printout's "printed on" line. */
  today: string;
}

/**
 * The results page's data: the choices of the three questions, the query checked against them (an unknown value is
 * BAD_REQUEST naming the field), the hits with their cards, and help when little was found. `explain` (score
 * parts) is for administrators only: the route decides that through the search policy.
 */
export async function showSearchResults(options: {
  db: Database;
  query: unknown;
  lang: Lang;
  explain: boolean;
  /** FRESHNESS_MARK_AFTER_DAYS: cards this old say their details may be out of date. */
  markAfterDays: number;
  log?: FastifyBaseLogger;
  now?: Date;
}): Promise<SearchResultsPage> {
  const { db, lang } = options;
  const now = options.now ?? new Date();
  // A region's portal scope (?region=slug): the region's municipalities only, nationwide / remote ones included.
  const region = regionOfQuery(options.query);
  if (region === null) throw badRequest('search: invalid region', { messageKey: 'search.error.invalid', params: { field: 'region' } });
  const searchOptions = await listSearchOptions({ db, lang, ...(region ? { regionId: region, scoped: true } : {}) });
  if (region && searchOptions.region.name === '')
    throw badRequest('search: unknown region', { messageKey: 'search.error.unknown', params: { field: 'region', value: region.slice(0, 64) } });
  const withinMunicipalities = region ? searchOptions.region.municipalities.map((m) => m.code) : undefined;
  const parsed = parseSearchPageQuery(options.query, searchOptions);
  if (!parsed.ok) {
    throw parsed.value === undefined
      ? badRequest(`search: invalid ${parsed.field}`, { messageKey: 'search.error.invalid', params: { field: parsed.field } })
      : badRequest(`search: unknown ${parsed.field}`, { messageKey: 'search.error.unknown', params: { field: parsed.field, value: parsed.value.slice(0, 64) } });
  }
  const state = parsed.state;
  const result = await searchActivities({
    db,
    text: state.q,
    needs: state.need,
    supports: state.support,
    targets: state.target,
    municipality: state.municipality && state.municipality !== REMOTE ? state.municipality : undefined,
    remoteOnly: state.municipality === REMOTE,
    withinMunicipalities,
    lang,
    sort: state.sort,
    page: state.page,
    perPage: PER_PAGE,
    facets: true,
    explain: options.explain,
  });
  const cards = await listResultCards({ db, hits: result.hits, lang, markAfterDays: options.markAfterDays, now });
  // A new search (its first page, with words or a choice) is counted per day and municipality; paging is not.
  const searched = state.q.trim() !== '' || state.need.length + state.support.length + state.target.length > 0 || !!state.municipality;
  if (searched && state.page === 1) await countSearch({ db, municipality: state.municipality ?? '', now, log: options.log });
  // A search in crisis gets the crisis box, and is neither logged (only counted per day) nor "corrected".
  const crisis = await findCrisisHelp({ db, text: state.q, lang, log: options.log });
  const help = await helpWhenNothingFound({ db, state, result, lang, spell: suggestSpelling, log: options.log, crisis: crisis !== null, withinMunicipalities });
  return { options: searchOptions, state, result, cards, help, perPage: PER_PAGE, crisis, today: helsinkiDate(now) };
}
