import type { Database } from '../../platform/db/database.js';
import { collator, pick, pickedLang, type Lang } from '../../platform/i18n/i18n.js';
import { isPossiblyOutdated } from '../freshness/freshness-dates.js';
import { listResultCardRecords } from './search.repo.js';
import type { SearchHit } from './search.types.js';

export interface ResultCard {
  activityId: string;
  activityName: string;
  /** The language activityName is in ('fi' when a sv / en page falls back to the Finnish name). */
  activityNameLang: Lang;
  organizationId: string;
  organizationName: string;
  organizationNameLang: Lang;
  /** Municipality names A–Ö. */
  municipalities: string[];
  nationwide: boolean;
  availability?: 'local' | 'nationwide';
  supports: string[];
  /** ISO date the details were last checked (the activity's, else its organisation's). */
  lastChecked: string | null;
  /** Old enough to carry "Tiedot voivat olla vanhentuneita" (the freshness rule, FRESHNESS_MARK_AFTER_DAYS). */
  possiblyOutdated: boolean;
  /** A phone and an e-mail to reach the activity (its own or its contact person's, else its organisation's), or null. */
  phone: string | null;
  email: string | null;
}

/** What the result list shows of each hit, in the order of the hits, read in one query. */
export async function listResultCards({
  db,
  hits,
  lang,
  markAfterDays,
  now = new Date(),
}: {
  db: Database;
  hits: SearchHit[];
  lang: Lang;
  markAfterDays: number;
  now?: Date;
}): Promise<ResultCard[]> {
  const records = await listResultCardRecords(
    db,
    hits.map((h) => h.activityId),
    lang,
  );
  const byId = new Map(records.map((r) => [r.id, r]));
  const compare = collator(lang).compare;
  const cards: ResultCard[] = [];
  for (const hit of hits) {
    const r = byId.get(hit.activityId);
    if (!r) continue;
    const lastChecked = r.lastChecked ?? r.organizationLastChecked;
    cards.push({
      activityId: r.id,
      activityName: pick(lang, r.name.fi, r.name.sv, r.name.en),
      activityNameLang: pickedLang(lang, r.name.sv, r.name.en),
      organizationId: r.organizationId,
      organizationName: pick(lang, r.organizationName.fi, r.organizationName.sv, r.organizationName.en),
      organizationNameLang: pickedLang(lang, r.organizationName.sv, r.organizationName.en),
      municipalities: [...r.municipalities].sort(compare),
      nationwide: r.nationwide || r.remote,
      availability: hit.availability,
      supports: r.supports,
      lastChecked,
      possiblyOutdated: isPossiblyOutdated(lastChecked, now, markAfterDays),
      phone: r.phone,
      email: r.email,
    });
  }
  return cards;
}
