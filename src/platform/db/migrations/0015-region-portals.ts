import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Regions as portals (src/modules/regions): each region gets its portal's look — a short introduction per language,
 * an accent colour (checked for contrast by the use case before saving; the check here only keeps the form `#rrggbb`)
 * and a logo text. A municipality belongs to one region at most: the review queue, the administrators' scope and the
 * portal's search all route by municipality, so a second region would make them ambiguous.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    alter table region
      add column intro_fi text not null default '',
      add column intro_sv text not null default '',
      add column intro_en text not null default '',
      add column accent_color text check (accent_color ~ '^#[0-9a-f]{6}$'),
      add column logo_text text not null default '',
      add column updated_at timestamptz not null default now();

    create unique index region_municipality_one_region on region_municipality (municipality_code);
    `,
  );
}
