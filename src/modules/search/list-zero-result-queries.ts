import type { Database } from '../../platform/db/database.js';
import { isLang, type Lang } from '../../platform/i18n/i18n.js';
import { groupZeroResults } from './search-help.repo.js';

export interface ZeroResultQuery {
  /** Normalised query text ('' when only filters were chosen). */
  query: string;
  needs: string[];
  supports: string[];
  targets: string[];
  /** A municipality code, 'remote' or ''. */
  municipality: string;
  lang: Lang;
  /** How many searches of this kind found nothing. */
  count: number;
  /** Of those, how many were answered approximately (typo fallback) instead. */
  approximateCount: number;
  firstSeen: Date;
  lastSeen: Date;
}

/**
 * Searches that found nothing since a moment, grouped by identical text + filters + language, most frequent first
 * (for the administrators' statistics). Times are whole hours.
 */
export async function listZeroResultQueries({ db, since, limit = 200 }: { db: Database; since: Date; limit?: number }): Promise<ZeroResultQuery[]> {
  const rows = await groupZeroResults(db, since, Math.min(Math.max(Math.floor(limit), 1), 1000));
  return rows.map((r) => ({
    query: r.query,
    needs: r.needCodes,
    supports: r.supportCodes,
    targets: r.targetCodes,
    municipality: r.municipality,
    lang: isLang(r.lang) ? r.lang : 'fi',
    count: r.searches,
    approximateCount: r.approximateSearches,
    firstSeen: r.firstHour,
    lastSeen: r.lastHour,
  }));
}
