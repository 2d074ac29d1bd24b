import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../platform/db/database.js';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { generateHsdsOrganizations, toPageEnvelope, toServiceRecords } from './generate-hsds-sample.js';

/**
 * `npm run import -- FILE` end to end: spawns `npx tsx src/cli/import.ts FILE` against PGlite in a temporary
 * DATA_DIR, or against this test's own PostgreSQL database when TEST_DATABASE_URL is set.
 */

let dir: string;
let pg: TestDatabase | undefined;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tarjotin-import-'));
  if (process.env.TEST_DATABASE_URL) pg = await createTestDatabase();
});
after(async () => {
  await pg?.close();
  await rm(dir, { recursive: true, force: true });
});

function runImport(file: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: join(dir, 'data'), DEMO_DATA: 'on' };
  // An empty value means "the default" and keeps a developer's .env from pointing the command at another database.
  env.DATABASE_URL = pg ? pg.url : '';
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/cli/import.ts', file], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function countRows(): Promise<{ organizations: number; activities: number }> {
  const handle = pg ?? (await openDatabase({ dataDir: join(dir, 'data') }));
  try {
    const o = await handle.db.selectFrom('organization').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const a = await handle.db.selectFrom('activity').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { organizations: Number(o.n), activities: Number(a.n) };
  } finally {
    if (!pg) await handle.close();
  }
}

test('imports a file twice: the summary counts, the rejected line, exit code 0, no demo data', async () => {
  const records = toServiceRecords(generateHsdsOrganizations({ organizations: 8, servicesPerOrganization: 3 })) as Record<string, unknown>[];
  delete records[5]!.name;
  const file = join(dir, 'services.json');
  await writeFile(file, JSON.stringify(toPageEnvelope(records)));

  const first = await runImport(file);
  assert.equal(first.code, 0, first.stderr);
  const lines = first.stdout.split('\n');
  assert.ok(lines.includes('read 24 records (services with a nested organization): 23 imported, 1 rejected'), first.stdout);
  assert.ok(lines.includes('organizations: 8 inserted, 0 updated, 0 unchanged'), first.stdout);
  assert.ok(lines.includes('services: 23 inserted, 0 updated, 0 unchanged'), first.stdout);
  assert.ok(lines.includes('rejected $.contents[5].name: required field is missing'), first.stdout);

  const second = await runImport(file);
  assert.equal(second.code, 0, second.stderr);
  assert.ok(second.stdout.includes('organizations: 0 inserted, 0 updated, 8 unchanged'), second.stdout);
  assert.ok(second.stdout.includes('services: 0 inserted, 0 updated, 23 unchanged'), second.stdout);
  assert.deepEqual(await countRows(), { organizations: 8, activities: 23 }, 'only the imported data, never demo data');
});

test('a file that is not HSDS, not JSON or not there exits 2 with a message', async () => {
  const notHsds = join(dir, 'not-hsds.json');
  await writeFile(notHsds, JSON.stringify({ hello: 'world' }));
  const notJson = join(dir, 'not-json.json');
  await writeFile(notJson, '{ "contents": [');
  for (const file of [notHsds, notJson, join(dir, 'missing.json')]) {
    const run = await runImport(file);
    assert.equal(run.code, 2, `${file}: ${run.stdout}${run.stderr}`);
    assert.match(run.stderr, /not an HSDS file|not valid JSON|cannot read/);
    assert.equal(run.stdout, '');
  }
});
