import type { EventFields } from '../events/events.repo.js';
import { lastEndOf } from '../events/recurrence.js';
import type { AgreementRow } from './agreements.repo.js';
import type { CentreRow } from './centres.repo.js';

/**
 * An accepted agreement as an event of the events module (approved at once: both sides agreed it): at the centre
 * (or remote), in the centre's municipality, organised by the organisation. Used for the region's calendar when the
 * agreement is public, and for every agreement's own .ics.
 */
export function agreementEvent(a: AgreementRow, centre: CentreRow): EventFields & { municipalityCodes: string[]; termIds: string[] } {
  const endsAt = new Date(a.startsAt.getTime() + a.durationMinutes * 60_000);
  const description = [a.programme, a.targetGroup, a.bookingInfo].filter(Boolean).join('\n\n') || a.title;
  return {
    organizationId: a.organizationId,
    nameFi: a.title,
    nameSv: '',
    nameEn: '',
    descriptionFi: description,
    descriptionSv: '',
    descriptionEn: '',
    startsAt: a.startsAt,
    endsAt,
    rrule: a.rrule,
    lastEndsAt: lastEndOf({ startsAt: a.startsAt, endsAt, rrule: a.rrule }),
    attendance: a.attendance,
    placeName: [centre.nameFi, a.room].filter(Boolean).join(', '),
    streetAddress: centre.streetAddress,
    postalCode: centre.postalCode,
    city: centre.postOffice || centre.municipalityFi,
    onlineUrl: null,
    freeOfCharge: true,
    price: '',
    languages: ['fi'],
    accessibility: '',
    registration: a.access === 'registration' ? 'email' : 'none',
    registrationUrl: null,
    registrationEmail: a.access === 'registration' ? a.contactEmail : null,
    organizerName: a.organizationFi,
    contactEmail: a.contactEmail,
    contactPhone: a.contactPhone || null,
    status: 'scheduled',
    municipalityCodes: [centre.municipalityCode],
    termIds: [],
  };
}
