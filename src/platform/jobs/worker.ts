import type { Database } from '../db/database.js';
import { newId } from '../ids.js';
import {
  beatWorker,
  claimDueJobs,
  deleteOldWorkers,
  failAbandonedJobs,
  insertWorker,
  markJobDone,
  markJobFailed,
  markWorkerStopped,
  otherMailTransports,
  releaseJobsOfGoneWorkers,
  type ClaimedJobRow,
} from './job.repo.js';
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

const DEFAULT_LOCK_MS = 60_000;
const DEFAULT_HEARTBEAT_MS = 5_000;
const DEFAULT_STALE_MS = 30_000;
/** Another instance's mail transport is compared when it was alive this recently. */
const TRANSPORT_WINDOW_MS = 60 * 60_000;
/** Rows of workers not heard of for this long are deleted. */
const FORGET_WORKERS_MS = 7 * 24 * 60 * 60_000;

export interface WorkerOptions {
  db: Database;
  handlers: readonly JobHandler[];
  schedules?: readonly Schedule[];
  /** Wait between polls when no job was due (default 1000 ms). */
  pollMs?: number;
  /** Jobs run at the same time by this worker (default 2). */
  concurrency?: number;
  /**
   * How long a claimed job stays reserved for this worker (default 60 s). A running worker renews the lease of its
   * jobs in progress at every heartbeat; a job whose worker is gone is taken over after `staleMs` at the latest.
   */
  lockMs?: number;
  /** startWorker: how often the worker says it is alive and renews its leases (default 5 s). */
  heartbeatMs?: number;
  /** startWorker: a worker without a heartbeat for this long is gone, and its jobs are taken over (default 30 s). */
  staleMs?: number;
  /** startWorker: the mail transport of this instance, as logged and compared (`smtp://host:port` or `outbox`). */
  mailTransport?: string;
  backoff?: Partial<Backoff>;
  log?: WorkerLog;
}

export interface Worker {
  /** This worker's id (job_worker.id, job.locked_by). */
  readonly id: string;
  /** Claims and runs the jobs that are due now (at most `concurrency`); returns how many ran. */
  runDue(): Promise<number>;
  /** Says the worker is alive and renews the leases of the jobs it is running (startWorker calls it on a timer). */
  heartbeat(): Promise<void>;
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
  const lockMs = options.lockMs ?? DEFAULT_LOCK_MS;
  const id = newId();
  /** Lock tokens of the claims whose jobs are running now: only their leases are renewed. */
  const activeTokens = new Set<string>();
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
    activeTokens.add(token);
    try {
      const rows = await claimDueJobs(db, { kinds, limit: concurrency, lockMs, token, workerId: id });
      const work = Promise.all(rows.map((row) => runOne(row, token))).then(() => undefined);
      running.add(work);
      try {
        await work;
      } finally {
        running.delete(work);
      }
      return rows.length;
    } finally {
      activeTokens.delete(token);
    }
  }

  return {
    id,
    runDue,
    heartbeat: () => beatWorker(db, { id, tokens: [...activeTokens], lockMs }),
    stop: async () => {
      await Promise.all([...running]);
    },
  };
}

/**
 * Starts the embedded worker: registers it (job_worker: heartbeat, mail transport; says which transport it uses and
 * warns when another instance recently used another one), takes over the jobs of workers that are gone, and every
 * `pollMs` writes the scheduled jobs of the current period (once per period and process; the database keeps them
 * unique across instances) and runs what is due, straight again while jobs keep coming. Every `heartbeatMs` it says
 * it is alive, renews the leases of its jobs in progress and takes over the jobs of workers silent for `staleMs`.
 * Database errors are logged and retried; stop() ends the loop after the jobs in progress.
 */
export function startWorker(options: WorkerOptions): Worker {
  const log = options.log ?? silentLog;
  const pollMs = options.pollMs ?? 1000;
  const heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
  const staleMs = Math.max(options.staleMs ?? DEFAULT_STALE_MS, heartbeatMs * 3);
  const worker = createWorker(options);
  const schedules = options.schedules ?? [];
  const mailTransport = options.mailTransport ?? null;
  let stopped = false;
  let registered = false;
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

  async function register(): Promise<void> {
    await insertWorker(options.db, { id: worker.id, mailTransport });
    registered = true;
    if (mailTransport) {
      log.info({ worker: worker.id, mailTransport }, `mail transport: ${mailTransport}${mailTransport === 'outbox' ? ' (no SMTP_URL: e-mail is kept in the outbox table)' : ''}`);
      const others = await otherMailTransports(options.db, { self: worker.id, mine: mailTransport, withinMs: TRANSPORT_WINDOW_MS });
      if (others.length > 0) {
        log.warn(
          { worker: worker.id, mailTransport, others },
          `another instance recently used a different mail transport: ${others.join(', ')}; this one uses ${mailTransport}. E-mail goes different ways depending on the instance: give every instance the same SMTP_URL`,
        );
      }
    }
    await takeOver();
  }

  async function takeOver(): Promise<void> {
    const freed = await releaseJobsOfGoneWorkers(options.db, { self: worker.id, staleMs });
    if (freed > 0) {
      log.warn({ worker: worker.id, jobs: freed }, `took over ${freed} job${freed === 1 ? '' : 's'} of workers that stopped heartbeating`);
      wake?.();
    }
  }

  let beating = false;
  const beat = async () => {
    // Also while stopping: the jobs still in progress keep their leases until they end.
    if (beating || !registered) return;
    beating = true;
    try {
      await worker.heartbeat();
      await takeOver();
    } catch (err) {
      log.error({ err: describeError(err) }, 'job worker could not send its heartbeat');
    } finally {
      beating = false;
    }
  };
  const heartbeatTimer = setInterval(() => void beat(), heartbeatMs);

  const loop = (async () => {
    let failures = 0;
    while (!stopped) {
      let ran = 0;
      try {
        if (!registered) await register();
        const now = Date.now();
        await ensureScheduledJobs(options.db, schedules, { written });
        if (now - lastSweep >= 60_000) {
          await failAbandonedJobs(options.db);
          await deleteOldWorkers(options.db, { olderThanMs: FORGET_WORKERS_MS });
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
    id: worker.id,
    runDue: worker.runDue,
    heartbeat: beat,
    stop: async () => {
      stopped = true;
      wake?.();
      await loop;
      await worker.stop();
      clearInterval(heartbeatTimer);
      if (registered) {
        await markWorkerStopped(options.db, { id: worker.id }).catch((err: unknown) =>
          log.error({ err: describeError(err) }, 'job worker could not record that it stopped'),
        );
      }
    },
  };
}
