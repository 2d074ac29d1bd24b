import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { isUuid } from '../../platform/ids.js';
import { buildServiceAtLocations } from './build-service-at-locations.js';
import { findPlace } from './hsds.repo.js';
import type { Json } from './to-hsds.js';

/** GET /service_at_locations/{id}: one fully nested service_at_location. */
export async function getServiceAtLocation({ db, id, lang }: { db: Database; id: string; lang: Lang }): Promise<Json> {
  if (!isUuid(id)) throw notFound('Service at location');
  const place = await findPlace(db, id.toLowerCase());
  if (!place) throw notFound('Service at location');
  const [item] = await buildServiceAtLocations({ db, places: [place], full: true, lang });
  if (!item) throw notFound('Service at location');
  return item;
}
