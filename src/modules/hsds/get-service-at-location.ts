import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { isUuid } from '../../platform/ids.js';
import { buildServiceAtLocations } from './build-service-at-locations.js';
import { findPlace } from './hsds.repo.js';
import type { Json } from './to-hsds.js';

/** GET /service_at_locations/{id}: one fully nested service_at_location of a public activity; null for unknown, unpublished or malformed ids. */
export async function getServiceAtLocation({ db, id, lang }: { db: Database; id: string; lang: Lang }): Promise<Json | null> {
  if (!isUuid(id)) return null;
  const place = await findPlace(db, id.toLowerCase());
  if (!place) return null;
  const [item] = await buildServiceAtLocations({ db, places: [place], full: true, lang });
  return item ?? null;
}
