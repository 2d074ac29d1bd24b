import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { migrateToLatest, openDatabase, type Database, type DatabaseHandle } from '../../src/platform/db/database.js';
import { loadReferenceData } from '../../src/modules/reference/load-reference-data.js';
import { loadSynonyms } from '../../src/modules/search/load-synonyms.js';
import { loadCrisisHelp } from '../../src/modules/crisis/load-crisis-help.js';
import { loadDemoData } from '../../src/modules/demo/load-demo-data.js';
import { demoLoadDay } from '../../src/modules/demo/build-demo-data.js';
import { rebuildSearchIndex } from '../../src/modules/search/rebuild-search-index.js';

/**
 * A fresh, migrated database with reference data for one test file: PGlite in memory by default, or a new
 * PostgreSQL database (created and dropped here) when TEST_DATABASE_URL is set.
 *
 * Starting a PGlite cluster (its initdb) and migrating it cost many seconds per test file, so the migrated and loaded
 * database is built once and copied: on PGlite every test database starts from a dump of the built data directory
 * (node_modules/.cache/tarjotin-test-db/<key>.tar), on PostgreSQL it is `create database … template <built one>`.
 * Each test database is still its own, fresh copy. The key is a hash of every file the build could read (all of
 * src/ but the tests, tests/support, package-lock.json) plus the day in Finland (the demo data's dates, and any
 * now() default, count from it), so a changed migration, loader or data file, a new PGlite or a new day never finds
 * an old copy: it builds a new one.
 */
export interface TestDatabase extends DatabaseHandle {
  /** The PostgreSQL URL of this test database, or undefined on PGlite. */
  url: string | undefined;
}

/** What the database holds: `reference` = migrations, reference data, synonyms, crisis help; `demo` = also the demo data. */
export type TestDatabaseContent = 'reference' | 'demo';

