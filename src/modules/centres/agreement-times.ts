import { invalidInput } from '../../platform/errors.js';
import { instantOf } from '../events/helsinki-time.js';
import { isUsableRrule, rruleFor, type Repeat } from '../events/recurrence.js';

/**
 * An agreement's time from a form (Helsinki wall clock): the start, which must be after `now`, and for a recurring
 * one the RRULE until the given last day (the events module's recurrence, so the same rules expand it everywhere).
 */
export function agreementStart(date: string, time: string, now: Date): Date {
  const startsAt = instantOf(date, time);
  if (!startsAt) throw invalidInput({ date: 'centres.error.date' });
  if (startsAt.getTime() <= now.getTime()) throw invalidInput({ date: 'centres.error.past' });
  return startsAt;
}

export function agreementRrule(repeat: Repeat, startsAt: Date, repeatUntil: string): string | null {
  if (repeat === 'none') return null;
  const until = instantOf(repeatUntil, '23:59');
  if (!until || until.getTime() <= startsAt.getTime()) throw invalidInput({ repeatUntil: 'centres.error.repeatUntil' });
  const rrule = rruleFor(repeat, startsAt, until);
  if (!rrule || !isUsableRrule(rrule, startsAt)) throw invalidInput({ repeatUntil: 'centres.error.repeatUntil' });
  return rrule;
}
