import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Cooperation networks (yhteistyöverkostot) of a region (src/modules/networks, issue 13 item 3): name, description,
 * how to join and meeting practice in fi / sv / en, a coordinating organisation (its maintainers act as the
 * coordinator), the member organisations, and the maintainers' requests to join, accepted or declined by the
 * coordinator or a regional administrator. One open request per network and organisation.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table network (
      id uuid primary key,
      region_id text not null references region (id),
      name_fi text not null,
      name_sv text not null default '',
      name_en text not null default '',
      description_fi text not null default '',
      description_sv text not null default '',
      description_en text not null default '',
      how_to_join_fi text not null default '',
      how_to_join_sv text not null default '',
      how_to_join_en text not null default '',
      meetings_fi text not null default '',
      meetings_sv text not null default '',
      meetings_en text not null default '',
      coordinator_id uuid not null references organization (id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create index network_region on network (region_id);

    create table network_member (
      network_id uuid not null references network (id) on delete cascade,
      organization_id uuid not null references organization (id) on delete cascade,
      joined_at timestamptz not null default now(),
      primary key (network_id, organization_id)
    );

    create index network_member_organization on network_member (organization_id);

    create table network_join_request (
      id uuid primary key,
      network_id uuid not null references network (id) on delete cascade,
      organization_id uuid not null references organization (id) on delete cascade,
      requested_by uuid references app_user (id) on delete set null,
      message text not null default '',
      status text not null default 'pending' check (status in ('pending', 'accepted', 'declined')),
      created_at timestamptz not null default now(),
      decided_at timestamptz,
      decided_by uuid references app_user (id) on delete set null
    );

    create unique index network_join_request_open on network_join_request (network_id, organization_id) where status = 'pending';
    `,
  );
}
