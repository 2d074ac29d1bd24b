/**
 * Fault (issue 11 B3): the import process killed (SIGKILL) in the middle of a large file. The importer writes each
 * record (an organisation with its services) in its own transaction and rebuilds the search index at the end, so
 * a killed run leaves whole records and no half ones, and running the same file again finishes the import and the
 * index. Runs the real command (`npm run import` is `tsx src/cli/import.ts`; started here without npm's wrapper so
 * that the signal reaches the importer itself) against PGlite in a temporary DATA_DIR, or against this test's own
 * PostgreSQL database when TEST_DATABASE_URL is set.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../../src/platform/db/database.js';
import { generateHsdsOrganizations } from '../../src/modules/importer/generate-hsds-sample.js';
import { createTestDatabase, type TestDatabase } from '../support/test-db.js';

const ORGANIZATIONS = 200;
const SERVICES = 3;

let dir: string;
let pg: TestDatabase | undefined;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tarjotin-import-kill-'));
  if (process.env.TEST_DATABASE_URL) pg = await createTestDatabase();
});
after(async () => {
  await pg?.close();
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the import; with `killAfter`, sends SIGKILL once the importer says it has written that many records. */
function runImport(file: string, killAfter?: number): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: join(dir, 'data'), DEMO_DATA: 'off', LOG_LEVEL: 'warn' };
  env.DATABASE_URL = pg ? pg.url : '';
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', file], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => {
      stderr += String(d);
      const written = [...stderr.matchAll(/written (\d+) of/g)].map((m) => Number(m[1]));
      if (killAfter !== undefined && written.some((n) => n >= killAfter)) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

interface Census {
  organizations: number;
  activities: number;
  /** Organisations whose number of services is not SERVICES. */
  unevenOrganizations: number;
  /** Activities without a search document. */
  unindexed: number;
}

async function census(): Promise<Census> {
  const handle = pg ?? (await openDatabase({ dataDir: join(dir, 'data') }));
  try {
    const { rows } = await sql<Census>`
      select
        (select count(*)::int from organization) as organizations,
        (select count(*)::int from activity) as activities,
        (select count(*)::int from organization o
          where (select count(*) from activity a where a.organization_id = o.id) <> ${SERVICES}) as "unevenOrganizations",
        (select count(*)::int from activity a
          where not exists (select 1 from search_document d where d.activity_id = a.id)) as unindexed
    `.execute(handle.db);
    return rows[0]!;
  } finally {
    if (!pg) await handle.close();
  }
}

test(`an import killed (SIGKILL) after 100 of ${ORGANIZATIONS} records leaves only whole records, and running it again finishes it: every organisation once with its ${SERVICES} services once, all indexed`, async () => {
  const file = join(dir, 'organizations.json');
  await writeFile(file, JSON.stringify(generateHsdsOrganizations({ organizations: ORGANIZATIONS, servicesPerOrganization: SERVICES })));

  const killed = await runImport(file, 100);
  assert.equal(killed.signal, 'SIGKILL', `the import ended before it was killed:\n${killed.stdout}\n${killed.stderr}`);
  assert.doesNotMatch(killed.stdout, /^done in/m, 'killed before the end');

  const half = await census();
  console.log(`after the kill: ${JSON.stringify(half)}`);
  assert.ok(half.organizations < ORGANIZATIONS, 'the kill came before the end');
  assert.equal(half.activities, half.organizations * SERVICES, 'no half records: each organisation with all its services or not at all');
  assert.equal(half.unevenOrganizations, 0);

  const rerun = await runImport(file);
  assert.equal(rerun.code, 0, rerun.stderr);
  const lines = rerun.stdout.split('\n');
  assert.ok(lines.includes(`read ${ORGANIZATIONS} records (organizations with nested services): ${ORGANIZATIONS} imported, 0 rejected`), rerun.stdout);
  assert.ok(lines.includes(`organizations: ${ORGANIZATIONS - half.organizations} inserted, 0 updated, ${half.organizations} unchanged`), rerun.stdout);

  const whole = await census();
  assert.deepEqual(whole, { organizations: ORGANIZATIONS, activities: ORGANIZATIONS * SERVICES, unevenOrganizations: 0, unindexed: 0 });
});
