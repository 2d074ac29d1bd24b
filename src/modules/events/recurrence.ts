import rrule from 'rrule';
import { fromWall, toWall } from './helsinki-time.js';

const { RRule } = rrule;

/**
 * Recurring events: the stored RRULE (RFC 5545, as in iCal) repeats the event's start in Helsinki wall-clock time,
 * so 18.00 stays 18.00 across the summer-time changes. The form offers four choices and an end date; any RRULE
 * with an end (UNTIL or COUNT) is accepted by the model, so later modules may store others.
 */
export const REPEATS = ['none', 'weekly', 'biweekly', 'monthly'] as const;
export type Repeat = (typeof REPEATS)[number];

/** At most this many occurrences (two years of weekly events, with room). */
export const MAX_OCCURRENCES = 500;

/** A time after every event (a bound for open-ended queries that PostgreSQL's timestamptz still takes). */
export const FAR_FUTURE = new Date('9999-12-31T00:00:00Z');

export interface Timed {
  startsAt: Date;
  endsAt: Date;
  rrule: string | null;
}

export interface Occurrence {
  start: Date;
  end: Date;
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The RRULE of a form choice: the start's weekday (monthly: its nth weekday, the 5th as "last"), until an instant. */
export function rruleFor(repeat: Repeat, start: Date, until: Date): string | null {
  if (repeat === 'none') return null;
  const end = `UNTIL=${utcStamp(until)}`;
  if (repeat === 'weekly') return `FREQ=WEEKLY;${end}`;
  if (repeat === 'biweekly') return `FREQ=WEEKLY;INTERVAL=2;${end}`;
  const wall = toWall(start);
  const nth = Math.ceil(wall.getUTCDate() / 7);
  const day = WEEKDAYS[(wall.getUTCDay() + 6) % 7];
  return `FREQ=MONTHLY;BYDAY=${nth >= 5 ? -1 : nth}${day};${end}`;
}

/** The form's choice and end of a stored RRULE ('none' and null for a one-off event or a rule the form cannot show). */
export function repeatOf(value: string | null): { repeat: Repeat; until: Date | null } {
  if (!value) return { repeat: 'none', until: null };
  const o = RRule.parseString(value);
  const until = o.until ?? null;
  if (o.freq === RRule.WEEKLY && (o.interval ?? 1) === 1) return { repeat: 'weekly', until };
  if (o.freq === RRule.WEEKLY && o.interval === 2) return { repeat: 'biweekly', until };
  if (o.freq === RRule.MONTHLY) return { repeat: 'monthly', until };
  return { repeat: 'none', until };
}

/** Whether a stored RRULE is one this module can expand: parseable, with an end, not too many occurrences. */
export function isUsableRrule(value: string, start: Date): boolean {
  try {
    const o = RRule.parseString(value);
    if (o.freq === undefined || (!o.until && !o.count)) return false;
    return expandAll({ startsAt: start, endsAt: new Date(start.getTime() + 1), rrule: value }).length <= MAX_OCCURRENCES;
  } catch {
    return false;
  }
}

function ruleOf(event: Timed) {
  const o = RRule.parseString(event.rrule!);
  // rrule compares in the wall-clock space of DTSTART: UNTIL (a real UTC instant in the stored text) moves there too.
  return new RRule({ ...o, dtstart: toWall(event.startsAt), until: o.until ? toWall(o.until) : null });
}

function expandAll(event: Timed): Occurrence[] {
  const duration = event.endsAt.getTime() - event.startsAt.getTime();
  if (!event.rrule) return [{ start: event.startsAt, end: event.endsAt }];
  return ruleOf(event)
    .all((_, i) => i <= MAX_OCCURRENCES)
    .map((wall) => {
      const start = fromWall(wall);
      return { start, end: new Date(start.getTime() + duration) };
    });
}

/** The occurrences that have not ended by `from` and start before `to` (both instants), in order. */
export function occurrencesBetween(event: Timed, from: Date, to: Date): Occurrence[] {
  return expandAll(event).filter((o) => o.end.getTime() > from.getTime() && o.start.getTime() < to.getTime());
}

/** The end of the last occurrence (the event's end when one-off). */
export function lastEndOf(event: Timed): Date {
  const all = expandAll(event);
  return all[all.length - 1]?.end ?? event.endsAt;
}
