import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * The newsletter of a region's portal (src/modules/newsletter, issue 13 item 6).
 *
 * - newsletter_subscriber: one row per address and region, and only while the person is subscribed (or, unconfirmed,
 *   for 7 days at most: `expires_at`, erased by a daily job). The address is encrypted with the field cipher
 *   (`email_enc`); `email_hash` is its keyed look-up hash (one subscription per address and region). Tokens are
 *   random: the confirmation token only as a SHA-256 hash (gone once confirmed); the unsubscribe token as a hash
 *   (look-up) and encrypted (it is written into every issue). Unsubscribing deletes the row.
 * - newsletter_issue: draft → sending → sent, moved by conditional updates only, so an issue is sent once. `content`
 *   is what was sent, frozen when sending began (news and events chosen, the administrator's Markdown).
 * - newsletter_delivery: one row per issue and confirmed subscriber, created by the prepare job; `queued_at` marks
 *   the row whose e-mail has been queued (in the same transaction), so a rerun after a crash queues only the rest.
 *   After an unsubscribe the row stays, without its subscriber, as a count.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table newsletter_subscriber (
      id uuid primary key,
      region_id text not null references region(id) on delete cascade,
      email_enc text not null,
      email_hash text not null,
      lang text not null check (lang in ('fi', 'sv', 'en')),
      confirm_token_hash text unique,
      confirm_sent_at timestamptz,
      expires_at timestamptz,
      confirmed_at timestamptz,
      unsubscribe_token_hash text not null unique,
      unsubscribe_token_enc text not null,
      created_at timestamptz not null default now(),
      unique (region_id, email_hash),
      check ((confirmed_at is null) = (expires_at is not null))
    );
    create index newsletter_subscriber_confirmed on newsletter_subscriber (region_id) where confirmed_at is not null;
    create index newsletter_subscriber_expires on newsletter_subscriber (expires_at) where confirmed_at is null;

    create table newsletter_issue (
      id uuid primary key,
      region_id text not null references region(id) on delete cascade,
      lang text not null check (lang in ('fi', 'sv', 'en')),
      subject text not null check (length(subject) between 1 and 200),
      intro text not null default '' check (length(intro) <= 20000),
      news_ids jsonb not null default '[]',
      event_ids jsonb not null default '[]',
      status text not null default 'draft' check (status in ('draft', 'sending', 'sent')),
      content jsonb,
      recipients integer,
      created_by uuid references app_user(id) on delete set null,
      sent_by uuid references app_user(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      sending_at timestamptz,
      sent_at timestamptz,
      check (status = 'draft' or (content is not null and sending_at is not null)),
      check (status <> 'sent' or sent_at is not null)
    );
    create index newsletter_issue_region on newsletter_issue (region_id, created_at desc);

    create table newsletter_delivery (
      id uuid primary key,
      issue_id uuid not null references newsletter_issue(id) on delete cascade,
      subscriber_id uuid references newsletter_subscriber(id) on delete set null,
      queued_at timestamptz,
      mail_job_id uuid,
      created_at timestamptz not null default now(),
      unique (issue_id, subscriber_id)
    );
    create index newsletter_delivery_unqueued on newsletter_delivery (issue_id, id) where queued_at is null;
    `,
  );
}
