import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Job workers (src/platform/jobs): one row per running worker with its heartbeat, so that the jobs of a worker that
 * is gone (crashed, killed) are taken over by another as soon as its heartbeat stops, instead of after the lease;
 * and the mail transport it uses (`smtp://host:port` without credentials, or `outbox`), so that instances that send
 * mail different ways are noticed. `job.locked_by` is the worker holding a job's lease.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table job_worker (
      id uuid primary key,
      started_at timestamptz not null default now(),
      heartbeat_at timestamptz not null default now(),
      stopped_at timestamptz,
      mail_transport text
    );
    create index job_worker_heartbeat_idx on job_worker (heartbeat_at);
    alter table job add column locked_by uuid;
    create index job_locked_by_idx on job (locked_by) where locked_by is not null;
  `,
  );
}
