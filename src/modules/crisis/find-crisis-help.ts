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
  // A few hundred short rows, read at each search with text: an administrator's edit counts at once, on every
  // instance, and no state is kept in the module.
  const patterns = (await listCrisisPhraseRows(db)).map((r) => crisisPattern(r.phrase)).filter((p): p is CrisisPattern => p !== null);
  if (!matchesCrisis(text, patterns)) return null;
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
