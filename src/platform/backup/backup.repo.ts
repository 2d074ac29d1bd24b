import { sql } from 'kysely';
import type { Database } from '../db/database.js';

/** What a backup or a restore reports: how many records of the kinds people care about (never their contents). */
export interface RecordCounts {
  organizations: number;
  activities: number;
  contactRequests: number;
}

/** Counts organisations, activities and contact requests; a table missing (an old backup) counts 0. */
export async function countRecords(db: Database): Promise<RecordCounts> {
  const count = async (table: string): Promise<number> => {
    const exists = await sql<{ found: string | null }>`select to_regclass(${`public.${table}`})::text as found`.execute(db);
    if (!exists.rows[0]?.found) return 0;
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
    return Number(rows[0]?.n ?? 0);
  };
  return { organizations: await count('organization'), activities: await count('activity'), contactRequests: await count('contact_request') };
}

/** Whether the database holds no table outside the system schemas (a freshly created database). */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from pg_catalog.pg_tables
    where schemaname not in ('pg_catalog', 'information_schema') and schemaname not like 'pg\\_%'
  `.execute(db);
  return Number(rows[0]?.n ?? 0) === 0;
}
