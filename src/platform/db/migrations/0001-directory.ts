import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * The directory: reference data (municipalities, regions, taxonomies), organisations and their activities,
 * shaped after Open Referral HSDS 3.0. Text that people read has one column per language (fi, sv, en).
 * Identical SQL for PGlite and PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create extension if not exists pg_trgm;

    create table municipality (
      code text primary key check (code ~ '^[0-9]{3}$'),
      name_fi text not null,
      name_sv text not null,
      maakunta_code text,
      maakunta_fi text,
      maakunta_sv text,
      wellbeing_county_fi text,
      wellbeing_county_sv text
    );

    create table region (
      id text primary key check (id ~ '^[a-z0-9-]+$'),
      name_fi text not null,
      name_sv text not null,
      name_en text not null
    );

    create table region_municipality (
      region_id text not null references region(id) on delete cascade,
      municipality_code text not null references municipality(code),
      primary key (region_id, municipality_code)
    );

    create table taxonomy (
      id uuid primary key,
      slug text not null unique,
      name_fi text not null,
      name_sv text not null,
      name_en text not null,
      description_fi text not null default '',
      description_sv text not null default '',
      description_en text not null default '',
      uri text,
      version text
    );

    create table taxonomy_term (
      id uuid primary key,
      taxonomy_id uuid not null references taxonomy(id) on delete cascade,
      code text not null,
      parent_id uuid references taxonomy_term(id),
      name_fi text not null,
      name_sv text not null,
      name_en text not null,
      description_fi text not null default '',
      description_sv text not null default '',
      description_en text not null default '',
      synonyms_fi text[] not null default '{}',
      synonyms_sv text[] not null default '{}',
      synonyms_en text[] not null default '{}',
      sort_order integer not null default 0,
      unique (taxonomy_id, code)
    );

    create table organization (
      id uuid primary key,
      name_fi text not null,
      name_sv text,
      name_en text,
      alternate_name text,
      business_id text check (business_id ~ '^[0-9]{7}-[0-9]$'),
      kind text not null default 'association'
        check (kind in ('association', 'foundation', 'parish', 'umbrella', 'local_branch', 'cooperative', 'other')),
      parent_id uuid references organization(id),
      description_fi text not null default '',
      description_sv text,
      description_en text,
      plain_summary_fi text,
      website text,
      email text,
      phone text,
      street_address text,
      postal_code text,
      city text,
      municipality_code text references municipality(code),
      social_links jsonb not null default '[]',
      contact_request_email text,
      accepts_new_participants boolean not null default true,
      year_incorporated integer,
      status text not null default 'draft'
        check (status in ('draft', 'awaiting_review', 'returned', 'published', 'archived')),
      last_checked date,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index organization_status_idx on organization (status);
    create index organization_updated_idx on organization (updated_at);

    create table activity (
      id uuid primary key,
      organization_id uuid not null references organization(id) on delete cascade,
      name_fi text not null,
      name_sv text,
      name_en text,
      description_fi text not null default '',
      description_sv text,
      description_en text,
      nationwide boolean not null default false,
      remote boolean not null default false,
      languages text[] not null default '{fi}',
      how_to_join text check (how_to_join in ('drop_in', 'registration', 'referral')),
      application_process_fi text,
      fees_description_fi text,
      free_of_charge boolean not null default true,
      accessibility_fi text,
      schedule_fi text,
      url text,
      email text,
      phone text,
      minimum_age integer,
      maximum_age integer,
      status text not null default 'draft'
        check (status in ('draft', 'awaiting_review', 'returned', 'published', 'archived')),
      last_checked date,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index activity_org_idx on activity (organization_id);
    create index activity_status_idx on activity (status);
    create index activity_updated_idx on activity (updated_at);

    create table activity_municipality (
      activity_id uuid not null references activity(id) on delete cascade,
      municipality_code text not null references municipality(code),
      primary key (activity_id, municipality_code)
    );
    create index activity_municipality_code_idx on activity_municipality (municipality_code);

    create table activity_term (
      activity_id uuid not null references activity(id) on delete cascade,
      term_id uuid not null references taxonomy_term(id) on delete cascade,
      primary key (activity_id, term_id)
    );
    create index activity_term_term_idx on activity_term (term_id);

    create table location (
      id uuid primary key,
      organization_id uuid not null references organization(id) on delete cascade,
      name text not null,
      description_fi text,
      street_address text,
      postal_code text,
      city text,
      municipality_code text references municipality(code),
      latitude double precision,
      longitude double precision,
      accessibility_fi text
    );
    create index location_org_idx on location (organization_id);

    create table activity_location (
      id uuid primary key,
      activity_id uuid not null references activity(id) on delete cascade,
      location_id uuid not null references location(id) on delete cascade,
      unique (activity_id, location_id)
    );

    create table schedule (
      id uuid primary key,
      activity_id uuid not null references activity(id) on delete cascade,
      freq text check (freq in ('WEEKLY', 'MONTHLY')),
      byday text,
      opens_at text check (opens_at ~ '^[0-9]{2}:[0-9]{2}$'),
      closes_at text check (closes_at ~ '^[0-9]{2}:[0-9]{2}$'),
      description_fi text,
      attending_type text check (attending_type in ('in_person', 'online', 'phone'))
    );
    create index schedule_activity_idx on schedule (activity_id);

    create table contact (
      id uuid primary key,
      organization_id uuid references organization(id) on delete cascade,
      activity_id uuid references activity(id) on delete cascade,
      name text,
      title text,
      email text,
      phone text,
      check (organization_id is not null or activity_id is not null)
    );
    create index contact_org_idx on contact (organization_id);
    create index contact_activity_idx on contact (activity_id);
  `,
  );
}
