import { z } from 'zod';
import { isUuid } from '../../platform/ids.js';
import { instantOf } from './helsinki-time.js';
import { REPEATS } from './recurrence.js';

/** The event form (maintainers' and administrators'), the decision form, and the calendar's filters. */

export const ATTENDANCES = ['on_site', 'remote', 'hybrid'] as const;
export const REGISTRATIONS = ['none', 'link', 'email'] as const;
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed'] as const;
export const EVENT_LANGUAGES = ['fi', 'sv', 'en', 'se', 'ru', 'et', 'ar', 'so', 'uk', 'fa'] as const;
export type Attendance = (typeof ATTENDANCES)[number];
export type Registration = (typeof REGISTRATIONS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type ReviewStatus = 'pending' | 'approved' | 'rejected';

/** Recurring events end within this many days of their start. */
export const MAX_REPEAT_DAYS = 730;

type ErrorKey =
  | 'events.error.nameFi'
  | 'events.error.descriptionFi'
  | 'events.error.tooLong'
  | 'events.error.date'
  | 'events.error.time'
  | 'events.error.endBeforeStart'
  | 'events.error.repeatUntil'
  | 'events.error.choice'
  | 'events.error.place'
  | 'events.error.onlineUrl'
  | 'events.error.url'
  | 'events.error.email'
  | 'events.error.registrationUrl'
  | 'events.error.registrationEmail'
  | 'events.error.organizer'
  | 'events.error.contact'
  | 'events.error.municipalities'
  | 'events.error.organization';

const text = (max: number) =>
  z
    .string()
    .max(max, 'events.error.tooLong' satisfies ErrorKey)
    .optional()
    .default('')
    .transform((s) => s.trim());

const list = (max: number) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])])
    .pipe(z.array(z.string().max(60)).max(max, 'events.error.choice' satisfies ErrorKey));

const HTTPS_URL = /^https?:\/\/[^\s<>"]+\.[^\s<>"]+$/i;
const EMAIL = /^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[a-z]{2,}$/i;

const fields = {
  organizationId: text(36),
  nameFi: text(150),
  nameSv: text(150),
  nameEn: text(150),
  descriptionFi: text(5000),
  descriptionSv: text(5000),
  descriptionEn: text(5000),
  startDate: text(10),
  startTime: text(5),
  endDate: text(10),
  endTime: text(5),
  repeat: z.enum(REPEATS, 'events.error.choice' satisfies ErrorKey).optional().default('none'),
  repeatUntil: text(10),
  attendance: z.enum(ATTENDANCES, 'events.error.choice' satisfies ErrorKey).optional().default('on_site'),
  placeName: text(200),
  streetAddress: text(200),
  postalCode: text(10),
  city: text(100),
  onlineUrl: text(500),
  municipalities: list(400),
  free: z.string().max(5).optional(),
  price: text(300),
  languages: list(20),
  needs: list(100),
  audience: list(100),
  accessibility: text(1000),
  registration: z.enum(REGISTRATIONS, 'events.error.choice' satisfies ErrorKey).optional().default('none'),
  registrationUrl: text(500),
  registrationEmail: text(254),
  organizerName: text(200),
  contactEmail: text(254),
  contactPhone: text(40),
  status: z.enum(EVENT_STATUSES, 'events.error.choice' satisfies ErrorKey).optional().default('scheduled'),
};

/**
 * The event form: texts trimmed, then the rules between fields, each error on its field (the form contract shows
 * them next to the fields). Times are Helsinki wall-clock dates and times; the output carries the instants.
 */