export async function createTestDatabase(options: { demo?: boolean } = {}): Promise<TestDatabase> {
  const content: TestDatabaseContent = options.demo ? 'demo' : 'reference';
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const handle = await openDatabase({ dataDir: 'memory://', loadDataDir: await pgliteSnapshot(content) });
    return { ...handle, url: undefined };
  }
  const name = `tarjotin_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${await postgresTemplate(adminUrl, content)}`);
  } catch (err) {
    // Another checkout's run may just have dropped an old template (dropOldTemplates): build it again, once.
    if ((err as { code?: string }).code !== '3D000') throw err;
    await admin.query(`create database ${name} template ${await postgresTemplate(adminUrl, content)}`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(adminUrl, name);
  const handle = await openDatabase({ databaseUrl: url, dataDir: 'memory://' });
  return {
    ...handle,
    url,
    close: async () => {
      await handle.close();
      await dropDatabase(adminUrl, name);
    },
  };
}

/** Fills a new, empty database: what every test database holds at its start. */
async function build(db: Database, content: TestDatabaseContent): Promise<void> {
  await migrateToLatest(db);
  await loadReferenceData({ db });
  await loadSynonyms({ db });
  await loadCrisisHelp({ db });
  if (content === 'demo') {
    await loadDemoData({ db });
    await loadCrisisHelp({ db, demo: true });
    await rebuildSearchIndex({ db });
  }
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'tarjotin-test-db');
/** Older cache files are removed when a new one is written; a removed one is simply built again. */
const CACHE_KEEP = 10;

/**
 * Hash of everything the build may read. scripts/run-tests.mjs computes it once (through prepareTestDatabases) and
 * passes it on in TARJOTIN_TEST_DB_HASH, so that each test file need not read the whole tree again.
 */
export function sourceHash(): string {
  const fromRun = process.env.TARJOTIN_TEST_DB_HASH;
  if (fromRun && /^[0-9a-f]{16}$/.test(fromRun)) return fromRun;
  const hash = createHash('sha256');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(ROOT, dir))) {
      const path = join(dir, name);
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (!name.endsWith('.test.ts')) files.push(path);
    }
  };
  walk('src');
  walk('tests/support');
  files.push('package-lock.json');
  for (const file of files.sort()) {
    hash.update(file).update('\0');
    try {
      hash.update(readFileSync(join(ROOT, file)));
    } catch {
      hash.update('(missing)');
    }
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function cacheKey(content: TestDatabaseContent): string {
  return `${sourceHash()}_${content}_${demoLoadDay().replaceAll('-', '')}`;
}

const snapshots = new Map<string, Promise<Blob>>();

/** The dumped data directory of a built PGlite database: from the cache, or built now (and cached). */
export function pgliteSnapshot(content: TestDatabaseContent): Promise<Blob> {
  const key = cacheKey(content);
  let snapshot = snapshots.get(key);
  if (!snapshot) {
    snapshot = readOrBuildSnapshot(key, content);
    snapshots.set(key, snapshot);
  }
  return snapshot;
}

async function readOrBuildSnapshot(key: string, content: TestDatabaseContent): Promise<Blob> {
  const file = join(CACHE_DIR, `${key}.tar`);
  try {
    return new Blob([readFileSync(file)]);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const handle = await openDatabase({ dataDir: 'memory://' });
  let dump: Blob;
  try {
    await build(handle.db, content);
    dump = await handle.dumpDataDir!();
  } finally {
    await handle.close();
  }
  // Written under a temporary name and renamed: a test file running beside this one reads a whole file or none.
  mkdirSync(CACHE_DIR, { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
  pruneCache(file);
  return dump;
}

function pruneCache(keep: string): void {
  const entries = readdirSync(CACHE_DIR)
    .map((name) => join(CACHE_DIR, name))
    .filter((path) => path !== keep && path.endsWith('.tar'))
    .map((path) => ({ path, mtime: statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { path } of entries.slice(CACHE_KEEP - 1)) rmSync(path, { force: true });
}

/**
 * The name of a built PostgreSQL database to copy test databases from: made once (under an advisory lock, so that
 * test files and other checkouts sharing the server never build it twice or use a half-built one) and then marked a
 * template that nobody may connect to, so it never changes. Templates of other days are dropped.
 */
export async function postgresTemplate(adminUrl: string, content: TestDatabaseContent): Promise<string> {
  const name = `tarjotin_tpl_${cacheKey(content)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = async () => (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
    if (await exists()) return name;
    await admin.query('select pg_advisory_lock(hashtext($1))', [name]);
    try {
      if (await exists()) return name;
      const building = `${name}_b${process.pid}`;
      await admin.query(`drop database if exists ${building} with (force)`);
      await admin.query(`create database ${building}`);
      try {
        const handle = await openDatabase({ databaseUrl: databaseUrl(adminUrl, building), dataDir: 'memory://' });
        try {
          await build(handle.db, content);
        } finally {
          await handle.close();
        }
        await waitUntilUnused(admin, building);
        await admin.query(`alter database ${building} rename to ${name}`);
      } catch (err) {
        await admin.query(`drop database if exists ${building} with (force)`).catch(() => {});
        throw err;
      }
      await admin.query(`alter database ${name} with is_template true allow_connections false`);
      await dropOldTemplates(admin);
      return name;
    } finally {
      await admin.query('select pg_advisory_unlock(hashtext($1))', [name]);
    }
  } finally {
    await admin.end();
  }
}

/** Templates kept on a server (each source change makes one; checkouts and CI share the server). */
const TEMPLATES_KEPT = 12;

/** Drops the templates of earlier days and all but the newest TEMPLATES_KEPT of today's. */
async function dropOldTemplates(admin: pg.Client): Promise<void> {
  const yesterday = demoLoadDay(new Date(Date.now() - 36 * 3600_000)).replaceAll('-', '');
  const { rows } = await admin.query<{ datname: string }>(
    "select datname from pg_database where datname like 'tarjotin\\_tpl\\_%' and datname !~ '_b[0-9]+$' order by oid desc",
  );
  for (const [i, { datname }] of rows.entries()) {
    const day = /_(\d{8})$/.exec(datname)?.[1];
    if (day && day >= yesterday && i < TEMPLATES_KEPT) continue;
    await admin.query(`alter database ${datname} with is_template false`).catch(() => {});
    await admin.query(`drop database if exists ${datname}`).catch(() => {});
  }
}

function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * pool.end() resolves before the server has seen every client go; dropping or renaming then would fail or kill a
 * closing client (an uncaught error). Waits (up to 10 s) until the server has no session on the database left.
 */
async function waitUntilUnused(admin: pg.Client, name: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const { rows } = await admin.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
    if (rows[0].n === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const a = new pg.Client({ connectionString: adminUrl });
  await a.connect();
  await waitUntilUnused(a, name);
  await a.query(`drop database if exists ${name} with (force)`);
  await a.end();
}
