/**
 * Run by scripts/run-tests.mjs before the test files: builds the database every test database is copied from
 * (tests/support/test-db.ts), once per run instead of once per file, and prints the source hash (last line) that the
 * test files then take from TARJOTIN_TEST_DB_HASH. Usage: prepare-test-db.ts reference|demo
 */
import '../../src/catalogs.js';
import { pgliteSnapshot, postgresTemplate, sourceHash, type TestDatabaseContent } from './test-db.js';

const content = process.argv[2] as TestDatabaseContent;
if (content !== 'reference' && content !== 'demo') {
  console.error('usage: prepare-test-db.ts reference|demo');
  process.exit(2);
}
const started = performance.now();
const hash = sourceHash();
const adminUrl = process.env.TEST_DATABASE_URL;
if (adminUrl) await postgresTemplate(adminUrl, content);
else await pgliteSnapshot(content);
console.error(`test database (${content}, ${adminUrl ? 'PostgreSQL template' : 'PGlite snapshot'}) ready in ${Math.round(performance.now() - started)} ms`);
console.log(hash);
