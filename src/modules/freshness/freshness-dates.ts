/** Calendar dates of the freshness rules, in Finnish time (the `last_checked` columns are dates without a zone). */

const helsinkiDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The date in Finland at `now`, as YYYY-MM-DD. */
export function helsinkiDate(now: Date): string {
  return helsinkiDay.format(now);
}

/** `date` (YYYY-MM-DD) minus `days` calendar days. */
export function daysBefore(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The "Tiedot voivat olla vanhentuneita" rule: data last checked on `lastChecked` (YYYY-MM-DD) is marked once it is
 * `markAfterDays` (FRESHNESS_MARK_AFTER_DAYS) old or older on the Finnish date at `now`; an unknown date is not.
 * Use cases that return cards (directory, search) call this and hand their views a flag.
 */
export function isPossiblyOutdated(lastChecked: string | null | undefined, now: Date, markAfterDays: number): boolean {
  if (!lastChecked) return false;
  return lastChecked.slice(0, 10) <= daysBefore(helsinkiDate(now), markAfterDays);
}
