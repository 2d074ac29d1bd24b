import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Freshness (src/modules/freshness): the twice-yearly "is your data still right?" cycle of each organisation.
 * A cycle starts when the organisation's data became overdue; it is unique per (organisation, checked date), so
 * each reminder, second reminder and notice to the administrators is sent at most once. Confirmation links keep
 * only the SHA-256 of their token. organization.stale_hidden_at: its activities left search for being unchecked.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table freshness_cycle (
      id uuid primary key,
      organization_id uuid not null references organization(id) on delete cascade,
      checked_on date not null,
      first_reminder_at timestamptz not null,
      second_reminder_at timestamptz,
      admins_told_at timestamptz,
      reminders_sent integer not null default 0,
      closed_at timestamptz,
      closed_how text check (closed_how in ('confirmed', 'updated', 'unpublished')),
      unique (organization_id, checked_on)
    );
    create index freshness_cycle_open_idx on freshness_cycle (first_reminder_at) where closed_at is null;

    create table freshness_token (
      id uuid primary key,
      cycle_id uuid not null references freshness_cycle(id) on delete cascade,
      organization_id uuid not null references organization(id) on delete cascade,
      user_id uuid references app_user(id) on delete cascade,
      token_hash text not null unique,
      expires_at timestamptz not null,
      used_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index freshness_token_expires_idx on freshness_token (expires_at);

    alter table organization add column stale_hidden_at timestamptz;
  `,
  );
}
