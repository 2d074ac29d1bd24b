import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Events (tapahtumat) of the regional portals (src/modules/events, issue 13 item 5). An event is sent by an
 * organisation's maintainer and approved by a regional administrator, or written by an administrator (approved at
 * once). Times are instants (timestamptz); the wall clock is Europe/Helsinki's, and a recurring event's `rrule` (an
 * RFC 5545 RRULE value, its DTSTART the event's start in Helsinki time) repeats it; `last_ends_at` is the end of the
 * last occurrence, so "upcoming" is one indexed comparison for one-off and recurring events alike. Municipalities say
 * where it is held, or, for a remote event, whose residents it is for: a region's calendar and its administrators'
 * approval route by them. Terms are needs (its themes) and target groups (its audience) of the existing taxonomies.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table event (
      id uuid primary key,
      organization_id uuid references organization (id) on delete cascade,
      name_fi text not null,
      name_sv text not null default '',
      name_en text not null default '',
      description_fi text not null,
      description_sv text not null default '',
      description_en text not null default '',
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      rrule text,
      last_ends_at timestamptz not null,
      attendance text not null check (attendance in ('on_site', 'remote', 'hybrid')),
      place_name text not null default '',
      street_address text not null default '',
      postal_code text not null default '',
      city text not null default '',
      online_url text,
      free_of_charge boolean not null default true,
      price text not null default '',
      languages text[] not null default '{fi}',
      accessibility text not null default '',
      registration text not null default 'none' check (registration in ('none', 'link', 'email')),
      registration_url text,
      registration_email text,
      organizer_name text not null,
      contact_email text,
      contact_phone text,
      status text not null default 'scheduled' check (status in ('scheduled', 'cancelled', 'postponed')),
      review_status text not null check (review_status in ('pending', 'approved', 'rejected')),
      created_by uuid references app_user (id) on delete set null,
      reviewed_by uuid references app_user (id) on delete set null,
      reviewed_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (ends_at > starts_at),
      check (last_ends_at >= ends_at)
    );
    create index event_upcoming on event (last_ends_at) where review_status = 'approved';
    create index event_pending on event (created_at) where review_status = 'pending';
    create index event_organization on event (organization_id);

    create table event_municipality (
      event_id uuid not null references event (id) on delete cascade,
      municipality_code text not null references municipality (code),
      primary key (event_id, municipality_code)
    );
    create index event_municipality_code on event_municipality (municipality_code);

    create table event_term (
      event_id uuid not null references event (id) on delete cascade,
      term_id uuid not null references taxonomy_term (id) on delete cascade,
      primary key (event_id, term_id)
    );
    create index event_term_term on event_term (term_id);
    `,
  );
}
