import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { insertEvent, type EventFields } from './events.repo.js';
import { dateInput } from './helsinki-time.js';
import { lastEndOf } from './recurrence.js';

/** Test helpers (not loaded by the app): the event form's fields, and an event written straight to the database. */

/** YYYY-MM-DD of the day `days` from `now`, in Helsinki. */
export function dayFromNow(days: number, now = new Date()): string {
  return dateInput(new Date(now.getTime() + days * 86_400_000));
}

/** A complete, valid event form (an on-site one-off event in Kuopio), with overrides; arrays for repeated fields. */
export function eventFormFields(overrides: Record<string, string | string[]> = {}): [string, string][] {
  const base: Record<string, string | string[]> = {
    nameFi: 'Omaishoitajien kahvila',
    nameSv: 'Närståendevårdarnas kafé',
    nameEn: '',
    descriptionFi: 'Vapaamuotoinen tapaaminen omaishoitajille.\n\nKahvitarjoilu.',
    descriptionSv: '',
    descriptionEn: '',
    startDate: dayFromNow(10),
    startTime: '18:00',
    endDate: '',
    endTime: '20:00',
    repeat: 'none',
    repeatUntil: '',
    attendance: 'on_site',
    placeName: 'Järjestötalo',
    streetAddress: 'Kauppakatu 1',
    postalCode: '70100',
    city: 'Kuopio',
    onlineUrl: '',
    municipalities: ['297'],
    free: 'yes',
    price: '',
    languages: ['fi'],
    audience: [],
    needs: [],
    accessibility: 'Esteetön sisäänkäynti',
    registration: 'none',
    registrationUrl: '',
    registrationEmail: '',
    organizerName: 'Testiyhdistys ry',
    contactEmail: 'tapahtumat@testiyhdistys.example.org',
    contactPhone: '',
    ...overrides,
  };
  return Object.entries(base).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x): [string, string] => [k, x]) : [[k, v] as [string, string]]));
}

/** An event written straight to the database (e.g. one already over), approved unless told otherwise. */
export async function insertTestEvent(
  db: Database,
  options: { startsAt: Date; endsAt: Date; rrule?: string | null; municipalities: string[]; nameFi: string; organizationId?: string | null; reviewStatus?: 'pending' | 'approved' | 'rejected'; attendance?: EventFields['attendance'] },
): Promise<string> {
  const id = newId();
  const timed = { startsAt: options.startsAt, endsAt: options.endsAt, rrule: options.rrule ?? null };
  await insertEvent(db, {
    id,
    organizationId: options.organizationId ?? null,
    nameFi: options.nameFi,
    nameSv: '',
    nameEn: '',
    descriptionFi: 'Testitapahtuma.',
    descriptionSv: '',
    descriptionEn: '',
    ...timed,
    lastEndsAt: lastEndOf(timed),
    attendance: options.attendance ?? 'on_site',
    placeName: 'Testitalo',
    streetAddress: 'Testikatu 1',
    postalCode: '',
    city: 'Kuopio',
    onlineUrl: options.attendance && options.attendance !== 'on_site' ? 'https://meet.example.org/testi' : null,
    freeOfCharge: true,
    price: '',
    languages: ['fi'],
    accessibility: '',
    registration: 'none',
    registrationUrl: null,
    registrationEmail: null,
    organizerName: 'Testijärjestäjä',
    contactEmail: 'testi@example.org',
    contactPhone: null,
    status: 'scheduled',
    reviewStatus: options.reviewStatus ?? 'approved',
    createdBy: null,
    reviewedBy: null,
    municipalityCodes: options.municipalities,
    termIds: [],
  });
  return id;
}
