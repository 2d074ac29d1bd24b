// Runs one group of test files with Node's own test runner (through tsx for TypeScript).
//   unit: every *.test.ts under src/ and tests/ (database tests use PGlite unless TEST_DATABASE_URL is set)
//   db:   only *.db.test.ts (run again by CI against PostgreSQL)
//   e2e:  tests/e2e/*.e2e.ts in Debian's Chromium
// Files named after the group run only those (e.g. `node scripts/run-tests.mjs e2e tests/e2e/peer-help.e2e.ts`).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

const group = process.argv[2] ?? 'unit';
const roots = group === 'e2e' ? ['tests/e2e'] : ['src', 'tests', 'bench'];
const match = {
  unit: (f) => f.endsWith('.test.ts'),
  db: (f) => f.endsWith('.db.test.ts'),
  e2e: (f) => f.endsWith('.e2e.ts'),
}[group];
if (!match) {
  console.error(`unknown test group "${group}" (unit, db, e2e)`);
  process.exit(2);
}
const files = [];
const walk = (dir) => {
  let entries;
  try { entries = readdirSync(dir); } catch { return; }
  for (const name of entries) {
    if (name === 'node_modules') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (match(path)) files.push(path);
  }
};
const only = process.argv.slice(3);
if (only.length > 0) {
  for (const file of only) {
    if (!match(file)) {
      console.error(`${file} is not a test file of group "${group}"`);
      process.exit(2);
    }
    files.push(file);
  }
} else roots.forEach(walk);
files.sort();
if (files.length === 0) {
  console.error(`no test files for group "${group}"`);
  process.exit(1);
}
// Unit and database files run two at a time even on two cores (Node's default there is one): a file spends much of
// its time starting (tsx, the app's modules, its PGlite copy or PostgreSQL database) and waiting on the database, so
// a second file uses what the first leaves idle (docs/benchmarks.md, "Test suite time"). Browser files run alone.
const extra = [`--test-concurrency=${group === 'e2e' ? 1 : Math.max(2, availableParallelism() - 1)}`];
// The database every test database is copied from (tests/support/test-db.ts): built here, once for the run, and not
// by the first test file(s). Its source hash is handed to the test files so that they need not read the tree again.
const prepared = spawnSync(process.execPath, ['--import', 'tsx', 'tests/support/prepare-test-db.ts', group === 'e2e' ? 'demo' : 'reference'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
});
if (prepared.status !== 0) {
  console.error('building the test database failed');
  process.exit(prepared.status ?? 1);
}
const hash = prepared.stdout.trim().split('\n').pop();
// tests/support/setup.ts registers the catalogs, as src/boot.ts does for the app.
const result = spawnSync(process.execPath, ['--import', 'tsx', '--import', './tests/support/setup.ts', '--test', ...extra, ...files], {
  stdio: 'inherit',
  env: { ...process.env, TARJOTIN_TEST_DB_HASH: hash },
});
process.exit(result.status ?? 1);
