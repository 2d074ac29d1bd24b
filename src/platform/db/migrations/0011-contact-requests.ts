import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Contact requests (src/modules/referrals): a person asks one or many organisations to contact them, or a
 * professional asks on a client's behalf. Every personal field is encrypted in the application (`*_enc`, see
 * src/platform/crypto); `*_lookup` are keyed hashes for the right to erasure. `reference` holds no personal data.
 * One recipient row per organisation, with its own status, signed-link token (SHA-256 only) and reminders.
 * Erasure empties the personal fields and keeps the rest for statistics.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table contact_request (
      id uuid primary key,
      reference text not null unique,
      sender_kind text not null check (sender_kind in ('self', 'professional')),
      sender_unit text,
      follow_up_email_enc text,
      client_first_name_enc text,
      client_phone_enc text,
      client_email_enc text,
      preferred_time_enc text,
      message_enc text,
      phone_lookup text,
      email_lookup text,
      contact_lang text not null check (contact_lang in ('fi', 'sv', 'en', 'other')),
      ui_lang text not null check (ui_lang in ('fi', 'sv', 'en')),
      municipality_code text,
      consent_at timestamptz not null,
      created_at timestamptz not null default now(),
      closed_at timestamptz,
      erased_at timestamptz
    );
    create index contact_request_phone_lookup_idx on contact_request (phone_lookup) where phone_lookup is not null;
    create index contact_request_email_lookup_idx on contact_request (email_lookup) where email_lookup is not null;
    create index contact_request_erase_idx on contact_request (created_at) where erased_at is null;

    create table contact_request_recipient (
      id uuid primary key,
      request_id uuid not null references contact_request(id) on delete cascade,
      organization_id uuid not null references organization(id) on delete cascade,
      activity_id uuid references activity(id) on delete set null,
      status text not null default 'new' check (status in ('new', 'opened', 'contacted', 'unreachable', 'declined')),
      decline_reason text check (decline_reason in ('full', 'not_suitable', 'outside_area', 'other')),
      note_enc text,
      link_token_hash text not null unique,
      link_expires_at timestamptz not null,
      opened_at timestamptz,
      acted_at timestamptz,
      reminded_at timestamptz,
      admins_told_at timestamptz,
      created_at timestamptz not null default now(),
      unique (request_id, organization_id)
    );
    create index contact_request_recipient_org_idx on contact_request_recipient (organization_id, created_at desc);
    create index contact_request_recipient_open_idx on contact_request_recipient (created_at) where acted_at is null;
  `,
  );
}
