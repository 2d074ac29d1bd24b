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
 * `possiblyOutdated`: last checked `markAfterDays` (FRESHNESS_MARK_AFTER_DAYS) ago or earlier (the freshness rule).
 */
export async function getOrganizationCard(options: {
  db: Database;
  id: string;
  lang: Lang;
  markAfterDays: number;
  now?: Date;
}): Promise<OrganizationDetails | null> {
  if (!isUuid(options.id)) return null;
  const org = await loadOrganizationDetails(options.db, options.id.toLowerCase(), options.lang);
  if (!org) return null;
  return { ...org, possiblyOutdated: isPossiblyOutdated(org.lastChecked, options.now ?? new Date(), options.markAfterDays) };
}
