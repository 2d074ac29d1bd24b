import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestService } from '../../../tests/support/test-app.js';
import type { Service } from '../../boot.js';
import { addRole, ensureUser } from '../../platform/auth/auth.repo.js';
import { createPlatformAdmin } from '../../platform/auth/create-platform-admin.js';
import { issueSignInLink } from '../../platform/auth/issue-sign-in-link.js';
import { newId } from '../../platform/ids.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';

/** The results page shows score parts with ?explain=1 to platform and regional administrators only. */

let service: Service;
before(async () => {
  service = await createTestService({ demo: true });
});
after(async () => {
  await service.close();
});

async function signIn(email: string, ip: string): Promise<TestBrowser> {
  const browser = new TestBrowser(service.app, ip);
  const token = (await issueSignInLink({ db: service.database.db, email }))!;
  const confirm = await browser.get(`/sign-in/${token}`);
  const res = await browser.post(`/sign-in/${token}`, {}, confirm.body);
  assert.equal(res.statusCode, 303);
  return browser;
}

const URL_EXPLAIN = '/search?q=omaishoitaja&explain=1';

test('a platform administrator sees each hit\'s score parts with ?explain=1, and not without it', async () => {
  await createPlatformAdmin({ db: service.database.db, email: 'selitys.admin@example.org' });
  const admin = await signIn('selitys.admin@example.org', '203.0.113.61');
  const res = await admin.get(URL_EXPLAIN);
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /class="hit-explain"/);
  assert.match(res.body, /Tekstin osuvuus/);
  assert.match(res.body, /Paikallisuus/);
  assert.doesNotMatch((await admin.get('/search?q=omaishoitaja')).body, /hit-explain/);
  assert.match((await admin.get('/en/search?q=omaishoitaja&explain=1')).body, /Text rank/);
});

test('a regional administrator sees them too; a maintainer and an anonymous visitor do not', async () => {
  const db = service.database.db;
  const regional = await ensureUser(db, { id: newId(), email: 'selitys.alue@example.org', lang: 'fi' });
  await addRole(db, { userId: regional.id, role: 'regional_admin', scopeId: 'pohjois-savo' });
  assert.match((await (await signIn('selitys.alue@example.org', '203.0.113.62')).get(URL_EXPLAIN)).body, /class="hit-explain"/);
  const maintainer = await ensureUser(db, { id: newId(), email: 'selitys.yllapitaja@example.org', lang: 'fi' });
  await addRole(db, { userId: maintainer.id, role: 'maintainer', scopeId: newId() });
  assert.doesNotMatch((await (await signIn('selitys.yllapitaja@example.org', '203.0.113.63')).get(URL_EXPLAIN)).body, /hit-explain/);
  const anonymous = await service.app.inject({ method: 'GET', url: URL_EXPLAIN });
  assert.equal(anonymous.statusCode, 200);
  assert.doesNotMatch(anonymous.body, /hit-explain/);
});
