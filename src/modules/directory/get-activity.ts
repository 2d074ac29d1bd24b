import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { isUuid } from '../../platform/ids.js';
import { findPublishedActivity } from './directory.repo.js';
import type { ActivityPage } from './directory.types.js';
import { loadActivityDetails, loadOrganizationDetails } from './load-details.js';

/**
 * One published activity of a published organisation, with that organisation's details. Null when the id is not a
 * UUID, or the activity or its organisation is not published.
 */
export async function getActivity({ db, id, lang }: { db: Database; id: string; lang: Lang }): Promise<ActivityPage | null> {
  if (!isUuid(id)) return null;
  const row = await findPublishedActivity(db, id.toLowerCase());
  if (!row) return null;
  const [activity] = await loadActivityDetails(db, [row], lang);
  const organization = await loadOrganizationDetails(db, row.organization_id, lang);
  if (!activity || !organization) return null;
  return { activity, organization };
}
