import { localeTags, type Lang } from '../../platform/i18n/i18n.js';

/**
 * Europe/Helsinki time without a time-zone library: the wall clock of an instant from Intl (the runtime's tz data),
 * and the instant of a wall-clock time by two rounds of offset correction. A "wall" Date carries Helsinki's
 * wall-clock time in its UTC fields (what rrule expands and what the form shows); an instant is a real moment.
 * Independent of the process's TZ.
 */
export const TIME_ZONE = 'Europe/Helsinki';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The Helsinki wall-clock time of an instant, in the UTC fields of the returned Date. */
export function toWall(instant: Date): Date {
  const p: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(instant)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return new Date(Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!, instant.getUTCMilliseconds()));
}

/** The instant of a Helsinki wall-clock time (a time skipped in spring lands an hour later). */
export function fromWall(wall: Date): Date {
  const offsetAt = (instant: number) => toWall(new Date(instant)).getTime() - instant;
  const first = wall.getTime() - offsetAt(wall.getTime());
  const second = wall.getTime() - offsetAt(first);
  return new Date(offsetAt(second) === offsetAt(first) ? second : Math.max(first, second));
}

/** The instant of a form's date (YYYY-MM-DD) and time (HH:MM) in Helsinki, or null when either is not a real one. */
export function instantOf(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{1,2})[:.](\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [y, m, day, h, min] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (h > 23 || min > 59) return null;
  const wall = new Date(Date.UTC(y, m - 1, day, h, min));
  if (wall.getUTCFullYear() !== y || wall.getUTCMonth() !== m - 1 || wall.getUTCDate() !== day) return null;
  return fromWall(wall);
}

/** The Helsinki date of an instant as YYYY-MM-DD (a date field's value). */
export function dateInput(instant: Date): string {
  return toWall(instant).toISOString().slice(0, 10);
}

/** The Helsinki time of an instant as HH:MM (a time field's value). */
export function timeInput(instant: Date): string {
  return toWall(instant).toISOString().slice(11, 16);
}

/** "ti 15.12.2026" (sv "tis 15.12.2026", en "Tue 15.12.2026"): Finnish style, the day in Helsinki. */
export function formatDay(instant: Date, lang: Lang): string {
  const w = toWall(instant);
  const weekday = new Intl.DateTimeFormat(localeTags[lang], { weekday: 'short', timeZone: 'UTC' }).format(w).replace(/\.$/, '');
  return `${weekday} ${w.getUTCDate()}.${w.getUTCMonth() + 1}.${w.getUTCFullYear()}`;
}

/** "18.00" (en "18:00"), Helsinki time. */
export function formatClock(instant: Date, lang: Lang): string {
  const w = toWall(instant);
  const hh = String(w.getUTCHours()).padStart(2, '0');
  const mm = String(w.getUTCMinutes()).padStart(2, '0');
  return lang === 'en' ? `${hh}:${mm}` : `${hh}.${mm}`;
}

/**
 * An occurrence's time, Finnish style in Helsinki time: "ti 15.12.2026 klo 18.00–20.00", or across days
 * "pe 1.1.2027 klo 18.00 – la 2.1.2027 klo 12.00". `at` is the translated "klo" / "kl." / "at".
 */
export function formatRange(start: Date, end: Date, lang: Lang, at: string): string {
  const startDay = formatDay(start, lang);
  const endDay = formatDay(end, lang);
  if (startDay === endDay) return `${startDay} ${at} ${formatClock(start, lang)}–${formatClock(end, lang)}`;
  return `${startDay} ${at} ${formatClock(start, lang)} – ${endDay} ${at} ${formatClock(end, lang)}`;
}
