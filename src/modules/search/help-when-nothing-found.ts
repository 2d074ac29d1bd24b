import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { logZeroResult } from './log-zero-result.js';
import { searchActivities } from './search-activities.js';
import { REMOTE, type SearchPageState } from './search.schema.js';
import type { SearchResult } from './search.types.js';

/** With a municipality chosen, fewer results than this bring the offer to widen the area. */
export const FEW_RESULTS = 3;

export type SpellingSuggester = (input: { db: Database; text: string; lang: Lang }) => Promise<string | null>;

export interface SearchHelp {
  /** "Did you mean …?": a corrected query text, different from the one typed. */
  didYouMean: string | null;
  /** Counts of the same search over wider areas; only the ones that would find more than the current search. */
  widen: { remote?: number; everywhere?: number } | null;
}

/**
 * What the results page offers when a search found nothing or little: a spelling suggestion (also when only the typo
 * fallback answered), the same search nationwide / remote and in the whole country with their counts (when a
 * municipality was chosen), and the zero-result log entry (no personal data). Nothing here ever breaks the page.
 */
export async function helpWhenNothingFound({
  db,
  state,
  result,
  lang,
  spell,
  log,
  crisis = false,
  withinMunicipalities,
}: {
  db: Database;
  state: SearchPageState;
  result: SearchResult;
  lang: Lang;
  spell: SpellingSuggester;
  log?: FastifyBaseLogger;
  /** The text expresses a crisis (src/modules/crisis): no zero-result log entry of it, no spelling suggestion. */
  crisis?: boolean;
  /** A region's scope (its portal): "everywhere" then means the whole region. */
  withinMunicipalities?: string[];
}): Promise<SearchHelp> {
  const help: SearchHelp = { didYouMean: null, widen: null };
  const nothing = result.total === 0;
  if ((nothing || result.approximate) && !crisis) {
    await logZeroResult({
      db,
      log,
      search: {
        text: state.q,
        needs: state.need,
        supports: state.support,
        targets: state.target,
        municipality: state.municipality,
        lang,
        approximate: !nothing,
      },
    });
  }
  if (state.q && (nothing || result.approximate) && !crisis) {
    try {
      const suggestion = (await spell({ db, text: state.q, lang }))?.trim() ?? null;
      if (suggestion && suggestion.toLowerCase() !== state.q.trim().toLowerCase()) help.didYouMean = suggestion;
    } catch (err) {
      log?.warn({ errCode: (err as { code?: string }).code ?? 'unknown' }, 'spelling suggestion failed');
    }
  }
  if (state.municipality && state.municipality !== REMOTE && result.total < FEW_RESULTS) {
    const everywhere = await searchActivities({
      db,
      text: state.q,
      needs: state.need,
      supports: state.support,
      targets: state.target,
      withinMunicipalities,
      lang,
      sort: 'relevance',
      page: 1,
      perPage: 1,
    });
    const remote = result.facets?.nationwide ?? 0;
    const widen: NonNullable<SearchHelp['widen']> = {};
    if (remote > result.total) widen.remote = remote;
    if (everywhere.total > result.total) widen.everywhere = everywhere.total;
    if (widen.remote !== undefined || widen.everywhere !== undefined) help.widen = widen;
  }
  return help;
}
