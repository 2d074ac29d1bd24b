import ical, { ICalEventStatus } from 'ical-generator';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import type { EventRecord } from './events.repo.js';
import { TIME_ZONE, toWall } from './helsinki-time.js';

/**
 * iCalendar (RFC 5545) of events with ical-generator: every time in Europe/Helsinki (DTSTART;TZID=Europe/Helsinki
 * with the zone's VTIMEZONE), a recurring event's RRULE as stored, a cancelled event as STATUS:CANCELLED and a
 * postponed one as TENTATIVE (iCal has no "postponed"; the description says so). Parsed back in the tests.
 */

/** Europe/Helsinki since 1996 (EU rules: summer time from the last Sunday of March 03:00 to that of October 04:00). */
export const HELSINKI_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Helsinki',
  'X-LIC-LOCATION:Europe/Helsinki',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0300',
  'TZNAME:EEST',
  'DTSTART:19700329T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0300',
  'TZOFFSETTO:+0200',
  'TZNAME:EET',
  'DTSTART:19701025T040000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/**
 * An instant that ical-generator writes in Helsinki wall-clock time. ical-generator formats a plain Date with a time
 * zone in the process's local time; a TZDate (the @date-fns/tz shape it recognises) is asked for its wall clock in
 * the zone instead, which this gives from Intl, whatever the process's TZ.
 */
function inHelsinki(instant: Date): Date {
  const wall = toWall(instant);
  const view = {
    getFullYear: () => wall.getUTCFullYear(),
    getMonth: () => wall.getUTCMonth(),
    getDate: () => wall.getUTCDate(),
    getHours: () => wall.getUTCHours(),
    getMinutes: () => wall.getUTCMinutes(),
    getSeconds: () => wall.getUTCSeconds(),
    getUTCFullYear: () => instant.getUTCFullYear(),
    getUTCMonth: () => instant.getUTCMonth(),
    getUTCDate: () => instant.getUTCDate(),
    getUTCHours: () => instant.getUTCHours(),
    getUTCMinutes: () => instant.getUTCMinutes(),
    getUTCSeconds: () => instant.getUTCSeconds(),
  };
  return Object.assign(new Date(instant.getTime()), {
    timeZone: TIME_ZONE,
    internal: new Date(instant.getTime()),
    withTimeZone: () => view,
    tzComponents: () => ({ offset: (wall.getTime() - instant.getTime()) / 60_000 }),
  });
}

export interface IcalLabels {
  postponed: string;
  online: string;
}

function location(e: EventRecord): string | null {
  const place = [e.placeName, e.streetAddress, [e.postalCode, e.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  if (e.attendance === 'remote') return e.onlineUrl;
  return place || null;
}

/** One calendar of events in a language; `url(e)` is each event's page. */
export function eventsCalendar({ name, events, lang, url, labels }: { name: string; events: EventRecord[]; lang: Lang; url: (id: string) => string; labels: IcalLabels }): string {
  const calendar = ical({ name, prodId: { company: 'Tarjotin', product: 'events', language: lang.toUpperCase() }, timezone: { name: null, generator: (tz) => (tz === TIME_ZONE ? HELSINKI_VTIMEZONE : null) } });
  for (const e of events) {
    const description = [
      e.status === 'postponed' ? labels.postponed : '',
      pick(lang, e.descriptionFi, e.descriptionSv, e.descriptionEn),
      e.attendance !== 'on_site' && e.onlineUrl ? `${labels.online}: ${e.onlineUrl}` : '',
      url(e.id),
    ]
      .filter(Boolean)
      .join('\n\n');
    calendar.createEvent({
      id: `${e.id}@tarjotin`,
      start: inHelsinki(e.startsAt),
      end: inHelsinki(e.endsAt),
      timezone: TIME_ZONE,
      stamp: e.updatedAt,
      lastModified: e.updatedAt,
      summary: pick(lang, e.nameFi, e.nameSv, e.nameEn),
      description,
      location: location(e),
      url: url(e.id),
      repeating: e.rrule,
      status: e.status === 'cancelled' ? ICalEventStatus.CANCELLED : e.status === 'postponed' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      organizer: e.contactEmail ? { name: e.organizerName, email: e.contactEmail } : null,
    });
  }
  return calendar.toString();
}
