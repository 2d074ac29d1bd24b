import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';

/** SQL of the crisis help: phrases, helplines, the daily count. */

export interface CrisisPhraseRow {
  lang: Lang;
  phrase: string;
}

export interface CrisisHelplineRow {
  id: string;
  position: number;
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
  phone: string;
  hoursFi: string | null;
  hoursSv: string | null;
  hoursEn: string | null;
  url: string | null;
}

export async function listCrisisPhraseRows(db: Database): Promise<CrisisPhraseRow[]> {
  return db.selectFrom('crisis_phrase').select(['lang', 'phrase']).orderBy('lang').orderBy('phrase').execute();
}

export async function listCrisisHelplineRows(db: Database): Promise<CrisisHelplineRow[]> {
  const rows = await db.selectFrom('crisis_helpline').selectAll().orderBy('position').orderBy('id').execute();
  return rows.map((r) => ({
    id: r.id,
    position: r.position,
    nameFi: r.name_fi,
    nameSv: r.name_sv,
    nameEn: r.name_en,
    phone: r.phone,
    hoursFi: r.hours_fi,
    hoursSv: r.hours_sv,
    hoursEn: r.hours_en,
    url: r.url,
  }));
}

/** Loads the curated phrases the first time only (true then); later starts change nothing. */
export async function seedCrisisPhrasesOnce(db: Database, phrases: CrisisPhraseRow[]): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const seeded = await trx.insertInto('crisis_help_seed').values({ id: 1 }).onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
    if (!seeded) return false;
    if (phrases.length > 0) await trx.insertInto('crisis_phrase').values(phrases).onConflict((oc) => oc.columns(['lang', 'phrase']).doNothing()).execute();
    return true;
  });
}

/** Replaces every phrase and every helpline (call it inside the caller's transaction). */
export async function replaceCrisisHelp(trx: Database, phrases: CrisisPhraseRow[], helplines: CrisisHelplineRow[]): Promise<void> {
  await trx.deleteFrom('crisis_phrase').execute();
  if (phrases.length > 0) await trx.insertInto('crisis_phrase').values(phrases).onConflict((oc) => oc.columns(['lang', 'phrase']).doNothing()).execute();
  await trx.deleteFrom('crisis_helpline').execute();
  await insertHelplines(trx, helplines);
}

/** Adds helplines only when there are none (the demo's fictional ones); true when it did. */
export async function insertHelplinesIfNone(db: Database, helplines: CrisisHelplineRow[]): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await sql`lock table crisis_helpline in share row exclusive mode`.execute(trx);
    const existing = await trx.selectFrom('crisis_helpline').select('id').limit(1).executeTakeFirst();
    if (existing || helplines.length === 0) return false;
    await insertHelplines(trx, helplines);
    return true;
  });
}

async function insertHelplines(db: Database, helplines: CrisisHelplineRow[]): Promise<void> {
  if (helplines.length === 0) return;
  await db
    .insertInto('crisis_helpline')
    .values(
      helplines.map((h) => ({
        id: h.id,
        position: h.position,
        name_fi: h.nameFi,
        name_sv: h.nameSv,
        name_en: h.nameEn,
        phone: h.phone,
        hours_fi: h.hoursFi,
        hours_sv: h.hoursSv,
        hours_en: h.hoursEn,
        url: h.url,
      })),
    )
    .execute();
}

/** One more search that showed the crisis box today (a count only). */
export async function countCrisisSearch(db: Database, day: string): Promise<void> {
  await db
    .insertInto('crisis_search_day')
    .values({ day, searches: 1 })
    .onConflict((oc) => oc.column('day').doUpdateSet({ searches: sql<number>`crisis_search_day.searches + 1` }))
    .execute();
}

/** Searches that showed the crisis box, per day, newest first. */
export async function listCrisisSearchDays(db: Database, limit: number): Promise<{ day: string; searches: number }[]> {
  return db.selectFrom('crisis_search_day').select(['day', 'searches']).orderBy('day', 'desc').limit(limit).execute();
}
