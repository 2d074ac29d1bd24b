import type { AgreementFields } from './agreements.repo.js';
import { agreementRrule, agreementStart } from './agreement-times.js';
import type { AgreementInput } from './centres.schema.js';

/**
 * An agreement's fields from the form, the same for an organisation's proposal and a centre's request: the start
 * (after `now`) and for a recurring one the RRULE are checked by agreement-times.ts (invalid input otherwise).
 */
export function agreementFieldsOf(input: AgreementInput, now: Date): AgreementFields {
  const startsAt = agreementStart(input.date, input.time, now);
  return {
    kind: input.kind,
    title: input.title,
    startsAt,
    durationMinutes: input.duration,
    rrule: agreementRrule(input.repeat, startsAt, input.repeatUntil),
    attendance: input.attendance,
    access: input.access,
    bookingInfo: input.bookingInfo,
    room: input.room,
    catering: input.catering,
    keysBadges: input.keysBadges,
    materials: input.materials,
    programme: input.programme,
    targetGroup: input.targetGroup,
    contactName: input.contactName,
    contactEmail: input.contactEmail,
    contactPhone: input.contactPhone,
    clientConsent: input.clientConsent,
    public: input.public,
  };
}
