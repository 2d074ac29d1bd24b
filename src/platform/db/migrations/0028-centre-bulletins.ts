import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Care-centre cooperation, second round (src/modules/centres, issue 14 items 3–5):
 * - Several named info screens per centre (`centre_screen`), each with its own kiosk token (only the SHA-256 is
 *   stored). A centre's existing single token becomes its first screen ("Infonäyttö"), so a screen player already
 *   pointed at the old address keeps working; `care_centre.kiosk_token_hash` is then dropped.
 * - Staff groups of a centre (`centre_staff_group`): a name, the bulletin topics it follows, and its e-mail list
 *   (work addresses, still personal data: shown only to the centre's liaisons, never logged or audited).
 * - Bulletins from organisations to centres (`centre_bulletin`, one `centre_bulletin_target` per centre with its own
 *   state: pending → forwarded / returned / archived), and what each forward went to (`centre_bulletin_forward`:
 *   the group's name and how many addresses, never the addresses).
 * - An agreement may name the organisation's activity it concerns (`centre_agreement.activity_id`; a centre's request).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table centre_screen (
      id uuid primary key,
      centre_id uuid not null references care_centre(id) on delete cascade,
      name text not null,
      kiosk_token_hash text unique,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index centre_screen_centre_idx on centre_screen (centre_id);
    insert into centre_screen (id, centre_id, name, kiosk_token_hash)
      select md5(id::text || ':screen')::uuid, id, 'Infonäyttö', kiosk_token_hash from care_centre where kiosk_token_hash is not null;
    alter table care_centre drop column kiosk_token_hash;

    create table centre_staff_group (
      id uuid primary key,
      centre_id uuid not null references care_centre(id) on delete cascade,
      name text not null,
      topics text[] not null default '{}',
      emails text[] not null default '{}',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index centre_staff_group_centre_idx on centre_staff_group (centre_id);

    create table centre_bulletin (
      id uuid primary key,
      organization_id uuid not null references organization(id) on delete cascade,
      activity_id uuid references activity(id) on delete set null,
      title text not null,
      body text not null,
      topics text[] not null default '{}',
      lang text not null check (lang in ('fi', 'sv', 'en')),
      sent_by uuid references app_user(id) on delete set null,
      created_at timestamptz not null default now()
    );
    create index centre_bulletin_org_idx on centre_bulletin (organization_id, created_at);

    create table centre_bulletin_target (
      bulletin_id uuid not null references centre_bulletin(id) on delete cascade,
      centre_id uuid not null references care_centre(id) on delete cascade,
      status text not null default 'pending' check (status in ('pending', 'forwarded', 'returned', 'archived')),
      message text not null default '',
      decided_by uuid references app_user(id) on delete set null,
      decided_at timestamptz,
      primary key (bulletin_id, centre_id)
    );
    create index centre_bulletin_target_centre_idx on centre_bulletin_target (centre_id, status);

    create table centre_bulletin_forward (
      bulletin_id uuid not null,
      centre_id uuid not null,
      group_id uuid references centre_staff_group(id) on delete set null,
      group_name text not null,
      recipients integer not null,
      created_at timestamptz not null default now(),
      foreign key (bulletin_id, centre_id) references centre_bulletin_target(bulletin_id, centre_id) on delete cascade
    );
    create index centre_bulletin_forward_idx on centre_bulletin_forward (bulletin_id, centre_id);

    alter table centre_agreement add column activity_id uuid references activity(id) on delete set null;
    `,
  );
}
