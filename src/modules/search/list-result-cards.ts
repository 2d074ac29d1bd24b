import type { Database } from '../../platform/db/database.js';
import { collator, pick, type Lang } from '../../platform/i18n/i18n.js';
import { isPossiblyOutdated } from '../freshness/freshness-dates.js';
import { listResultCardRows } from './search.repo.js';
import type { SearchHit } from './search.types.js';

export interface ResultCard {
  activityId: string;
  activityName: string;
  organizationId: string;
  organizationName: string;
  /** Municipality names A–Ö. */
  municipalities: string[];
  nationwide: boolean;
  availability?: 'local' | 'nationwide';
  supports: string[];
  /** ISO date the details were last checked (the activity's, else its organisation's). */
  lastChecked: string | null;
  /** Old enough to carry "Tiedot voivat olla vanhentuneita" (the freshness rule, FRESHNESS_MARK_AFTER_DAYS). */
  possiblyOutdated: boolean;
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
  const rows = await listResultCardRows(
    db,
    hits.map((h) => h.activityId),
    lang,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const compare = collator(lang).compare;
  const cards: ResultCard[] = [];
  for (const hit of hits) {
    const r = byId.get(hit.activityId);
    if (!r) continue;
    cards.push({
      activityId: r.id,
      activityName: pick(lang, r.name_fi, r.name_sv, r.name_en),
      organizationId: r.organization_id,
      organizationName: pick(lang, r.org_name_fi, r.org_name_sv, r.org_name_en),
      municipalities: [...r.municipalities].sort(compare),
      nationwide: r.nationwide || r.remote,
      availability: hit.availability,
      supports: r.supports,
      lastChecked: r.last_checked ?? r.org_last_checked,
      possiblyOutdated: isPossiblyOutdated(r.last_checked ?? r.org_last_checked, now, markAfterDays),
    });
  }
  return cards;
}
