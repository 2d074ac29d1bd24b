import { adminScope, isMaintainer, type AdminScope } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { eventRegionIds, findEvent, type EventRecord } from './events.repo.js';

/**
 * Who may do what with events, on the shared rules of platform/auth/access.policy.ts:
 * - anybody reads an approved event (its page, its .ics) and a region's calendar;
 * - an organisation's maintainers send events of their organisation and edit them (an edit of the content goes back
 *   to approval); another organisation's maintainers are told nothing exists (404);
 * - a regional administrator approves, rejects, writes and edits the events in their regions' municipalities (an
 *   event in two regions: the administrators of either), a platform administrator every event; an administrator of
 *   another region gets 403.
 */

/** Whether an administrator scope covers an event (by the regions its municipalities are in). */
export async function scopeCoversEvent(db: Database, scope: AdminScope, eventId: string): Promise<boolean> {
  if (scope.regionIds === null) return true;
  const regions = await eventRegionIds(db, eventId);
  return regions.some((r) => scope.regionIds!.includes(r));
}

export async function canReviewEvent(db: Database, user: SessionUser | null, eventId: string): Promise<boolean> {
  const scope = adminScope(user);
  return scope !== null && (await scopeCoversEvent(db, scope, eventId));
}

export async function canEditEvent(db: Database, user: SessionUser | null, event: Pick<EventRecord, 'id' | 'organizationId'>): Promise<boolean> {
  if (!user) return false;
  if (event.organizationId && (await isMaintainer(db, { userId: user.id, organizationId: event.organizationId }))) return true;
  return canReviewEvent(db, user, event.id);
}

/** Who sees an event's page: everybody when approved; before that (or after a rejection) only its editors. */
export async function canSeeEvent(db: Database, user: SessionUser | null, event: EventRecord): Promise<boolean> {
  return event.reviewStatus === 'approved' || canEditEvent(db, user, event);
}

/** The event for its editor: NOT_FOUND when there is none or the user may not edit it (others learn nothing). */
export async function requireEditableEvent(db: Database, user: SessionUser, eventId: string): Promise<EventRecord> {
  const event = await findEvent(db, eventId);
  if (!event) throw notFound('event');
  if (!(await canEditEvent(db, user, event))) {
    // An administrator of another region is told it is not theirs; anybody else learns nothing.
    if (adminScope(user)) throw forbidden('event outside the administrator’s regions');
    throw notFound('event');
  }
  return event;
}

/** The administrator's scope: FORBIDDEN for anybody who administers no region. */
export function requireEventAdministrator(user: SessionUser): AdminScope {
  const scope = adminScope(user);
  if (!scope) throw forbidden('not an administrator');
  return scope;
}

/** The route's check before a decision: NOT_FOUND without such an event, FORBIDDEN outside the actor's regions. */
export async function requireEventReviewer(db: Database, user: SessionUser, eventId: string): Promise<void> {
  requireEventAdministrator(user);
  if (!(await findEvent(db, eventId))) throw notFound('event');
  if (!(await canReviewEvent(db, user, eventId))) throw forbidden('event outside the administrator’s regions');
}
