import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { isUuid } from '../../platform/ids.js';
import { isPossiblyOutdated } from '../freshness/freshness-dates.js';
import { findPublicActivity } from './directory.repo.js';
import type { ActivityPage } from './directory.types.js';
import { loadActivityDetails, loadOrganizationDetails } from './load-details.js';

/**
 * One public activity (visibility.ts: published, of a published organisation), with that organisation's details.
 * Null when the id is not a UUID, or the activity or its organisation is not public.
 */
export async function getActivity({
  db,
  id,
  lang,
  markAfterDays,
  now = new Date(),
}: {
  db: Database;
  id: string;
  lang: Lang;
  /** FRESHNESS_MARK_AFTER_DAYS: from this age the page says the details may be out of date. */
  markAfterDays: number;
  now?: Date;
}): Promise<ActivityPage | null> {
  if (!isUuid(id)) return null;
  const record = await findPublicActivity(db, id.toLowerCase());
  if (!record) return null;
  const [activity] = await loadActivityDetails(db, [record], lang);
  const organization = await loadOrganizationDetails(db, record.organizationId, lang);
  if (!activity || !organization) return null;
  return { activity, organization, possiblyOutdated: isPossiblyOutdated(activity.lastChecked ?? organization.lastChecked, now, markAfterDays) };
}
