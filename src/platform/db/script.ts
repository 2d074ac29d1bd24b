import { sql, type Kysely } from 'kysely';

/**
 * Runs a migration script statement by statement (both drivers prepare one statement at a time).
 * Statements end with a semicolon at the end of a line; keep dollar-quoted bodies free of such lines.
 */
export async function runScript(db: Kysely<unknown>, script: string): Promise<void> {
  const statements = script
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  for (const statement of statements) await sql.raw(statement).execute(db);
}
