import type { Database } from '../../platform/db/database.js';
import { listCalendarEventIds, loadEvents } from './events.repo.js';
import type { CalendarItem } from './list-region-calendar.js';
import { occurrencesBetween } from './recurrence.js';

/** The next few occurrences of a region's approved events, one per event, for the portal's front page. */
export async function listUpcomingEvents({ db, regionId, now, limit = 5 }: { db: Database; regionId: string; now: Date; limit?: number }): Promise<CalendarItem[]> {
  const to = new Date(now.getTime() + 366 * 86_400_000);
  const events = await loadEvents(db, await listCalendarEventIds(db, { regionId, from: now, to }, 200));
  return events
    .flatMap((event) => occurrencesBetween(event, now, to).slice(0, 1).map((occurrence) => ({ event, occurrence })))
    .sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime())
    .slice(0, limit);
}
