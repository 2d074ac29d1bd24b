import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { isUuid } from '../../platform/ids.js';
import { findActivities } from './hsds.repo.js';
import { loadServiceParts } from './load-service-parts.js';
import { toServiceFull, type Json } from './to-hsds.js';

/** GET /services/{id}: one fully nested public service; null for unknown, unpublished or malformed ids. */
export async function getService({ db, id, lang }: { db: Database; id: string; lang: Lang }): Promise<Json | null> {
  if (!isUuid(id)) return null;
  const [activity] = await findActivities(db, [id.toLowerCase()]);
  if (!activity) return null;
  const parts = await loadServiceParts({ db, activities: [activity] });
  return toServiceFull(activity, parts.get(activity.id)!, lang);
}
