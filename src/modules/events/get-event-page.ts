import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { canEditEvent, canReviewEvent, canSeeEvent } from './events.policy.js';
import { findEvent, type EventRecord } from './events.repo.js';
import { FAR_FUTURE, occurrencesBetween, type Occurrence } from './recurrence.js';

export interface EventPage {
  event: EventRecord;
  /** The next occurrences (up to 10); empty once the event is over. */
  upcoming: Occurrence[];
  /** The occurrence the page and its JSON-LD show: the next one, or the last one of a past event. */
  shown: Occurrence;
  past: boolean;
  canEdit: boolean;
  canReview: boolean;
}

/**
 * An event's page, or null when there is none the viewer may see (approved: everybody; pending or rejected: its
 * editors). A past event keeps its page, marked as over.
 */
export async function getEventPage({ db, viewer, id, now }: { db: Database; viewer: SessionUser | null; id: string; now: Date }): Promise<EventPage | null> {
  const event = await findEvent(db, id);
  if (!event || !(await canSeeEvent(db, viewer, event))) return null;
  const upcoming = occurrencesBetween(event, now, FAR_FUTURE).slice(0, 10);
  const past = upcoming.length === 0;
  const all = past ? occurrencesBetween(event, new Date(0), FAR_FUTURE) : upcoming;
  const shown = past ? all[all.length - 1]! : upcoming[0]!;
  return {
    event,
    upcoming,
    shown,
    past,
    canEdit: await canEditEvent(db, viewer, event),
    canReview: event.reviewStatus === 'pending' && (await canReviewEvent(db, viewer, event.id)),
  };
}
