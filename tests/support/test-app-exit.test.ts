import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/*
 * A test file whose requests never reach the database (guide pages, the sign-in form) must still end when it closes
 * its service. With the test database copied from a dump, Kysely's PGlite driver closed the client only once a query
 * had gone through it, so such a file's process never ended and the whole suite waited on it (CI hung on
 * guides.routes.db.test.ts). The child below does exactly that; it must exit by itself. The time limit only turns a
 * hang into a failure: it is minutes, not a measure of speed.
 */
test('a service that answered only pages without database queries lets its process end when closed', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const script = `
    const { createTestService } = await import('./tests/support/test-app.ts');
    const service = await createTestService();
    const res = await service.app.inject({ method: 'GET', url: '/sign-in' });
    if (res.statusCode !== 200) throw new Error('sign-in page: ' + res.statusCode);
    await service.close();
  `;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--import', './tests/support/setup.ts', '--input-type=module', '-e', script], {
    cwd: root,
    timeout: 180_000,
    encoding: 'utf8',
  });
  assert.equal(child.signal, null, `the process did not end by itself (killed by ${child.signal})`);
  assert.equal(child.status, 0, child.stderr);
});
