import type { z } from 'zod';
import type { Database } from '../db/database.js';

/**
 * A kind of job: its name, the version of its payload and the payload's schema. Enough to enqueue one; the code
 * that runs it (a JobHandler) is attached separately, because it needs run-time dependencies (SMTP, config).
 * When a payload changes incompatibly, give the new shape a new version and keep a handler for the old one until
 * no job of that version is left.
 */
export interface JobType<S extends z.ZodType = z.ZodType> {
  name: string;
  version: number;
  schema: S;
  /** How many attempts before the job is given up (default 10). */
  maxAttempts?: number;
}

export function defineJobType<S extends z.ZodType>(type: JobType<S>): JobType<S> {
  if (!/^[a-z0-9][a-z0-9-.:]*$/.test(type.name)) throw new Error(`bad job name "${type.name}"`);
  if (!Number.isInteger(type.version) || type.version < 1) throw new Error(`bad job version ${type.version}`);
  return type;
}

export interface JobInfo {
  id: string;
  name: string;
  version: number;
  /** This attempt's number, starting at 1. */
  attempt: number;
  maxAttempts: number;
  createdAt: Date;
}

export interface JobContext<P> {
  payload: P;
  job: JobInfo;
  db: Database;
  /**
   * Runs `work` and marks this job done in ONE transaction, so the job's database effects happen exactly once:
   * if this worker lost its lease meanwhile (another worker took the job over), nothing is written and a
   * LeaseLostError is thrown. A handler that does not call finish() is marked done when it returns.
   */
  finish(work?: (trx: Database) => Promise<void>): Promise<void>;
}

export interface JobHandler<S extends z.ZodType = z.ZodType> {
  type: JobType<S>;
  run(context: JobContext<z.infer<S>>): Promise<void>;
  /** Overrides the worker's retry backoff for this kind of job. */
  backoff?: Partial<Backoff>;
}

export function defineJobHandler<S extends z.ZodType>(
  type: JobType<S>,
  run: (context: JobContext<z.infer<S>>) => Promise<void>,
  options: { backoff?: Partial<Backoff> } = {},
): JobHandler<S> {
  return { type, run, ...options };
}

/** Wait before attempt n+1: baseMs · 2^(n−1), at most maxMs, plus up to 10 % jitter. */
export interface Backoff {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 10_000, maxMs: 60 * 60_000 };

/** A failure that retrying cannot fix (bad payload, unknown template): the job is given up at once. */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}

/** Thrown by finish() when another worker has taken the job over (this worker's lease ran out). */
export class LeaseLostError extends Error {
  override name = 'LeaseLostError';
}
