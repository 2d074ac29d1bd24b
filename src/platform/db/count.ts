import type { Database } from './database.js';

/** Whether the directory holds no organisations yet (demo data is loaded only into an empty database). */
export async function isDirectoryEmpty(db: Database): Promise<boolean> {
  const row = await db.selectFrom('organization').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}
