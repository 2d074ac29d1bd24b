import type { Database } from '../../platform/db/database.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { requireCrisisHelpEditor } from './crisis.policy.js';
import { listCrisisHelplineRows, listCrisisPhraseRows, listCrisisSearchDays, type CrisisHelplineRow } from './crisis.repo.js';

export interface CrisisHelpSettings {
  phrases: { fi: string[]; sv: string[]; en: string[] };
  helplines: CrisisHelplineRow[];
  /** The last 60 days with searches that showed the box, newest first. */
  days: { day: string; searches: number }[];
}

/** What the administration page shows: the phrases, the helplines and the daily counts. Platform administrators only. */
export async function getCrisisHelpSettings({ db, actor }: { db: Database; actor: SessionUser | null }): Promise<CrisisHelpSettings> {
  requireCrisisHelpEditor(actor);
  const phrases: CrisisHelpSettings['phrases'] = { fi: [], sv: [], en: [] };
  for (const row of await listCrisisPhraseRows(db)) phrases[row.lang].push(row.phrase);
  return { phrases, helplines: await listCrisisHelplineRows(db), days: await listCrisisSearchDays(db, 60) };
}
