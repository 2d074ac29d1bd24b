import { Cron } from 'croner';
import type { Database } from '../db/database.js';
import { enqueue } from './enqueue.js';
import type { JobType } from './job-types.js';

/**
 * A recurring job: `every` is either an interval ("1 day", "6 hours", "30 minutes", "1 week") or a five-field
 * cron expression ("0 3 * * *", read in `timezone`, default Europe/Helsinki).
 *
 * Each period gets exactly one job, whatever the number of app instances: the job's singleton key names the
 * period. An interval's periods are aligned to the Unix epoch (UTC) and its job is due at once, so a daily job
 * runs soon after the first start and then once per UTC day. A cron schedule's job is written ahead for the next
 * matching moment; if the service is down at that moment, the job runs once when it is back.
 */
export interface Schedule {
  type: JobType;
  every: string;
  payload: unknown;
  timezone: string;
}

export function schedule(type: JobType, every: string, options: { payload?: unknown; timezone?: string } = {}): Schedule {
  const s: Schedule = { type, every, payload: options.payload ?? {}, timezone: options.timezone ?? 'Europe/Helsinki' };
  periodOf(s, new Date()); // throws on a bad `every`
  if (options.payload !== undefined) type.schema.parse(options.payload);
  return s;
}

const UNIT_MS: Record<string, number> = {
  second: 1000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
};

/** "1 day" → 86 400 000; undefined when `every` is not an interval. */
export function parseInterval(every: string): number | undefined {
  const m = /^\s*(\d+)\s*(second|minute|hour|day|week)s?\s*$/i.exec(every);
  if (!m) return undefined;
  const ms = Number(m[1]) * UNIT_MS[m[2]!.toLowerCase()]!;
  if (!(ms > 0)) throw new Error(`schedule interval must be positive: "${every}"`);
  return ms;
}

/** The period `now` falls in: its key (unique per schedule and period) and when its job is due. */
export function periodOf(s: Pick<Schedule, 'every' | 'timezone'>, now: Date): { key: string; runAt: Date } {
  const interval = parseInterval(s.every);
  if (interval !== undefined) {
    const start = new Date(Math.floor(now.getTime() / interval) * interval);
    return { key: start.toISOString(), runAt: start };
  }
  let cron: Cron;
  try {
    cron = new Cron(s.every, { timezone: s.timezone, paused: true });
  } catch (err) {
    throw new Error(`schedule "${s.every}" is neither an interval like "1 day" nor a cron expression: ${(err as Error).message}`);
  }
  const next = cron.nextRun(now);
  cron.stop();
  if (!next) throw new Error(`cron schedule "${s.every}" never runs after ${now.toISOString()}`);
  return { key: next.toISOString(), runAt: next };
}

export function singletonKeyOf(s: Schedule, periodKey: string): string {
  return `schedule:${s.type.name}@${s.type.version}:${s.every}:${periodKey}`;
}

/**
 * Makes sure the current period of each schedule has its one job. Safe to call often and from many instances;
 * `written` (kept by the caller between calls) skips the periods this process has already written.
 */
export async function ensureScheduledJobs(
  db: Database,
  schedules: readonly Schedule[],
  options: { now?: Date; written?: Map<Schedule, string> } = {},
): Promise<void> {
  for (const s of schedules) {
    const period = periodOf(s, options.now ?? new Date());
    if (options.written?.get(s) === period.key) continue;
    await enqueue(db, s.type, s.payload, { runAt: period.runAt, singletonKey: singletonKeyOf(s, period.key) });
    options.written?.set(s, period.key);
  }
}
