import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { isUuid } from '../../platform/ids.js';
import { findActivities } from './hsds.repo.js';
import { loadServiceParts } from './load-service-parts.js';
import { toServiceFull, type Json } from './to-hsds.js';

/** GET /services/{id}: one fully nested service (404 for unknown, unpublished or malformed ids). */
export async function getService({ db, id, lang }: { db: Database; id: string; lang: Lang }): Promise<Json> {
  if (!isUuid(id)) throw notFound('Service');
  const [activity] = await findActivities(db, [id.toLowerCase()]);
  if (!activity) throw notFound('Service');
  const parts = await loadServiceParts({ db, activities: [activity] });
  return toServiceFull(activity, parts.get(activity.id)!, lang);
}
