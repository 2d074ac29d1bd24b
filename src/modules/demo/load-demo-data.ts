import type { Database } from '../../platform/db/database.js';

/** Placeholder until the demo data generator lands: loads nothing. */
export async function loadDemoData(_: { db: Database }): Promise<{ organizations: number; activities: number }> {
  return { organizations: 0, activities: 0 };
}
