import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../config.js';
import { backgroundJobs } from '../jobs.js';
import { migrateToLatest, openDatabase, type Database, type DatabaseHandle } from '../platform/db/database.js';
import { createFieldCipher, type FieldCipher } from '../platform/crypto/field-cipher.js';
import { loadDataKeys } from '../platform/crypto/load-data-keys.js';
import { backupJob, backupJobs } from '../platform/backup/backup.job.js';
import { ensureScheduledJobs } from '../platform/jobs/schedule.js';
import { createWorker } from '../platform/jobs/worker.js';
import { runScheduledBackup } from '../platform/backup/backup.js';
import { backupFolder } from '../platform/backup/backup-files.js';
import { loadReferenceData } from '../modules/reference/load-reference-data.js';
import { loadSynonyms } from '../modules/search/load-synonyms.js';
import { loadCrisisHelp } from '../modules/crisis/load-crisis-help.js';
import { loadDemoData } from '../modules/demo/load-demo-data.js';
import { addInboxOrganization, addTestContactRequest } from '../modules/referrals/inbox.fixture.js';
import { ENCRYPTED_FIELDS } from '../modules/referrals/referrals.types.js';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-db.js';

/**
 * `npm run backup` / `npm run restore` end to end, on PGlite (temporary DATA_DIRs) or, with TEST_DATABASE_URL, on
 * PostgreSQL (this test's database, restored into a freshly created one): the demo data and a contact request are
 * backed up, restored into an empty database, and every table is compared row for row (count and checksum). The
 * commands run as child processes in a temporary working directory, so a developer's own `.env` never reaches them.
 */

const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const BACKUP = fileURLToPath(new URL('./backup.ts', import.meta.url));
const RESTORE = fileURLToPath(new URL('./restore.ts', import.meta.url));
/** Settings the commands must not inherit from the shell running the tests. */
const SETTINGS = ['PORT', 'HOST', 'BASE_URL', 'DATA_DIR', 'DATABASE_URL', 'SMTP_URL', 'DEMO_DATA', 'DATA_KEYS', 'BACKUP_INTERVAL_HOURS', 'BACKUP_KEEP'];
const CLIENT = { firstName: 'Varmuus-Kopioitava', phone: '040 7654321', email: 'varmuus.asiakas@example.org', message: 'Soittakaa iltapäivällä.' };

let dir: string;
let sourceDir: string;
/** A port nothing listens on, so the commands' check for a running app finds none. */
let quietPort: number;
let pgSource: TestDatabase | undefined;
let restoredUrl: string | undefined;
let cipher: FieldCipher;
let requestId: string;
let before_: Snapshot;
let backupFile: string;

type Snapshot = Record<string, { rows: number; md5: string }>;

