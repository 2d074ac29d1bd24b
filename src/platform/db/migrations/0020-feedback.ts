import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Feedback (src/modules/feedback): what a resident sends from a region's portal ("Anna palautetta") or about one
 * organisation's data ("Ilmoita virheestä"). The message and the optional reply address are personal data: kept
 * encrypted with the field cipher and erased after the retention period (docs/privacy.md). The e-mail to the
 * recipients carries only a link, never the text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table feedback (
      id uuid primary key,
      kind text not null check (kind in ('portal', 'data_error')),
      region_id text references region(id) on delete set null,
      organization_id uuid references organization(id) on delete cascade,
      activity_id uuid references activity(id) on delete set null,
      page_path text not null default '' check (length(page_path) <= 500),
      lang text not null check (lang in ('fi', 'sv', 'en')),
      message_enc text not null,
      reply_email_enc text,
      handled_at timestamptz,
      handled_by uuid references app_user(id) on delete set null,
      created_at timestamptz not null default now(),
      check (kind <> 'portal' or region_id is not null),
      check (kind <> 'data_error' or organization_id is not null)
    );
    create index feedback_region_idx on feedback (region_id, created_at desc);
    create index feedback_organization_idx on feedback (organization_id, created_at desc);
    create index feedback_created_idx on feedback (created_at);
    `,
  );
}
