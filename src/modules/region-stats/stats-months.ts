/** Calendar months in Finnish time for the statistics (pure). */

const helsinkiParts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function partsOf(d: Date): { y: number; m: number; day: number; h: number; min: number } {
  const p = Object.fromEntries(helsinkiParts.formatToParts(d).map((x) => [x.type, x.value]));
  return { y: Number(p.year), m: Number(p.month), day: Number(p.day), h: Number(p.hour), min: Number(p.minute) };
}

/** The instant a Finnish calendar month (1–12, may overflow) starts. */
export function helsinkiMonthStart(year: number, month: number): Date {
  const guess = new Date(Date.UTC(year, month - 1, 1, 0, 0));
  const p = partsOf(guess);
  const shownAsUtc = Date.UTC(p.y, p.m - 1, p.day, p.h, p.min);
  return new Date(guess.getTime() - (shownAsUtc - guess.getTime()));
}

/** "YYYY-MM" of the month `now` is in, in Finnish time, and the 12 months ending with it, oldest first. */
export function lastTwelveMonths(now: Date): { current: { year: number; month: number }; months: string[] } {
  const { y, m } = partsOf(now);
  const months: string[] = [];
  for (let i = 11; i >= 0; i--) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    months.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return { current: { year: y, month: m }, months };
}

/** The date (YYYY-MM-DD, Finnish time) a year before `now`. */
export function helsinkiDateYearBefore(now: Date): string {
  const { y, m, day } = partsOf(now);
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(Math.min(day, 28)).padStart(2, '0')}`;
}
