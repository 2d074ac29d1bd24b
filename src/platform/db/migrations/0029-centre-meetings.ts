import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Municipal NGO meetings and the follow-up of agreed cooperation (src/modules/centres, issue 14, items 6 and 7).
 * A meeting (kunnan järjestötapaaminen) is organised from a care centre for its municipality: agenda, invited
 * organisations and centre staff (their e-mail addresses: personal data, shown only to the organisers; a staff
 * member's registration link is a secret whose SHA-256 alone is kept), each invitee's answer (coming with how many,
 * names and needs, or not coming), and afterwards a short record under seed 003's four headings. An accepted
 * agreement gets its follow-up: whether it happened, attendance and a 1–5 assessment with a comment.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table centre_meeting (
      id uuid primary key,
      centre_id uuid not null references care_centre(id) on delete cascade,
      municipality_code text not null references municipality(code),
      title text not null,
      starts_at timestamptz not null,
      duration_minutes integer not null check (duration_minutes between 15 and 720),
      place text not null default '',
      online_url text,
      agenda text[] not null default '{}',
      record_people integer check (record_people between 0 and 10000),
      record_support_needs text not null default '',
      record_services text not null default '',
      record_cooperation text not null default '',
      record_development text not null default '',
      record_written_at timestamptz,
      created_by uuid references app_user(id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index centre_meeting_centre_idx on centre_meeting (centre_id, starts_at);

    create table centre_meeting_invitee (
      id uuid primary key,
      meeting_id uuid not null references centre_meeting(id) on delete cascade,
      organization_id uuid references organization(id) on delete cascade,
      email text,
      token_hash text unique,
      check ((organization_id is not null and email is null) or (organization_id is null and email is not null and token_hash is not null)),
      response text not null default 'pending' check (response in ('pending', 'coming', 'declined')),
      people integer check (people between 0 and 100),
      names text not null default '',
      needs text not null default '',
      responded_at timestamptz,
      present boolean not null default false,
      unique (meeting_id, organization_id),
      unique (meeting_id, email)
    );
    create index centre_meeting_invitee_org_idx on centre_meeting_invitee (organization_id);

    alter table centre_agreement add column followup_outcome text check (followup_outcome in ('happened', 'not_happened', 'cancelled'));
    alter table centre_agreement add column followup_attendance integer check (followup_attendance between 0 and 100000);
    alter table centre_agreement add column followup_rating integer check (followup_rating between 1 and 5);
    alter table centre_agreement add column followup_comment text not null default '';
    alter table centre_agreement add column followup_at timestamptz;
    alter table centre_agreement add column followup_by uuid references app_user(id) on delete set null;
    `,
  );
}
