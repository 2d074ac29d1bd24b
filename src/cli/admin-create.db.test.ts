import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type DatabaseHandle } from '../platform/db/database.js';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-db.js';
import { consumeSignInLink } from '../platform/auth/consume-sign-in-link.js';
import { listRoles } from '../platform/auth/auth.repo.js';

/**
 * `npm run admin:create -- EMAIL` end to end, on PGlite in a temporary DATA_DIR or on this test's PostgreSQL database.
 * The command runs in a temporary working directory, so a developer's own `.env` never reaches it.
 */

const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const SCRIPT = fileURLToPath(new URL('./admin-create.ts', import.meta.url));
/** Settings the command must not inherit from the shell running the tests. */
const SETTINGS = ['PORT', 'HOST', 'BASE_URL', 'DATA_DIR', 'DATABASE_URL', 'SMTP_URL', 'DEMO_DATA'];

let dir: string;
let pg: TestDatabase | undefined;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tarjotin-admin-'));
  if (process.env.TEST_DATABASE_URL) pg = await createTestDatabase();
});
after(async () => {
  await pg?.close();
  await rm(dir, { recursive: true, force: true });
});

function run(
  email: string,
  settings: NodeJS.ProcessEnv = { DATA_DIR: join(dir, 'data'), BASE_URL: 'https://tarjotin.example.org' },
  cwd = dir,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of SETTINGS) delete env[name];
  Object.assign(env, settings);
  if (pg) env.DATABASE_URL = pg.url;
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [SCRIPT, '--', email], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

test('admin:create makes a platform administrator once and prints a working one-time link without SMTP', async () => {
  const first = await run('Ensimmainen.Paakayttaja@Example.org');
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /Using BASE_URL=https:\/\/tarjotin\.example\.org and /);
  assert.match(first.stdout, /ensimmainen\.paakayttaja@example\.org is a platform administrator/);
  const second = await run('ensimmainen.paakayttaja@example.org');
  assert.equal(second.code, 0, second.stderr);
  const token = /https:\/\/tarjotin\.example\.org\/sign-in\/([A-Za-z0-9_-]+)/.exec(second.stdout)?.[1];
  assert.ok(token, second.stdout);

  const database: DatabaseHandle = pg ?? (await openDatabase({ dataDir: join(dir, 'data') }));
  try {
    const users = await database.db.selectFrom('app_user').select(['id', 'email']).execute();
    assert.equal(users.length, 1);
    assert.deepEqual(await listRoles(database.db, users[0]!.id), [{ role: 'platform_admin', scopeId: null }]);
    assert.ok(await consumeSignInLink({ db: database.db, token }));
    assert.equal(await consumeSignInLink({ db: database.db, token }), null);
  } finally {
    if (!pg) await database.close();
  }
});

test('admin:create refuses something that is not an address', async () => {
  const res = await run('not-an-address');
  assert.notEqual(res.code, 0);
  assert.match(res.stderr, /not an e-mail address/);
});

test('admin:create reads .env in its working directory as the app does; the environment wins', async () => {
  // The newcomer's case: the app runs on port 3001, set in .env, and the command is run from the same directory.
  const app = join(dir, 'app');
  await mkdir(app, { recursive: true });
  await writeFile(join(app, '.env'), `PORT=3001\nDATA_DIR=${join(dir, 'data')}\n`);
  const fromFile = await run('toinen.paakayttaja@example.org', {}, app);
  assert.equal(fromFile.code, 0, fromFile.stderr);
  assert.match(fromFile.stdout, new RegExp(`Using BASE_URL=http://localhost:3001 and .*from the environment and ${join(app, '.env').replace(/\./g, '\\.')}`));
  assert.match(fromFile.stdout, /^ {2}http:\/\/localhost:3001\/sign-in\/[A-Za-z0-9_-]+$/m);

  const fromEnv = await run('toinen.paakayttaja@example.org', { PORT: '3005' }, app);
  assert.equal(fromEnv.code, 0, fromEnv.stderr);
  assert.match(fromEnv.stdout, /^ {2}http:\/\/localhost:3005\/sign-in\/[A-Za-z0-9_-]+$/m);
});
