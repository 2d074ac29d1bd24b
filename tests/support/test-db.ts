import pg from 'pg';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../../src/platform/db/database.js';
import { loadReferenceData } from '../../src/modules/reference/load-reference-data.js';
import { loadSynonyms } from '../../src/modules/search/load-synonyms.js';
import { loadCrisisHelp } from '../../src/modules/crisis/load-crisis-help.js';

/**
 * A fresh, migrated database with reference data for one test file: PGlite in memory by default, or a new
 * PostgreSQL database (created and dropped here) when TEST_DATABASE_URL is set.
 */
export interface TestDatabase extends DatabaseHandle {
  /** The PostgreSQL URL of this test database, or undefined on PGlite. */
  url: string | undefined;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const handle = await openDatabase({ dataDir: 'memory://' });
    await migrateToLatest(handle.db);
    await loadReferenceData({ db: handle.db });
    await loadSynonyms({ db: handle.db });
    await loadCrisisHelp({ db: handle.db });
    return { ...handle, url: undefined };
  }
  const name = `tarjotin_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: url.toString(), dataDir: 'memory://' });
  await migrateToLatest(handle.db);
  await loadReferenceData({ db: handle.db });
  await loadSynonyms({ db: handle.db });
  await loadCrisisHelp({ db: handle.db });
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      const a = new pg.Client({ connectionString: adminUrl });
      await a.connect();
      // pool.end() resolves before the server has seen every client go; dropping "with (force)" then would kill a
      // closing client and surface as an uncaught error. Wait (up to 10 s) until the server has no session left.
      for (let i = 0; i < 100; i++) {
        const { rows } = await a.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
        if (rows[0].n === 0) break;
        await new Promise((r) => setTimeout(r, 100));
      }
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}
