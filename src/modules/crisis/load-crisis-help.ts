import type { Database } from '../../platform/db/database.js';
import { CRISIS_PHRASES } from './crisis-phrases.data.js';
import { insertHelplinesIfNone, seedCrisisPhrasesOnce } from './crisis.repo.js';
import { DEMO_HELPLINES } from './demo-helplines.data.js';

/**
 * Run at every start: loads the curated crisis phrases the first time only (so phrases an administrator removed
 * stay removed), and with demo data the demo's fictional helplines when there are none.
 */
export async function loadCrisisHelp({ db, demo = false }: { db: Database; demo?: boolean }): Promise<void> {
  const phrases = (Object.keys(CRISIS_PHRASES) as (keyof typeof CRISIS_PHRASES)[]).flatMap((lang) => CRISIS_PHRASES[lang].map((phrase) => ({ lang, phrase })));
  await seedCrisisPhrasesOnce(db, phrases);
  if (demo) await insertHelplinesIfNone(db, DEMO_HELPLINES);
}
