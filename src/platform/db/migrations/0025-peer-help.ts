import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Peer help between NGOs (src/modules/peer-help, issue 15, "Tehostamo"): helper profiles, help requests (drafts
 * while written in three steps, then open → filled → done → approved, or cancelled), applications and the selection
 * of helpers, the conversation kept with each request, two-way feedback, and groups with codes that a request can be
 * aimed at. People are app_user accounts; a request acts for a directory organisation or for one named here with its
 * Y-tunnus.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table peer_help_profile (
      id uuid primary key,
      user_id uuid not null unique references app_user (id) on delete cascade,
      display_name text not null,
      municipality_code text,
      postal_code text,
      distance_km integer not null default 50 check (distance_km between 0 and 1000),
      categories text[] not null default '{}',
      skills text not null default '',
      languages text[] not null default '{}',
      education text not null default '',
      experience text not null default '',
      description text not null default '',
      video_url text,
      linkedin_url text,
      show_cv boolean not null default false,
      current_organisation text not null default '',
      notify text not null default 'none' check (notify in ('none', 'immediate', 'daily')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table peer_help_group (
      id uuid primary key,
      name text not null,
      code text not null unique,
      owner_id uuid not null references app_user (id) on delete cascade,
      created_at timestamptz not null default now()
    );

    create table peer_help_group_member (
      group_id uuid not null references peer_help_group (id) on delete cascade,
      email text not null,
      user_id uuid references app_user (id) on delete cascade,
      added_at timestamptz not null default now(),
      primary key (group_id, email)
    );

    create index peer_help_group_member_user on peer_help_group_member (user_id);

    create table peer_help_request (
      id uuid primary key,
      reference text not null unique,
      requester_id uuid not null references app_user (id) on delete cascade,
      organization_id uuid references organization (id) on delete set null,
      organisation_name text not null default '',
      business_id text,
      category text not null,
      summary text not null,
      details text not null default '',
      accounting_ref text not null default '',
      municipality_code text,
      address text not null default '',
      remote boolean not null default true,
      wished_time text not null default '',
      hours numeric(6, 1) not null default 1 check (hours >= 0.5),
      group_id uuid references peer_help_group (id) on delete set null,
      status text not null default 'draft' check (status in ('draft', 'open', 'filled', 'done', 'approved', 'cancelled')),
      created_at timestamptz not null default now(),
      published_at timestamptz,
      filled_at timestamptz,
      done_at timestamptz,
      approved_at timestamptz,
      cancelled_at timestamptz
    );

    create index peer_help_request_status on peer_help_request (status, category);
    create index peer_help_request_requester on peer_help_request (requester_id);

    create table peer_help_application (
      id uuid primary key,
      request_id uuid not null references peer_help_request (id) on delete cascade,
      helper_id uuid not null references app_user (id) on delete cascade,
      message text not null,
      status text not null default 'applied' check (status in ('applied', 'selected', 'not_chosen')),
      created_at timestamptz not null default now(),
      selected_at timestamptz,
      unique (request_id, helper_id)
    );

    create index peer_help_application_helper on peer_help_application (helper_id);

    create table peer_help_message (
      id uuid primary key,
      request_id uuid not null references peer_help_request (id) on delete cascade,
      author_id uuid references app_user (id) on delete set null,
      body text not null,
      created_at timestamptz not null default now()
    );

    create index peer_help_message_request on peer_help_message (request_id, created_at);

    create table peer_help_feedback (
      id uuid primary key,
      request_id uuid not null references peer_help_request (id) on delete cascade,
      from_user_id uuid not null references app_user (id) on delete cascade,
      to_user_id uuid not null references app_user (id) on delete cascade,
      rating integer not null check (rating between 1 and 5),
      comment text not null default '',
      hidden boolean not null default false,
      created_at timestamptz not null default now(),
      unique (request_id, from_user_id, to_user_id)
    );

    create index peer_help_feedback_to on peer_help_feedback (to_user_id);
    `,
  );
}
