import type { Database } from '../db/database.js';
import { newId } from '../ids.js';
import { claimDueJobs, failAbandonedJobs, markJobDone, markJobFailed, type ClaimedJobRow } from './job.repo.js';
import {
  DEFAULT_BACKOFF,
  LeaseLostError,
  PermanentJobError,
  type Backoff,
  type JobHandler,
  type JobInfo,
} from './job-types.js';
import { ensureScheduledJobs, type Schedule } from './schedule.js';

export interface WorkerLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

const silentLog: WorkerLog = { info: () => {}, warn: () => {}, error: () => {} };

export interface WorkerOptions {
  db: Database;
  handlers: readonly JobHandler[];
  schedules?: readonly Schedule[];
  /** Wait between polls when no job was due (default 1000 ms). */
  pollMs?: number;
  /** Jobs run at the same time by this worker (default 2). */
  concurrency?: number;
  /** How long a claimed job stays reserved for this worker (default 5 minutes); longer jobs must be split. */
  lockMs?: number;
  backoff?: Partial<Backoff>;
  log?: WorkerLog;
}

export interface Worker {
  /** Claims and runs the jobs that are due now (at most `concurrency`); returns how many ran. */
  runDue(): Promise<number>;
  /** Stops polling and waits for the jobs in progress to end. */
  stop(): Promise<void>;
}

/** Delay before the next attempt after `attempt` failed ones. */
export function backoffDelay(attempt: number, backoff: Backoff, random = Math.random): number {
  const exp = backoff.baseMs * 2 ** Math.max(0, attempt - 1);
  return Math.min(backoff.maxMs, exp) * (1 + 0.1 * random());
}

const EMAIL = /[^\s<>()"',;:@]+@[^\s<>()"',;:@]+/g;

/** An error as text fit for the job table and logs: class, code and message, e-mail addresses masked, no stack. */
export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return 'non-error thrown';
  const e = err as Error & { code?: unknown; responseCode?: unknown };
  const parts = [e.name];
  if (typeof e.code === 'string' || typeof e.code === 'number') parts.push(String(e.code));
  if (typeof e.responseCode === 'number') parts.push(String(e.responseCode));
  const text = `${parts.join(' ')}: ${e.message}`.replace(EMAIL, '[address]').replace(/\s+/g, ' ');
  return text.length > 500 ? `${text.slice(0, 499)}…` : text;
}

/**
 * Creates a worker over the queue without starting it: runDue() processes what is due now. startWorker() adds the
 * polling loop. Handlers are matched on (name, version); jobs of other kinds are left for other workers.
 */
export function createWorker(options: WorkerOptions): Worker {
  const { db } = options;
  const log = options.log ?? silentLog;
  const concurrency = options.concurrency ?? 2;
  const lockMs = options.lockMs ?? 5 * 60_000;
  const handlers = new Map(options.handlers.map((h) => [`${h.type.name}@${h.type.version}`, h]));
  const kinds = options.handlers.map((h) => ({ name: h.type.name, version: h.type.version }));
  const running = new Set<Promise<void>>();

  async function runOne(row: ClaimedJobRow, token: string): Promise<void> {
    const handler = handlers.get(`${row.name}@${row.version}`)!;
    const info: JobInfo = {
      id: row.id,
      name: row.name,
      version: row.version,
      attempt: row.attempts,
      maxAttempts: row.max_attempts,
      createdAt: row.created_at,
    };
    let finished = false;
    const finish = async (work?: (trx: Database) => Promise<void>) => {
      if (finished) throw new Error(`job ${row.id}: finish() called twice`);
      await db.transaction().execute(async (trx) => {
        if (work) await work(trx);
        if (!(await markJobDone(trx, { id: row.id, token }))) throw new LeaseLostError(`job ${row.id}: lease lost`);
      });
      finished = true;
    };
    try {
      const parsed = handler.type.schema.safeParse(row.payload);
      if (!parsed.success) {
        const paths = parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ');
        throw new PermanentJobError(`invalid payload at ${paths}`);
      }
      await handler.run({ payload: parsed.data, job: info, db, finish });
      if (!finished) await finish();
      log.info({ job: row.id, name: row.name, attempt: row.attempts }, 'job done');
    } catch (err) {
      if (finished) {
        log.error({ job: row.id, name: row.name, err: describeError(err) }, 'job failed after it was finished');
        return;
      }
      if (err instanceof LeaseLostError) {
        log.warn({ job: row.id, name: row.name }, 'job lease lost; another worker has it');
        return;
      }
      const error = describeError(err);
      const giveUp = err instanceof PermanentJobError || row.attempts >= row.max_attempts;
      const backoff = { ...DEFAULT_BACKOFF, ...options.backoff, ...handler.backoff };
      const retryInMs = giveUp ? null : backoffDelay(row.attempts, backoff);
      try {
        await markJobFailed(db, { id: row.id, token, error, retryInMs });
      } catch (markErr) {
        // The lease runs out and the job is claimed again; nothing is lost.
        log.error({ job: row.id, err: describeError(markErr) }, 'could not record a job failure');
      }
      const fields = { job: row.id, name: row.name, attempt: row.attempts, err: error, retryInMs };
      if (giveUp) log.error(fields, 'job given up');
      else log.warn(fields, 'job failed; will retry');
    }
  }

  async function runDue(): Promise<number> {
    const token = newId();
    const rows = await claimDueJobs(db, { kinds, limit: concurrency, lockMs, token });
    const work = Promise.all(rows.map((row) => runOne(row, token))).then(() => undefined);
    running.add(work);
    try {
      await work;
    } finally {
      running.delete(work);
    }
    return rows.length;
  }

  return {
    runDue,
    stop: async () => {
      await Promise.all([...running]);
    },
  };
}

/**
 * Starts the embedded worker: every `pollMs` it writes the scheduled jobs of the current period (once per period
 * and process; the database keeps them unique across instances) and runs what is due, straight again while jobs
 * keep coming. Database errors are logged and retried; stop() ends the loop after the jobs in progress.
 */
export function startWorker(options: WorkerOptions): Worker {
  const log = options.log ?? silentLog;
  const pollMs = options.pollMs ?? 1000;
  const worker = createWorker(options);
  const schedules = options.schedules ?? [];
  let stopped = false;
  let wake: (() => void) | undefined;
  const written = new Map<Schedule, string>();
  let lastSweep = 0;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        wake = undefined;
        resolve();
      }, ms);
      wake = () => {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      };
    });

  const loop = (async () => {
    let failures = 0;
    while (!stopped) {
      let ran = 0;
      try {
        const now = Date.now();
        await ensureScheduledJobs(options.db, schedules, { written });
        if (now - lastSweep >= 60_000) {
          await failAbandonedJobs(options.db);
          lastSweep = now;
        }
        ran = await worker.runDue();
        failures = 0;
      } catch (err) {
        failures += 1;
        log.error({ err: describeError(err) }, 'job worker could not poll the queue');
      }
      if (stopped) break;
      if (ran === 0) await sleep(failures > 0 ? Math.min(60_000, pollMs * 2 ** failures) : pollMs);
    }
  })();

  return {
    runDue: worker.runDue,
    stop: async () => {
      stopped = true;
      wake?.();
      await loop;
      await worker.stop();
    },
  };
}
