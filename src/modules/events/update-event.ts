import { recordAudit } from '../../platform/audit/record-audit.js';
import { adminScope } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { invalidInput, notFound } from '../../platform/errors.js';
import { eventFromInput } from './event-from-input.js';
import { canReviewEvent, requireEditableEvent } from './events.policy.js';
import { lockEvent, regionsOfMunicipalities, updateEventRow, type EventFields, type EventRecord } from './events.repo.js';
import type { EventInput, ReviewStatus } from './events.schema.js';

const CONTENT_KEYS: (keyof EventFields)[] = [
  'nameFi', 'nameSv', 'nameEn', 'descriptionFi', 'descriptionSv', 'descriptionEn', 'startsAt', 'endsAt', 'rrule', 'attendance',
  'placeName', 'streetAddress', 'postalCode', 'city', 'onlineUrl', 'freeOfCharge', 'price', 'languages', 'accessibility',
  'registration', 'registrationUrl', 'registrationEmail', 'organizerName', 'contactEmail', 'contactPhone',
];

/** The fields whose value changed (dates by instant, lists by content). */
function changedFields(before: EventRecord, after: EventFields & { municipalityCodes: string[] }): string[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a instanceof Date ? a.getTime() : a) === JSON.stringify(b instanceof Date ? b.getTime() : b);
  const changed: string[] = CONTENT_KEYS.filter((k) => !same(before[k], after[k]));
  if (!same(before.municipalities.map((m) => m.code).sort(), [...after.municipalityCodes].sort())) changed.push('municipalities');
  return changed;
}

/**
 * Saves an event's edit. Its editors (events.policy.ts) only; the organisation never changes. A maintainer's change
 * of an approved event's content sends it back to approval (it leaves the calendars until then); a change of its
 * status alone (cancelled, postponed) applies at once, so that a cancellation is never held up. An administrator's
 * edit keeps the review state; a regional administrator may add municipalities of their own regions only.
 */
export async function updateEvent({ db, actor, id, input }: { db: Database; actor: SessionUser; id: string; input: EventInput }): Promise<{ reviewStatus: ReviewStatus }> {
  return db.transaction().execute(async (trx) => {
    if (!(await lockEvent(trx, id))) throw notFound('event');
    const before = await requireEditableEvent(trx, actor, id);
    const reviewer = await canReviewEvent(trx, actor, id);
    const event = await eventFromInput(trx, input, before.organizationId);
    const scope = adminScope(actor);
    if (reviewer && scope && scope.regionIds !== null) {
      const had = new Set(before.municipalities.map((m) => m.code));
      for (const code of event.municipalityCodes.filter((c) => !had.has(c))) {
        const regions = await regionsOfMunicipalities(trx, [code]);
        if (!regions.some((r) => scope.regionIds!.includes(r))) throw invalidInput({ municipalities: 'events.error.municipalitiesScope' });
      }
    }
    const changed = changedFields(before, event);
    const reviewStatus: ReviewStatus = reviewer || changed.length === 0 ? before.reviewStatus : 'pending';
    await updateEventRow(trx, id, { ...event, reviewStatus });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'event.update',
      subjectType: 'event',
      subjectId: id,
      organizationId: before.organizationId,
      fromState: before.reviewStatus,
      toState: reviewStatus,
      detail: { changed, status: before.status === event.status ? undefined : event.status },
    });
    return { reviewStatus };
  });
}
