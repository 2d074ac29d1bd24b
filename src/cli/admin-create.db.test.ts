import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DatabaseHandle } from '../platform/db/database.js';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-db.js';
import { consumeSignInLink } from '../platform/auth/consume-sign-in-link.js';
import { listRoles } from '../platform/auth/auth.repo.js';

/** `npm run admin:create -- EMAIL` end to end, on PGlite in a temporary DATA_DIR or on this test's PostgreSQL database. */

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

function run(email: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: join(dir, 'data'), BASE_URL: 'https://tarjotin.example.org' };
  delete env.DATABASE_URL;
  delete env.SMTP_URL;
  if (pg) env.DATABASE_URL = pg.url;
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/cli/admin-create.ts', '--', email], { env, stdio: ['ignore', 'pipe', 'pipe'] });
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
