import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';

/** SQL of a centre's info screens (each with its own kiosk token, only its SHA-256 stored): camelCase rows, no rules. */

export interface ScreenRow {
  id: string;
  centreId: string;
  name: string;
  hasToken: boolean;
}

const screenColumns = ['id', 'centre_id as centreId', 'name', sql<boolean>`kiosk_token_hash is not null`.as('hasToken')] as const;

export async function listScreens(db: Database, centreId: string): Promise<ScreenRow[]> {
  return db.selectFrom('centre_screen').select(screenColumns).where('centre_id', '=', centreId).orderBy('created_at').orderBy('name').orderBy('id').execute();
}

export async function findScreen(db: Database, options: { id: string; centreId: string }): Promise<ScreenRow | null> {
  return (await db.selectFrom('centre_screen').select(screenColumns).where('id', '=', options.id).where('centre_id', '=', options.centreId).executeTakeFirst()) ?? null;
}

export async function insertScreen(db: Database, screen: { id: string; centreId: string; name: string; tokenHash: string | null }): Promise<void> {
  await db.insertInto('centre_screen').values({ id: screen.id, centre_id: screen.centreId, name: screen.name, kiosk_token_hash: screen.tokenHash }).execute();
}

export async function setScreenTokenHash(db: Database, options: { id: string; hash: string }): Promise<void> {
  await db.updateTable('centre_screen').set({ kiosk_token_hash: options.hash, updated_at: sql`now()` }).where('id', '=', options.id).execute();
}

export async function deleteScreen(db: Database, options: { id: string; centreId: string }): Promise<boolean> {
  const result = await db.deleteFrom('centre_screen').where('id', '=', options.id).where('centre_id', '=', options.centreId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The screen (and its centre) of a kiosk token's hash, or null for an unknown or renewed token. */
export async function findScreenByTokenHash(db: Database, hash: string): Promise<{ id: string; centreId: string; name: string } | null> {
  return (await db.selectFrom('centre_screen').select(['id', 'centre_id as centreId', 'name']).where('kiosk_token_hash', '=', hash).executeTakeFirst()) ?? null;
}
