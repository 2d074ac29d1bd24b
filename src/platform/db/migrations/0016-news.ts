import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * News and announcements of the regional portals (src/modules/news, issue 13 item 4). One table for both kinds:
 * news (`news`) is written and published by a region's administrators; an announcement (`announcement`) is sent by an
 * organisation's maintainer, waits in the review queue and is published or rejected by the region's administrator.
 * The text is Markdown (rendered and sanitised when shown); the optional image is an https address with a required
 * alternative text. A public list shows an item from `publish_on` through `expires_on` (both Finnish calendar dates,
 * the last inclusive; no expiry: shown until unpublished).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table news_item (
      id uuid primary key,
      region_id text not null references region (id) on delete cascade,
      kind text not null check (kind in ('news', 'announcement')),
      status text not null check (status in ('awaiting_review', 'published', 'unpublished', 'rejected')),
      lang text not null default 'fi' check (lang in ('fi', 'sv', 'en')),
      title text not null check (length(title) between 1 and 200),
      body text not null check (length(body) between 1 and 20000),
      image_url text check (image_url is null or (image_url ~ '^https://' and length(image_url) <= 1000)),
      image_alt text not null default '' check (length(image_alt) <= 300),
      organization_id uuid references organization (id) on delete cascade,
      publish_on date not null,
      expires_on date,
      created_by uuid references app_user (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      decided_by uuid references app_user (id) on delete set null,
      decided_at timestamptz,
      decision_message text,
      constraint news_item_image_alt check (image_url is null or length(trim(image_alt)) > 0),
      constraint news_item_organization check ((kind = 'announcement') = (organization_id is not null)),
      constraint news_item_dates check (expires_on is null or expires_on >= publish_on)
    );

    create index news_item_public on news_item (region_id, publish_on desc) where status = 'published';
    create index news_item_awaiting on news_item (region_id, created_at) where status = 'awaiting_review';
    create index news_item_organization on news_item (organization_id) where organization_id is not null;
    `,
  );
}
