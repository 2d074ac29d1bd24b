import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

/** SQL of the job queue. Every function takes `db`, which may be a caller's transaction. */

export interface NewJobRow {
  id: string;
  name: string;
  version: number;
  payload: unknown;
  runAt: Date | undefined;
  maxAttempts: number;
  singletonKey: string | undefined;
}

/** Inserts a job; with a singleton key that already exists, inserts nothing and returns null. */
export async function insertJob(db: Kysely<DB>, job: NewJobRow): Promise<string | null> {
  const row = await db
    .insertInto('job')
    .values({
      id: job.id,
      name: job.name,
      version: job.version,
      payload: sql<string>`${JSON.stringify(job.payload ?? null)}::jsonb`,
      run_at: job.runAt ?? sql<Date>`now()`,
      max_attempts: job.maxAttempts,
      singleton_key: job.singletonKey ?? null,
    })
    .onConflict((oc) => oc.column('singleton_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export interface ClaimedJobRow {
  id: string;
  name: string;
  version: number;
  payload: unknown;
  attempts: number;
  max_attempts: number;
  run_at: Date;
  created_at: Date;
}

/**
 * Claims up to `limit` due jobs of the given kinds for `lockMs` milliseconds: sets the lease and the caller's
 * lock token and counts the attempt. `FOR UPDATE SKIP LOCKED` lets several workers claim at once without
 * waiting for, or taking, each other's rows.
 */
export async function claimDueJobs(
  db: Kysely<DB>,
  options: { kinds: { name: string; version: number }[]; limit: number; lockMs: number; token: string; workerId?: string },
): Promise<ClaimedJobRow[]> {
  if (options.kinds.length === 0 || options.limit < 1) return [];
  const kinds = sql.join(options.kinds.map((k) => sql`(${k.name}::text, ${k.version}::integer)`));
  const result = await sql<ClaimedJobRow>`
    with due as (
      select id from job
      where done_at is null and failed_at is null
        and run_at <= now()
        and (locked_until is null or locked_until < now())
        and attempts < max_attempts
        and (name, version) in (${kinds})
      order by run_at, created_at, id
      limit ${options.limit}
      for update skip locked
    )
    update job
    set locked_until = now() + ${options.lockMs} * interval '1 millisecond',
        lock_token = ${options.token}::uuid,
        locked_by = ${options.workerId ?? null}::uuid,
        attempts = job.attempts + 1
    from due
    where job.id = due.id
    returning job.id, job.name, job.version, job.payload, job.attempts, job.max_attempts, job.run_at, job.created_at
  `.execute(db);
  return result.rows;
}

/** Marks a claimed job done; returns false when the caller no longer holds its lease. */
export async function markJobDone(db: Kysely<DB>, options: { id: string; token: string }): Promise<boolean> {
  const result = await db
    .updateTable('job')
    .set({ done_at: sql<Date>`now()`, locked_until: null, lock_token: null, locked_by: null })
    .where('id', '=', options.id)
    .where('lock_token', '=', options.token)
    .where('done_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Records a failed attempt: the job runs again after `retryInMs`, or, when `retryInMs` is null, is given up
 * (failed_at set; kept for an administrator to look at or retry).
 */
export async function markJobFailed(
  db: Kysely<DB>,
  options: { id: string; token: string; error: string; retryInMs: number | null },
): Promise<void> {
  await db
    .updateTable('job')
    .set({
      last_error: options.error,
      locked_until: null,
      lock_token: null,
      locked_by: null,
      ...(options.retryInMs === null
        ? { failed_at: sql<Date>`now()` }
        : { run_at: sql<Date>`now() + ${Math.max(0, Math.round(options.retryInMs))} * interval '1 millisecond'` }),
    })
    .where('id', '=', options.id)
    .where('lock_token', '=', options.token)
    .where('done_at', 'is', null)
    .execute();
}

/** Gives up jobs whose last attempt's lease ran out (the process died mid-job) and that have no attempts left. */
export async function failAbandonedJobs(db: Kysely<DB>): Promise<number> {
  const result = await db
    .updateTable('job')
    .set({ failed_at: sql<Date>`now()`, locked_until: null, lock_token: null, locked_by: null, last_error: 'lease expired on the last attempt' })
    .where('done_at', 'is', null)
    .where('failed_at', 'is', null)
    .where('locked_until', '<', sql<Date>`now()`)
    .where((eb) => eb('attempts', '>=', eb.ref('max_attempts')))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Registers a starting worker (its first heartbeat) with the mail transport it uses. */
export async function insertWorker(db: Kysely<DB>, worker: { id: string; mailTransport: string | null }): Promise<void> {
  await db.insertInto('job_worker').values({ id: worker.id, mail_transport: worker.mailTransport }).execute();
}

/**
 * A worker's heartbeat: it is alive, and it still runs the jobs it claimed with these lock tokens, whose leases are
 * renewed for `lockMs`. Only the runs in progress are renewed, so a job whose end could not be recorded is not held.
 */
export async function beatWorker(db: Kysely<DB>, options: { id: string; tokens: string[]; lockMs: number }): Promise<void> {
  await db.updateTable('job_worker').set({ heartbeat_at: sql<Date>`now()` }).where('id', '=', options.id).execute();
  if (options.tokens.length === 0) return;
  await db
    .updateTable('job')
    .set({ locked_until: sql<Date>`now() + ${options.lockMs} * interval '1 millisecond'` })
    .where('locked_by', '=', options.id)
    .where('lock_token', 'in', options.tokens)
    .where('done_at', 'is', null)
    .where('failed_at', 'is', null)
    .execute();
}

/** A worker stopped cleanly (after its jobs in progress ended). */
export async function markWorkerStopped(db: Kysely<DB>, options: { id: string }): Promise<void> {
  await db.updateTable('job_worker').set({ stopped_at: sql<Date>`now()` }).where('id', '=', options.id).execute();
}

/**
 * Frees the jobs claimed by workers that are gone: stopped, or without a heartbeat for `staleMs`. Their lease ends
 * now (the attempt stays counted), so they are claimed again at once, or given up by failAbandonedJobs when that was
 * their last attempt. The gone worker's lock token no longer matches: should it wake up, it cannot finish them.
 * Returns how many jobs were freed.
 */
export async function releaseJobsOfGoneWorkers(db: Kysely<DB>, options: { self: string; staleMs: number }): Promise<number> {
  const result = await db
    .updateTable('job')
    .set({ locked_until: sql<Date>`now() - interval '1 millisecond'`, lock_token: null, locked_by: null })
    .where('done_at', 'is', null)
    .where('failed_at', 'is', null)
    .where('locked_by', 'in', (eb) =>
      eb
        .selectFrom('job_worker')
        .select('id')
        .where('id', '<>', options.self)
        .where((w) => w.or([w('stopped_at', 'is not', null), w('heartbeat_at', '<', sql<Date>`now() - ${options.staleMs} * interval '1 millisecond'`)])),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The mail transports other than `mine` that other workers used within `withinMs` (alive or stopped since). */
export async function otherMailTransports(db: Kysely<DB>, options: { self: string; mine: string; withinMs: number }): Promise<string[]> {
  const rows = await db
    .selectFrom('job_worker')
    .select('mail_transport')
    .distinct()
    .where('id', '<>', options.self)
    .where('mail_transport', 'is not', null)
    .where('mail_transport', '<>', options.mine)
    .where('heartbeat_at', '>', sql<Date>`now() - ${options.withinMs} * interval '1 millisecond'`)
    .orderBy('mail_transport')
    .execute();
  return rows.map((r) => r.mail_transport!);
}

/** Forgets workers not heard of for `olderThanMs` (their jobs were taken over long ago). */
export async function deleteOldWorkers(db: Kysely<DB>, options: { olderThanMs: number }): Promise<number> {
  const result = await db
    .deleteFrom('job_worker')
    .where('heartbeat_at', '<', sql<Date>`now() - ${options.olderThanMs} * interval '1 millisecond'`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes finished jobs (their payloads may hold e-mail addresses): done ones and given-up ones, each after its age. */
export async function deleteOldJobs(db: Kysely<DB>, options: { doneDays: number; failedDays: number }): Promise<number> {
  const result = await db
    .deleteFrom('job')
    .where((eb) =>
      eb.or([
        eb('done_at', '<', sql<Date>`now() - ${options.doneDays} * interval '1 day'`),
        eb('failed_at', '<', sql<Date>`now() - ${options.failedDays} * interval '1 day'`),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Puts a given-up job back in the queue with fresh attempts. Returns false when there is no such failed job. */
export async function requeueFailedJob(db: Kysely<DB>, options: { id: string }): Promise<boolean> {
  const result = await db
    .updateTable('job')
    .set({ failed_at: null, attempts: 0, run_at: sql<Date>`now()`, locked_until: null, lock_token: null, locked_by: null })
    .where('id', '=', options.id)
    .where('failed_at', 'is not', null)
    .where('done_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface JobRow {
  id: string;
  name: string;
  version: number;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  runAt: Date;
  lockedUntil: Date | null;
  doneAt: Date | null;
  failedAt: Date | null;
  singletonKey: string | null;
  createdAt: Date;
}

const jobColumns = [
  'id',
  'name',
  'version',
  'payload',
  'attempts',
  'max_attempts',
  'last_error',
  'run_at',
  'locked_until',
  'done_at',
  'failed_at',
  'singleton_key',
  'created_at',
] as const;

type SelectedJob = {
  id: string;
  name: string;
  version: number;
  payload: unknown;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  run_at: Date;
  locked_until: Date | null;
  done_at: Date | null;
  failed_at: Date | null;
  singleton_key: string | null;
  created_at: Date;
};

function toJobRow(r: SelectedJob): JobRow {
  return {
    id: r.id,
    name: r.name,
    version: r.version,
    payload: r.payload,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    lastError: r.last_error,
    runAt: r.run_at,
    lockedUntil: r.locked_until,
    doneAt: r.done_at,
    failedAt: r.failed_at,
    singletonKey: r.singleton_key,
    createdAt: r.created_at,
  };
}

export async function getJob(db: Kysely<DB>, options: { id: string }): Promise<JobRow | null> {
  const row = await db.selectFrom('job').select(jobColumns).where('id', '=', options.id).executeTakeFirst();
  return row ? toJobRow(row as SelectedJob) : null;
}

/** Jobs of one name, oldest first (for administration and tests). */
export async function listJobs(db: Kysely<DB>, options: { name?: string; limit?: number } = {}): Promise<JobRow[]> {
  let q = db.selectFrom('job').select(jobColumns);
  if (options.name) q = q.where('name', '=', options.name);
  const rows = await q.orderBy('created_at').orderBy('id').limit(options.limit ?? 100).execute();
  return rows.map((r) => toJobRow(r as SelectedJob));
}