/** Every table of the public schema: its row count and an md5 of all its rows in a fixed order. */
async function snapshot(db: Database): Promise<Snapshot> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name
  `.execute(db);
  const out: Snapshot = {};
  for (const { name } of tables.rows) {
    const { rows } = await sql<{ n: number; md5: string }>`
      select count(*)::int as n, md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as md5 from ${sql.table(name)} t
    `.execute(db);
    out[name] = { rows: Number(rows[0]!.n), md5: rows[0]!.md5 };
  }
  return out;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function run(script: string, args: string[], settings: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of SETTINGS) delete env[name];
  Object.assign(env, { PORT: String(quietPort) }, settings);
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [script, '--', ...args], { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The source's settings for the commands (DATA_DIR holds the data key and the default backup folder). */
const sourceSettings = (): NodeJS.ProcessEnv => ({ DATA_DIR: sourceDir, ...(pgSource ? { DATABASE_URL: pgSource.url } : {}) });
const targetSettings = (): NodeJS.ProcessEnv => ({ DATA_DIR: join(dir, 'target'), ...(restoredUrl ? { DATABASE_URL: restoredUrl } : {}) });

async function openSource(): Promise<DatabaseHandle> {
  return pgSource ?? openDatabase({ dataDir: sourceDir });
}
async function openTarget(): Promise<DatabaseHandle> {
  return openDatabase({ databaseUrl: restoredUrl, dataDir: join(dir, 'target') });
}
async function closeUnlessShared(handle: DatabaseHandle): Promise<void> {
  if (handle !== pgSource) await handle.close();
}

async function adminQuery(text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tarjotin-backup-'));
  sourceDir = join(dir, 'source');
  quietPort = await freePort();
  let source: DatabaseHandle;
  if (process.env.TEST_DATABASE_URL) {
    pgSource = await createTestDatabase();
    source = pgSource;
    const url = new URL(pgSource.url!);
    const name = `${url.pathname.slice(1)}_restored`;
    await adminQuery(`create database ${name}`);
    url.pathname = `/${name}`;
    restoredUrl = url.toString();
  } else {
    source = await openDatabase({ dataDir: sourceDir });
    await migrateToLatest(source.db);
    await loadReferenceData({ db: source.db });
    await loadSynonyms({ db: source.db });
    await loadCrisisHelp({ db: source.db });
  }
  try {
    await loadDemoData({ db: source.db });
    cipher = createFieldCipher(loadDataKeys({ dataKeys: undefined, dataDir: sourceDir }).keys);
    const org = await addInboxOrganization(source.db, 'varmuuskopio', 'Varmuuskopioyhdistys ry');
    const request = await addTestContactRequest(source.db, cipher, {
      to: [{ organizationId: org.id, activityId: org.activityId }],
      client: CLIENT,
      followUpEmail: 'ammattilainen@example.org',
    });
    requestId = request.requestId;
    before_ = await snapshot(source.db);
  } finally {
    await closeUnlessShared(source);
  }
});

after(async () => {
  await pgSource?.close();
  if (restoredUrl) await adminQuery(`drop database if exists ${new URL(restoredUrl).pathname.slice(1)} with (force)`);
  await rm(dir, { recursive: true, force: true });
});

test('backup, then restore into an empty database: every table has the same rows, the contact request opens with the source key', async () => {
  assert.ok(before_.organization!.rows > 100 && before_.activity!.rows > 100, 'the demo data is in the source');
  assert.equal(before_.contact_request!.rows, 1);
  const counts = `${before_.organization!.rows} organisations, ${before_.activity!.rows} activities, 1 contact requests`;

  const backup = await run(BACKUP, [], sourceSettings());
  assert.equal(backup.code, 0, backup.stderr);
  const written = /^Backup written: (\S+) \(([\d.]+ (?:bytes|KiB|MiB|GiB))\), holding (.*)\.$/m.exec(backup.stdout);
  assert.ok(written, backup.stdout);
  backupFile = written[1]!;
  const ext = pgSource ? '\\.dump' : '\\.tar\\.gz';
  assert.match(backupFile, new RegExp(`^${backupFolder(sourceDir).replace(/[.]/g, '\\.')}/tarjotin-\\d{8}T\\d{6}Z${ext}$`));
  assert.equal(written[3], counts);
  assert.match(backup.stdout, /not in the backup: back it up separately|keep the service's data key file/);

  const restore = await run(RESTORE, [backupFile], targetSettings());
  assert.equal(restore.code, 0, restore.stderr);
  assert.match(restore.stdout, new RegExp(`^Restored .* \\([\\d.]+ (bytes|KiB|MiB|GiB)\\): ${counts}\\.$`, 'm'));

  for (const out of [backup.stdout + backup.stderr, restore.stdout + restore.stderr]) {
    for (const secret of [CLIENT.firstName, CLIENT.email, CLIENT.phone, '7654321', 'ammattilainen@example.org', 'Soittakaa']) {
      assert.ok(!out.includes(secret), `the output shows personal data (${secret})`);
    }
  }

  const target = await openTarget();
  try {
    assert.deepEqual(await snapshot(target.db), before_);
    const row = await target.db.selectFrom('contact_request').select(['client_first_name_enc', 'client_email_enc']).where('id', '=', requestId).executeTakeFirstOrThrow();
    assert.equal(cipher.decrypt(row.client_first_name_enc!, ENCRYPTED_FIELDS.firstName), CLIENT.firstName);
    assert.equal(cipher.decrypt(row.client_email_enc!, ENCRYPTED_FIELDS.email), CLIENT.email);
  } finally {
    await target.close();
  }
});

test('restore into a target that holds data is refused without --force, and replaces it with --force', async () => {
  const target = await openTarget();
  try {
    // A change after the restore, which the refused restore must keep and the forced one must undo.
    await target.db.deleteFrom('contact_request_recipient').where('request_id', '=', requestId).execute();
    await target.db.deleteFrom('contact_request').where('id', '=', requestId).execute();
  } finally {
    await target.close();
  }
  const refused = await run(RESTORE, [backupFile], targetSettings());
  assert.equal(refused.code, 1, refused.stdout);
  assert.match(refused.stderr, pgSource ? /^Not restored: the target database is not empty/m : /^Not restored: .*already holds a database/m);
  let check = await openTarget();
  try {
    assert.equal((await snapshot(check.db)).contact_request!.rows, 0, 'the refused restore changed nothing');
  } finally {
    await check.close();
  }

  const forced = await run(RESTORE, [backupFile, '--force'], targetSettings());
  assert.equal(forced.code, 0, forced.stderr);
  if (!pgSource) assert.match(forced.stdout, /moved aside to .*pglite\.before-restore-\d{8}T\d{6}Z/);
  check = await openTarget();
  try {
    assert.deepEqual(await snapshot(check.db), before_);
  } finally {
    await check.close();
  }
});

test('the embedded database is not backed up while an app answers at PORT', async () => {
  const app = createHttpServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(req.url === '/healthz' ? { status: 'ok', database: 'pglite' } : {}));
  });
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  try {
    const port = (app.address() as { port: number }).port;
    const res = await run(BACKUP, [join(dir, 'while-running.bak')], { ...sourceSettings(), PORT: String(port), HOST: '127.0.0.1' });
    if (pgSource) {
      // PostgreSQL serves many processes: no such check.
      assert.equal(res.code, 0, res.stderr);
    } else {
      assert.equal(res.code, 75, res.stdout);
      assert.match(res.stderr, new RegExp(`A Tarjotin app answers at http://127\\.0\\.0\\.1:${port} \\(database: pglite\\)`));
      assert.deepEqual((await readdir(dir)).filter((f) => f.startsWith('while-running')), []);
    }
  } finally {
    await new Promise((resolve) => app.close(resolve));
  }
});

