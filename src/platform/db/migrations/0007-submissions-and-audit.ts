import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * NGOs keep their own data (issue 5): a submission is a proposed version of one organisation and its activities
 * (a join or a change), kept as a form-shaped draft until a regional administrator approves it; the published
 * version stays in the directory tables meanwhile. Every state change is written to the audit log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table submission (
      id uuid primary key,
      organization_id uuid not null,
      kind text not null check (kind in ('join', 'change')),
      status text not null default 'draft'
        check (status in ('draft', 'awaiting_review', 'returned', 'approved', 'rejected', 'withdrawn')),
      content jsonb not null,
      step text not null default 'organisation',
      municipality_codes text[] not null default '{}',
      created_by uuid references app_user(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      submitted_at timestamptz,
      decided_at timestamptz,
      decided_by uuid references app_user(id) on delete set null,
      decision_message text
    );
    create unique index submission_one_open_idx on submission (organization_id)
      where status in ('draft', 'awaiting_review', 'returned');
    create index submission_queue_idx on submission (status, submitted_at);

    create table audit_event (
      id uuid primary key,
      at timestamptz not null default now(),
      actor_id uuid references app_user(id) on delete set null,
      action text not null,
      subject_type text not null,
      subject_id uuid not null,
      organization_id uuid,
      from_state text,
      to_state text,
      detail jsonb not null default '{}'
    );
    create index audit_event_subject_idx on audit_event (subject_id, at);
    create index audit_event_organization_idx on audit_event (organization_id, at);

    alter table organization add column archived_reason text;
    alter table activity add column archived_reason text;
  `,
  );
}
