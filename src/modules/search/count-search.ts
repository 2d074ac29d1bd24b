import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../platform/db/database.js';
import { helsinkiDate } from '../freshness/freshness-dates.js';
import { incrementSearchCount } from './search-help.repo.js';

/**
 * Counts one search made on the results page, per Finnish day and the municipality it was limited to ('' when none
 * or remote only), for the region administrators' statistics. Nothing else is kept: no text, no time of day, nothing
 * about who searched. Never throws: a failure is logged without the search and the page is shown anyway.
 */
export async function countSearch({
  db,
  municipality,
  now = new Date(),
  log,
}: {
  db: Database;
  municipality: string;
  now?: Date;
  log?: FastifyBaseLogger;
}): Promise<void> {
  try {
    await incrementSearchCount(db, helsinkiDate(now), /^[0-9]{3}$/.test(municipality) ? municipality : '');
  } catch (err) {
    log?.warn({ errCode: (err as { code?: string }).code ?? 'unknown' }, 'search not counted');
  }
}