test('the scheduled backup is registered by BACKUP_INTERVAL_HOURS and keeps only the newest BACKUP_KEEP of its own files', async () => {
  const off = backgroundJobs(loadConfig({ DATA_DIR: sourceDir }));
  assert.ok(!off.schedules.some((s) => s.type === backupJob), 'off by default');
  const on = backgroundJobs(loadConfig({ DATA_DIR: sourceDir, BACKUP_INTERVAL_HOURS: '6', BACKUP_KEEP: '2' }));
  assert.deepEqual(on.schedules.filter((s) => s.type === backupJob).map((s) => s.every), ['6 hours']);
  assert.equal(on.handlers.filter((h) => h.type === backupJob).length, 1);

  const folder = join(dir, 'scheduled', 'backups');
  await mkdir(folder, { recursive: true });
  // Backups made by hand and other files are never deleted by the schedule.
  await writeFile(join(folder, 'tarjotin-20200101T000000Z.tar.gz'), 'by hand');
  await writeFile(join(folder, 'notes.txt'), 'not a backup');
  const kind = pgSource ? 'postgres' : 'pglite';
  const ext = pgSource ? 'dump' : 'tar.gz';
  const source = await openSource();
  try {
    for (let hour = 0; hour < 4; hour++) {
      await runScheduledBackup({ db: source.db, kind, databaseUrl: pgSource?.url, dataDir: join(dir, 'scheduled'), keep: 2, now: new Date(Date.UTC(2025, 0, 1, hour * 6)) });
    }
    assert.deepEqual((await readdir(folder)).sort(), [
      'notes.txt',
      `tarjotin-20200101T000000Z.tar.gz`,
      `tarjotin-auto-20250101T120000Z.${ext}`,
      `tarjotin-auto-20250101T180000Z.${ext}`,
    ]);
    // The job as the app's worker runs it (on PGlite while it holds the database): a backup now, and the oldest
    // scheduled one goes.
    const jobs = backupJobs({ dataDir: join(dir, 'scheduled'), databaseUrl: pgSource?.url, intervalHours: 6, keep: 2 });
    await ensureScheduledJobs(source.db, jobs.schedules);
    const worker = createWorker({ db: source.db, handlers: jobs.handlers });
    assert.equal(await worker.runDue(), 1);
    await worker.stop();
    const done = await source.db.selectFrom('job').select(['done_at', 'last_error']).where('name', '=', backupJob.name).execute();
    assert.equal(done.length, 1);
    assert.ok(done[0]!.done_at, String(done[0]!.last_error));
    const names = (await readdir(folder)).filter((n) => n.startsWith('tarjotin-auto-')).sort();
    assert.equal(names.length, 2);
    assert.equal(names[0], `tarjotin-auto-20250101T180000Z.${ext}`);
    assert.match(names[1]!, new RegExp(`^tarjotin-auto-\\d{8}T\\d{6}Z\\.${ext.replace('.', '\\.')}$`));
    assert.ok(names[1]! > names[0]!);
  } finally {
    await closeUnlessShared(source);
  }
  // A scheduled backup restores like any other.
  const restoredDir = join(dir, 'from-scheduled');
  if (!pgSource) {
    const res = await run(RESTORE, [join(folder, `tarjotin-auto-20250101T180000Z.${ext}`)], { DATA_DIR: restoredDir });
    assert.equal(res.code, 0, res.stderr);
    const restored = await openDatabase({ dataDir: restoredDir });
    try {
      assert.deepEqual(await snapshot(restored.db), before_);
    } finally {
      await restored.close();
    }
  }
});
