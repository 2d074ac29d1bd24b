import type { Database } from '../../platform/db/database.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { eventsCalendar, type IcalLabels } from './event-ical.js';
import { listCalendarEventIds, loadEvents } from './events.repo.js';
import { findRegionNames } from '../regions/regions.repo.js';
import { FAR_FUTURE } from './recurrence.js';

/** How far back the subscription keeps ended events, so that a calendar app does not drop them at once. */
const KEEP_DAYS = 30;

/**
 * A region's iCal subscription (/regions/{slug}/events.ics): its approved events that ended at most 30 days ago or
 * are still to come, each once (a recurring one with its RRULE), in Helsinki time. Null: no such region.
 */
export async function getRegionIcal({ db, slug, lang, now, url, title, labels }: { db: Database; slug: string; lang: Lang; now: Date; url: (id: string) => string; title: (region: string) => string; labels: IcalLabels }): Promise<string | null> {
  const region = await findRegionNames(db, slug);
  if (!region) return null;
  const from = new Date(now.getTime() - KEEP_DAYS * 86_400_000);
  const ids = await listCalendarEventIds(db, { regionId: slug, from, to: FAR_FUTURE }, 1000);
  return eventsCalendar({ name: title(pick(lang, region.nameFi, region.nameSv, region.nameEn)), events: await loadEvents(db, ids), lang, url, labels });
}
