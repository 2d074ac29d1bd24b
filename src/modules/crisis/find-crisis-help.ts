import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../platform/db/database.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { countCrisisSearch, listCrisisHelplineRows, listCrisisPhraseRows } from './crisis.repo.js';
import { crisisPattern, matchesCrisis, type CrisisPattern } from './match-crisis.js';

/** A helpline as the crisis box shows it, in the page's language. */
export interface CrisisHelpline {
  name: string;
  phone: string;
  hours: string | null;
  url: string | null;
}

export interface CrisisHelp {
  helplines: CrisisHelpline[];
}

/** The calendar day in Finland (YYYY-MM-DD). */
function helsinkiDay(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Phrases change rarely (an administrator's edit): each process reads them at most this often. */
const PHRASES_MAX_AGE_MS = 30_000;
const cache = new WeakMap<Database, { at: number; patterns: CrisisPattern[] }>();

async function crisisPatterns(db: Database, now: number): Promise<CrisisPattern[]> {
  const cached = cache.get(db);
  if (cached && now - cached.at < PHRASES_MAX_AGE_MS) return cached.patterns;
  const patterns = (await listCrisisPhraseRows(db)).map((r) => crisisPattern(r.phrase)).filter((p): p is CrisisPattern => p !== null);
  cache.set(db, { at: now, patterns });
  return patterns;
}

/** After an administrator's edit: this process reads the phrases again at the next search. */
export function forgetCrisisPhrases(db: Database): void {
  cache.delete(db);
}

/**
 * The crisis box for a search text, or null. Phrases of every language are matched whatever the page's language
 * (a Swede may search on the Finnish page). A match is counted for the day, and nothing else of it is kept: the
 * caller must not log the text either. Never throws: a failure to count is logged (without the text) and the box
 * is shown anyway.
 */
export async function findCrisisHelp({
  db,
  text,
  lang,
  now = new Date(),
  log,
}: {
  db: Database;
  text: string;
  lang: Lang;
  now?: Date;
  log?: FastifyBaseLogger;
}): Promise<CrisisHelp | null> {
  if (!text.trim()) return null;
  if (!matchesCrisis(text, await crisisPatterns(db, now.getTime()))) return null;
  try {
    await countCrisisSearch(db, helsinkiDay(now));
  } catch (err) {
    log?.warn({ errCode: (err as { code?: string }).code ?? 'unknown' }, 'crisis search count failed');
  }
  const helplines = (await listCrisisHelplineRows(db)).map((h) => ({
    name: pick(lang, h.nameFi, h.nameSv, h.nameEn),
    phone: h.phone,
    hours: lang === 'sv' ? (h.hoursSv ?? h.hoursFi) : lang === 'en' ? (h.hoursEn ?? h.hoursFi) : h.hoursFi,
    url: h.url,
  }));
  return { helplines };
}
