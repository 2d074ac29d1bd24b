import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { isUuid } from '../../platform/ids.js';
import { isPossiblyOutdated } from '../freshness/freshness-dates.js';
import type { OrganizationDetails } from './directory.types.js';
import { loadOrganizationDetails } from './load-details.js';

/**
 * The organisation card (Järjestökortti) and its "all details" view: one published organisation with its contact
 * details, places, contact persons and published activities. Null when the id is not a UUID or no published
 * organisation has it (drafts, organisations awaiting review and archived ones are not public).
 */
export async function getOrganizationCard({ db, id, lang }: { db: Database; id: string; lang: Lang }): Promise<OrganizationDetails | null> {
  if (!isUuid(id)) return null;
  return loadOrganizationDetails(db, id.toLowerCase(), lang);
}
