import Holidays from 'date-holidays';

/**
 * Working days in Finland (Europe/Helsinki), for the contact-request reminders: "nothing done after 2 working
 * days → a reminder; after 5 → the regional administrators are told".
 *
 * Not working days: Saturdays, Sundays, the Finnish public holidays from the maintained `date-holidays` package
 * (`new Holidays('FI')`, type 'public': uudenvuodenpäivä, loppiainen, pitkäperjantai, pääsiäispäivä, toinen
 * pääsiäispäivä, vappu, helatorstai, helluntaipäivä, juhannuspäivä, pyhäinpäivä, itsenäisyyspäivä, joulupäivä,
 * tapaninpäivä), and two days that are not public holidays by law but are de facto days off for nearly every
 * organisation (offices and most NGOs are closed): juhannusaatto (the Friday before juhannuspäivä) and jouluaatto
 * (24.12.). The package lists both as type 'bank'; uudenvuodenaatto (31.12.), also 'bank', stays a working day.
 *
 * Dates are Finnish calendar dates written YYYY-MM-DD; a Date is read as the date it is in Finland at that moment.
 */

export type FinnishDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const helsinkiDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });
const holidays = new Holidays('FI');
const daysOffByYear = new Map<number, ReadonlySet<FinnishDate>>();

/** The date in Finland at a moment, as YYYY-MM-DD. */
export function finnishDate(at: Date): FinnishDate {
  return helsinkiDay.format(at);
}

function toFinnishDate(date: Date | FinnishDate): FinnishDate {
  if (typeof date !== 'string') return finnishDate(date);
  if (!ISO_DATE.test(date)) throw new Error(`not a date (YYYY-MM-DD): "${date}"`);
  return date;
}

/** Whether a bank holiday of the package is a de facto day off: jouluaatto (24.12.) or juhannusaatto (in June). */
function isDeFactoDayOff(date: FinnishDate): boolean {
  return date.endsWith('-12-24') || date.slice(5, 7) === '06';
}

/** The public holidays of a year, and juhannusaatto and jouluaatto (cached per year). */
export function daysOff(year: number): ReadonlySet<FinnishDate> {
  let set = daysOffByYear.get(year);
  if (!set) {
    const dates = new Set<FinnishDate>();
    for (const h of holidays.getHolidays(year)) {
      const date = h.date.slice(0, 10);
      if (h.type === 'public' || (h.type === 'bank' && isDeFactoDayOff(date))) dates.add(date);
    }
    set = dates;
    daysOffByYear.set(year, set);
  }
  return set;
}

function weekday(date: FinnishDate): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

/** The date `step` calendar days after (or before, when negative) a date. */
export function addCalendarDays(date: FinnishDate, step: number): FinnishDate {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + step);
  return d.toISOString().slice(0, 10);
}

/** Whether a date (or the Finnish date at a moment) is a working day: not a weekend, holiday, juhannusaatto or jouluaatto. */
export function isWorkingDay(date: Date | FinnishDate): boolean {
  const day = toFinnishDate(date);
  const w = weekday(day);
  if (w === 0 || w === 6) return false;
  return !daysOff(Number(day.slice(0, 4))).has(day);
}

/**
 * The working day `n` working days after `from` (from's own day is not counted, whatever it is):
 * addWorkingDays('2026-12-03', 2) is Monday 7.12.2026 (Friday 4.12. is the first; 5.–6.12. are a weekend).
 * The request of 3.12. has then had two whole working days when 7.12. is over.
 */
export function addWorkingDays(from: Date | FinnishDate, n: number): FinnishDate {
  if (!Number.isInteger(n) || n < 0) throw new Error(`working days must be a whole number ≥ 0: ${n}`);
  let day = toFinnishDate(from);
  for (let counted = 0; counted < n; ) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}

/**
 * The latest date whose next `n` working days are all over by `today` (addWorkingDays(date, n) < today): a request
 * made on that date or earlier has had `n` whole working days without an answer. addWorkingDays never decreases as
 * the date grows, so this is one cut-off for a query.
 */
export function lastDateWithWorkingDaysPassed(today: Date | FinnishDate, n: number): FinnishDate {
  const end = toFinnishDate(today);
  let day = addCalendarDays(end, -1);
  while (addWorkingDays(day, n) >= end) day = addCalendarDays(day, -1);
  return day;
}
