import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { findActivities, type PlaceRow } from './hsds.repo.js';
import { loadServiceParts } from './load-service-parts.js';
import { toServiceAtLocationBasic, toServiceAtLocationFull, type Json } from './to-hsds.js';

/** HSDS service_at_location objects for place rows, in their order (list-level, or fully nested). */
export async function buildServiceAtLocations({ db, places, full, lang }: { db: Database; places: PlaceRow[]; full: boolean; lang: Lang }): Promise<Json[]> {
  const activities = await findActivities(db, [...new Set(places.map((p) => p.activity_id))]);
  const byId = new Map(activities.map((a) => [a.id, a]));
  const parts = await loadServiceParts({ db, activities });
  const out: Json[] = [];
  for (const p of places) {
    const a = byId.get(p.activity_id);
    const sp = parts.get(p.activity_id);
    const location = sp?.places.find((l) => l.place_id === p.id);
    if (!a || !sp || !location) continue;
    out.push(full ? toServiceAtLocationFull(p.id, a, sp, location, lang) : toServiceAtLocationBasic(p.id, a, sp.organization, location, lang));
  }
  return out;
}
