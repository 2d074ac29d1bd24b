import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { insertZeroResult } from './search-help.repo.js';

const MAX_QUERY_CHARS = 200;

/**
 * The query text as logged: lower case, whitespace collapsed, and anything that looks like a personal detail
 * replaced — e-mail addresses, Finnish personal identity codes, phone numbers and other long digit runs.
 */
export function normalizeLoggedQuery(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\s@]+@[^\s@]+/g, '[email]')
    .replace(/\b\d{6}[-+a-fyxwvu]\d{3}[0-9a-z]\b/g, '[hetu]')
    .replace(/\+?\d[\d\s-]{4,}\d/g, '[number]')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_CHARS);
}

export interface ZeroResultSearch {
  text: string;
  needs: string[];
  supports: string[];
  targets: string[];
  /** A municipality code, 'remote' or ''. */
  municipality: string;
  lang: Lang;
  /** True when only the typo fallback answered. */
  approximate?: boolean;
}

/**
 * Records a search that found nothing (or only approximately): one insert, no personal data (no IP, user, session
 * or user agent; the time truncated to the hour). Never throws: a failure is logged (without the query) and the
 * page is shown anyway.
 */
export async function logZeroResult({
  db,
  search,
  now = new Date(),
  log,
}: {
  db: Database;
  search: ZeroResultSearch;
  now?: Date;
  log?: FastifyBaseLogger;
}): Promise<void> {
  const hour = new Date(now.getTime());
  hour.setUTCMinutes(0, 0, 0);
  try {
    await insertZeroResult(db, {
      query: normalizeLoggedQuery(search.text),
      needCodes: search.needs,
      supportCodes: search.supports,
      targetCodes: search.targets,
      municipality: search.municipality,
      lang: search.lang,
      approximate: search.approximate === true,
      searchedHour: hour,
    });
  } catch (err) {
    log?.warn({ errCode: (err as { code?: string }).code ?? 'unknown' }, 'zero-result search not logged');
  }
}
