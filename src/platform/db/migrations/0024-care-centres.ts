import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Care-centre cooperation (src/modules/centres, issue 14): care centres (sote-keskus, perhekeskus) with what they offer
 * NGOs and their info screens' requirements; the new role `liaison` (järjestöyhdyshenkilö), scoped to a centre's id;
 * materials sent by NGOs to one or many centres (the file kept in the database, in its own table so that lists never
 * read it), each centre deciding on its own (pending → approved / returned with a message). The kiosk token of a
 * centre's info screen is stored only as its SHA-256. Cooperation agreed in advance (issue 14, item 5): an
 * agreement between a centre and an organisation of one kind, with the seed's structured fields, going back and forth
 * (proposed → countered … → accepted or declined, `awaiting` says whose turn it is) with a message per step; no
 * client data is stored (a client appointment records only that the client consented).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    alter table user_role drop constraint user_role_role_check;
    alter table user_role add constraint user_role_role_check check (role in ('platform_admin', 'regional_admin', 'maintainer', 'liaison'));

    create table care_centre (
      id uuid primary key,
      name_fi text not null,
      name_sv text not null default '',
      kind text not null check (kind in ('sote_keskus', 'perhekeskus', 'other')),
      street_address text not null default '',
      postal_code text not null default '',
      post_office text not null default '',
      municipality_code text not null references municipality(code),
      opening_hours text not null default '',
      brochure_racks boolean not null default false,
      notice_boards boolean not null default false,
      info_screens boolean not null default false,
      group_rooms boolean not null default false,
      rooms_description text not null default '',
      screen_width integer check (screen_width between 100 and 10000),
      screen_height integer check (screen_height between 100 and 10000),
      max_file_mb integer not null default 5 check (max_file_mb between 1 and 10),
      max_pdf_pages integer not null default 4 check (max_pdf_pages between 1 and 50),
      kiosk_token_hash text unique,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index care_centre_municipality_idx on care_centre (municipality_code);

    create table centre_material (
      id uuid primary key,
      organization_id uuid not null references organization(id) on delete cascade,
      activity_id uuid references activity(id) on delete set null,
      kind text not null check (kind in ('brochure', 'poster', 'slide')),
      title text not null,
      lang text not null check (lang in ('fi', 'sv', 'en', 'other')),
      alt_text text not null default '',
      valid_from date not null,
      valid_until date not null,
      check (valid_until >= valid_from),
      checklist text[] not null default '{}',
      file_name text not null,
      content_type text not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg')),
      byte_size integer not null,
      width integer,
      height integer,
      page_count integer,
      sent_by uuid references app_user(id) on delete set null,
      reminder_sent_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index centre_material_org_idx on centre_material (organization_id);
    create index centre_material_until_idx on centre_material (valid_until);

    create table centre_material_file (
      material_id uuid primary key references centre_material(id) on delete cascade,
      bytes bytea not null
    );

    create table centre_material_target (
      material_id uuid not null references centre_material(id) on delete cascade,
      centre_id uuid not null references care_centre(id) on delete cascade,
      status text not null default 'pending' check (status in ('pending', 'approved', 'returned')),
      message text not null default '',
      decided_by uuid references app_user(id) on delete set null,
      decided_at timestamptz,
      primary key (material_id, centre_id)
    );
    create index centre_material_target_centre_idx on centre_material_target (centre_id, status);

    create table centre_agreement (
      id uuid primary key,
      centre_id uuid not null references care_centre(id) on delete cascade,
      organization_id uuid not null references organization(id) on delete cascade,
      kind text not null check (kind in ('staff_presentation', 'centre_event', 'centre_own_event', 'group_activity', 'ngo_visit', 'client_appointment')),
      initiated_by text not null check (initiated_by in ('ngo', 'centre')),
      status text not null default 'proposed' check (status in ('proposed', 'countered', 'accepted', 'declined')),
      awaiting text check (awaiting in ('ngo', 'centre')),
      title text not null,
      starts_at timestamptz not null,
      duration_minutes integer not null check (duration_minutes between 15 and 720),
      rrule text,
      attendance text not null check (attendance in ('on_site', 'remote', 'hybrid')),
      access text not null check (access in ('drop_in', 'booking', 'registration')),
      booking_info text not null default '',
      room text not null default '',
      catering text not null default '',
      keys_badges text not null default '',
      materials text not null default '',
      programme text not null default '',
      target_group text not null default '',
      contact_name text not null,
      contact_email text not null,
      contact_phone text not null default '',
      client_consent boolean not null default false,
      public boolean not null default false,
      event_id uuid references event(id) on delete set null,
      reminder_sent_at timestamptz,
      created_by uuid references app_user(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index centre_agreement_centre_idx on centre_agreement (centre_id, starts_at);
    create index centre_agreement_org_idx on centre_agreement (organization_id);

    create table centre_agreement_step (
      id uuid primary key,
      agreement_id uuid not null references centre_agreement(id) on delete cascade,
      side text not null check (side in ('ngo', 'centre')),
      action text not null check (action in ('propose', 'counter', 'accept', 'decline')),
      starts_at timestamptz not null,
      message text not null default '',
      author_id uuid references app_user(id) on delete set null,
      created_at timestamptz not null default now()
    );
    create index centre_agreement_step_idx on centre_agreement_step (agreement_id, created_at);
    `,
  );
}
