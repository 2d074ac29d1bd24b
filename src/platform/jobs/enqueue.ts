import type { z } from 'zod';
import type { Database } from '../db/database.js';
import { newId } from '../ids.js';
import { insertJob } from './job.repo.js';
import type { JobType } from './job-types.js';

export interface EnqueueOptions {
  /** Not before this moment (default: now). */
  runAt?: Date;
  /** At most one job ever exists with this key: enqueueing it again does nothing and returns null. */
  singletonKey?: string;
  /** Attempts before the job is given up (default: the job type's, else 10). */
  maxAttempts?: number;
  /** Payload version, when enqueueing by name (default 1). */
  version?: number;
}

/**
 * Writes a job to the queue. Pass the caller's transaction as `db` so that the job exists exactly when the change
 * that causes it is committed. Given a JobType, the payload is checked against its schema here, in the caller's
 * code, so a bad payload fails the caller rather than a worker later. Returns the job id, or null when a job with
 * the same singleton key already exists.
 */
export async function enqueue<S extends z.ZodType>(
  db: Database,
  type: JobType<S>,
  payload: z.input<S>,
  options?: EnqueueOptions,
): Promise<string | null>;
export async function enqueue(db: Database, name: string, payload: unknown, options?: EnqueueOptions): Promise<string | null>;
export async function enqueue(
  db: Database,
  typeOrName: JobType | string,
  payload: unknown,
  options: EnqueueOptions = {},
): Promise<string | null> {
  const type = typeof typeOrName === 'string' ? undefined : typeOrName;
  if (type) type.schema.parse(payload);
  const maxAttempts = options.maxAttempts ?? type?.maxAttempts ?? 10;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error(`maxAttempts must be a positive integer`);
  return insertJob(db, {
    id: newId(),
    name: type?.name ?? (typeOrName as string),
    version: options.version ?? type?.version ?? 1,
    payload,
    runAt: options.runAt,
    maxAttempts,
    singletonKey: options.singletonKey,
  });
}
