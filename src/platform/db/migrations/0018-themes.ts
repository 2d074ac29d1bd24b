import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Themes of the regional portals (src/modules/themes, issue 13 item 2): a small taxonomy of its own (names fi / sv /
 * en, a slug for the address), managed by platform administrators. A theme names no organisation: it maps to terms
 * of the needs and target-group taxonomies, and an organisation is under a theme when one of its listed activities
 * carries one of those terms — no manual tagging.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table theme (
      id uuid primary key,
      slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      name_fi text not null,
      name_sv text not null default '',
      name_en text not null default '',
      sort_order integer not null default 0,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table theme_term (
      theme_id uuid not null references theme (id) on delete cascade,
      term_id uuid not null references taxonomy_term (id) on delete cascade,
      primary key (theme_id, term_id)
    );

    create index theme_term_term on theme_term (term_id);
    `,
  );
}
