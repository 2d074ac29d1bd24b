import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * The durable job queue (src/platform/jobs) and the mail records (src/platform/mail).
 * See docs/decisions/0002-job-queue.md. Identical SQL for PGlite and PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table job (
      id uuid primary key,
      name text not null,
      version integer not null default 1,
      payload jsonb not null default '{}'::jsonb,
      run_at timestamptz not null default now(),
      attempts integer not null default 0 check (attempts >= 0),
      max_attempts integer not null default 10 check (max_attempts >= 1),
      last_error text,
      locked_until timestamptz,
      lock_token uuid,
      done_at timestamptz,
      failed_at timestamptz,
      singleton_key text unique,
      created_at timestamptz not null default now()
    );
    create index job_due_idx on job (run_at) where done_at is null and failed_at is null;
    create index job_done_idx on job (done_at) where done_at is not null;

    create table outbox (
      id uuid primary key,
      job_id uuid not null unique,
      "to" text not null,
      lang text not null check (lang in ('fi', 'sv', 'en')),
      template text not null,
      subject text not null,
      text text not null,
      html text not null,
      message_id text not null,
      created_at timestamptz not null default now()
    );
    create index outbox_created_idx on outbox (created_at desc, id);

    create table mail_sent (
      job_id uuid primary key,
      template text not null,
      message_id text not null,
      sent_at timestamptz not null default now()
    );
  `,
  );
}
