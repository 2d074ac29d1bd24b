import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Import fingerprints (src/modules/importer): per imported HSDS record (an organization with its services, or one
 * service with its organization), a hash of what the record wrote and when. Importing the same file again skips a
 * record whose hash is the same and whose rows nobody has changed since (their updated_at is not later), so a rerun
 * of a national export does not rewrite and reindex 100 000 unchanged services. Written in the same transaction as
 * the record's rows and its search index rows. Removing the organisation removes its fingerprints.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table import_fingerprint (
      record_key text primary key,
      organization_id uuid not null references organization(id) on delete cascade,
      hash text not null,
      written_at timestamptz not null default now()
    );
    create index import_fingerprint_org_idx on import_fingerprint (organization_id);
    `,
  );
}