export const eventForm = z
  .object(fields)
  .transform((v, ctx) => {
    const fail = (path: string, message: ErrorKey) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (!v.nameFi) fail('nameFi', 'events.error.nameFi');
    if (!v.descriptionFi) fail('descriptionFi', 'events.error.descriptionFi');
    const start = instantOf(v.startDate, v.startTime);
    if (!instantOf(v.startDate, '00:00')) fail('startDate', 'events.error.date');
    else if (!start) fail('startTime', 'events.error.time');
    const endDate = v.endDate || v.startDate;
    const end = instantOf(endDate, v.endTime);
    if (v.endDate && !instantOf(v.endDate, '00:00')) fail('endDate', 'events.error.date');
    else if (!end) fail('endTime', 'events.error.time');
    else if (start && end.getTime() <= start.getTime()) fail('endTime', 'events.error.endBeforeStart');
    let until: Date | null = null;
    if (v.repeat !== 'none') {
      until = instantOf(v.repeatUntil, '23:59');
      const days = start && until ? (until.getTime() - start.getTime()) / 86_400_000 : -1;
      if (!until || days < 1 || days > MAX_REPEAT_DAYS) fail('repeatUntil', 'events.error.repeatUntil');
    }
    if (v.attendance !== 'remote' && (!v.placeName || !v.streetAddress || !v.city)) fail(!v.placeName ? 'placeName' : !v.streetAddress ? 'streetAddress' : 'city', 'events.error.place');
    if (v.attendance !== 'on_site' && !HTTPS_URL.test(v.onlineUrl)) fail('onlineUrl', 'events.error.onlineUrl');
    else if (v.onlineUrl && !HTTPS_URL.test(v.onlineUrl)) fail('onlineUrl', 'events.error.url');
    if (v.registration === 'link' && !HTTPS_URL.test(v.registrationUrl)) fail('registrationUrl', 'events.error.registrationUrl');
    if (v.registration === 'email' && !EMAIL.test(v.registrationEmail)) fail('registrationEmail', 'events.error.registrationEmail');
    if (!v.organizerName) fail('organizerName', 'events.error.organizer');
    if (v.contactEmail && !EMAIL.test(v.contactEmail)) fail('contactEmail', 'events.error.email');
    if (!v.contactEmail && !v.contactPhone) fail('contactEmail', 'events.error.contact');
    if (v.municipalities.length === 0 || v.municipalities.some((c) => !/^\d{3}$/.test(c))) fail('municipalities', 'events.error.municipalities');
    if (v.organizationId && !isUuid(v.organizationId)) fail('organizationId', 'events.error.organization');
    return {
      organizationId: v.organizationId || null,
      nameFi: v.nameFi,
      nameSv: v.nameSv,
      nameEn: v.nameEn,
      descriptionFi: v.descriptionFi,
      descriptionSv: v.descriptionSv,
      descriptionEn: v.descriptionEn,
      startsAt: start ?? new Date(0),
      endsAt: end ?? new Date(0),
      repeat: v.repeat,
      repeatUntil: until,
      attendance: v.attendance,
      placeName: v.attendance === 'remote' ? '' : v.placeName,
      streetAddress: v.attendance === 'remote' ? '' : v.streetAddress,
      postalCode: v.attendance === 'remote' ? '' : v.postalCode,
      city: v.attendance === 'remote' ? '' : v.city,
      onlineUrl: v.attendance === 'on_site' ? null : v.onlineUrl || null,
      municipalities: v.municipalities.sort(),
      freeOfCharge: v.free === 'yes',
      price: v.free === 'yes' ? '' : v.price,
      languages: v.languages.filter((l) => /^[a-z]{2,3}$/.test(l)),
      needs: v.needs,
      audience: v.audience,
      accessibility: v.accessibility,
      registration: v.registration,
      registrationUrl: v.registration === 'link' ? v.registrationUrl : null,
      registrationEmail: v.registration === 'email' ? v.registrationEmail : null,
      organizerName: v.organizerName,
      contactEmail: v.contactEmail || null,
      contactPhone: v.contactPhone || null,
      status: v.status,
    };
  });

export type EventInput = z.output<typeof eventForm>;

export const idParams = z.object({ id: z.string().refine(isUuid) });
export const slugParams = z.object({ slug: z.string().max(60).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/) });

export const decisionForm = z.object({ decision: z.enum(['approve', 'reject'], 'events.error.choice' satisfies ErrorKey) });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined);

/** The calendar's filters (GET, bookmarkable): a date range, a municipality, a theme, remote only. Bad values are dropped. */
export const calendarQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    municipality: z.string().regex(/^\d{3}$/).optional().catch(undefined),
    theme: z.string().max(60).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).optional().catch(undefined),
    remote: z.literal('yes').optional().catch(undefined),
    page: z.coerce.number().int().min(1).max(1000).optional().catch(undefined),
  })
  .loose();
export type CalendarQuery = z.output<typeof calendarQuery>;

export const doneQuery = z.object({ done: z.enum(['sent', 'saved', 'created', 'approved', 'rejected']).optional().catch(undefined) }).loose();
