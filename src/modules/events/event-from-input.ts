import type { Database } from '../../platform/db/database.js';
import { invalidInput } from '../../platform/errors.js';
import type { EventFields } from './events.repo.js';
import { knownMunicipalities, termIdsOf } from './events.repo.js';
import type { EventInput } from './events.schema.js';
import { isUsableRrule, lastEndOf, rruleFor } from './recurrence.js';

/**
 * Shared by create-event.ts and update-event.ts (inside their transaction): the row of the form's input — the RRULE
 * of the repeat choice, the end of the last occurrence, the terms' ids — after checking that every municipality
 * exists. The organisation is the caller's to decide.
 */
export async function eventFromInput(
  trx: Database,
  input: EventInput,
  organizationId: string | null,
): Promise<EventFields & { municipalityCodes: string[]; termIds: string[] }> {
  const known = await knownMunicipalities(trx, input.municipalities);
  if (known.length !== input.municipalities.length) throw invalidInput({ municipalities: 'events.error.municipalities' });
  const rrule = input.repeatUntil ? rruleFor(input.repeat, input.startsAt, input.repeatUntil) : null;
  if (rrule && !isUsableRrule(rrule, input.startsAt)) throw invalidInput({ repeatUntil: 'events.error.repeatUntil' });
  const timed = { startsAt: input.startsAt, endsAt: input.endsAt, rrule };
  return {
    organizationId,
    nameFi: input.nameFi,
    nameSv: input.nameSv,
    nameEn: input.nameEn,
    descriptionFi: input.descriptionFi,
    descriptionSv: input.descriptionSv,
    descriptionEn: input.descriptionEn,
    ...timed,
    lastEndsAt: lastEndOf(timed),
    attendance: input.attendance,
    placeName: input.placeName,
    streetAddress: input.streetAddress,
    postalCode: input.postalCode,
    city: input.city,
    onlineUrl: input.onlineUrl,
    freeOfCharge: input.freeOfCharge,
    price: input.price,
    languages: input.languages,
    accessibility: input.accessibility,
    registration: input.registration,
    registrationUrl: input.registrationUrl,
    registrationEmail: input.registrationEmail,
    organizerName: input.organizerName,
    contactEmail: input.contactEmail,
    contactPhone: input.contactPhone,
    status: input.status,
    municipalityCodes: input.municipalities,
    termIds: await termIdsOf(trx, [
      { slug: 'need', codes: input.needs },
      { slug: 'target', codes: input.audience },
    ]),
  };
}
