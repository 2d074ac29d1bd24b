import { pick, type Lang } from '../../platform/i18n/i18n.js';
import type { EventRecord } from './events.repo.js';
import { TIME_ZONE, toWall } from './helsinki-time.js';
import type { Occurrence } from './recurrence.js';
import rrule from 'rrule';

const { RRule } = rrule;

/** "2026-12-15T18:00:00+02:00": an instant in Helsinki time with its offset (ISO 8601, as schema.org wants). */
export function helsinkiIso(instant: Date): string {
  const wall = toWall(instant);
  const offset = Math.round((wall.getTime() - instant.getTime()) / 60_000);
  const sign = offset >= 0 ? '+' : '-';
  const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${wall.toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
}

const STATUS = { scheduled: 'EventScheduled', cancelled: 'EventCancelled', postponed: 'EventPostponed' } as const;
const MODE = { on_site: 'OfflineEventAttendanceMode', remote: 'OnlineEventAttendanceMode', hybrid: 'MixedEventAttendanceMode' } as const;
const FREQUENCY: Record<number, string> = { [RRule.WEEKLY]: 'P1W', [RRule.MONTHLY]: 'P1M', [RRule.DAILY]: 'P1D', [RRule.YEARLY]: 'P1Y' };

/**
 * The schema.org Event of an event page (JSON-LD): the shown occurrence's start and end, status, attendance mode,
 * the place and / or the virtual location, organiser, price, languages, audience; a recurring event's Schedule.
 */
export function eventJsonLd(e: EventRecord, shown: Occurrence, lang: Lang, url: string): Record<string, unknown> {
  const place = {
    '@type': 'Place',
    name: e.placeName,
    address: { '@type': 'PostalAddress', streetAddress: e.streetAddress, postalCode: e.postalCode || undefined, addressLocality: e.city, addressCountry: 'FI' },
  };
  const virtual = e.onlineUrl ? { '@type': 'VirtualLocation', url: e.onlineUrl } : null;
  const locations = e.attendance === 'on_site' ? [place] : e.attendance === 'remote' ? [virtual] : [place, virtual];
  const ld: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': url,
    url,
    name: pick(lang, e.nameFi, e.nameSv, e.nameEn),
    description: pick(lang, e.descriptionFi, e.descriptionSv, e.descriptionEn),
    startDate: helsinkiIso(shown.start),
    endDate: helsinkiIso(shown.end),
    eventStatus: `https://schema.org/${STATUS[e.status]}`,
    eventAttendanceMode: `https://schema.org/${MODE[e.attendance]}`,
    location: locations.filter(Boolean).length === 1 ? locations[0] : locations.filter(Boolean),
    organizer: { '@type': 'Organization', name: e.organizerName, email: e.contactEmail ?? undefined, telephone: e.contactPhone ?? undefined },
    isAccessibleForFree: e.freeOfCharge,
    inLanguage: e.languages,
  };
  if (e.freeOfCharge) ld.offers = { '@type': 'Offer', price: 0, priceCurrency: 'EUR', url };
  else if (e.price) ld.offers = { '@type': 'Offer', description: e.price, url: e.registrationUrl ?? url };
  const audience = e.terms.filter((t) => t.slug === 'target').map((t) => pick(lang, t.nameFi, t.nameSv, t.nameEn));
  if (audience.length > 0) ld.audience = { '@type': 'Audience', audienceType: audience.join(', ') };
  if (e.accessibility) ld.accessibilitySummary = e.accessibility;
  if (e.rrule) {
    const o = RRule.parseString(e.rrule);
    const until = o.until ?? null;
    ld.eventSchedule = {
      '@type': 'Schedule',
      repeatFrequency: o.interval && o.interval > 1 && o.freq === RRule.WEEKLY ? `P${o.interval}W` : FREQUENCY[o.freq ?? RRule.WEEKLY],
      startDate: helsinkiIso(e.startsAt).slice(0, 10),
      endDate: until ? helsinkiIso(until).slice(0, 10) : undefined,
      startTime: helsinkiIso(e.startsAt).slice(11, 19),
      endTime: helsinkiIso(e.endsAt).slice(11, 19),
      scheduleTimezone: TIME_ZONE,
    };
  }
  return ld;
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so that no text can close the element. */
export function jsonLdText(ld: Record<string, unknown>): string {
  return JSON.stringify(ld).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
