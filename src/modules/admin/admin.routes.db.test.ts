import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestService } from '../../../tests/support/test-app.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import type { Service } from '../../boot.js';
import { addRole, findUserByEmail, listRoles } from '../../platform/auth/auth.repo.js';
import { createPlatformAdmin } from '../../platform/auth/create-platform-admin.js';
import { issueSignInLink } from '../../platform/auth/issue-sign-in-link.js';
import type { Database } from '../../platform/db/database.js';
import { createWorker } from '../../platform/jobs/worker.js';
import { findOutboxMessage, listOutboxRows } from '../../platform/mail/mail.repo.js';
import { mailTemplates } from '../../mail-templates.js';
import { createSendMailHandler } from '../../platform/mail/send-mail.job.js';

let service: Service;
let db: Database;


async function signInWith(token: string): Promise<TestBrowser> {
  const b = new TestBrowser(service.app);
  const confirm = await b.get(`/sign-in/${token}`);
  assert.equal(confirm.statusCode, 200);
  assert.equal((await b.post(`/sign-in/${token}`, { _csrf: TestBrowser.csrf(confirm.body) })).statusCode, 303);
  return b;
}

async function signedIn(email: string): Promise<TestBrowser> {
  return signInWith((await issueSignInLink({ db, email }))!);
}

async function newestMail() {
  const worker = createWorker({
    db,
    handlers: [createSendMailHandler({ transport: { kind: 'outbox' }, templates: mailTemplates, config: service.app.deps.config })],
  });
  while ((await worker.runDue()) > 0);
  const item = (await listOutboxRows({ db, limit: 1 })).items[0]!;
  return (await findOutboxMessage({ db, id: item.id }))!;
}

let platform: TestBrowser;
let regional: TestBrowser;

before(async () => {
  service = await createTestService();
  db = service.database.db;
  await db.insertInto('region').values({ id: 'testimaa', name_fi: 'Testimaa', name_sv: 'Testland', name_en: 'Testland' }).execute();
  await createPlatformAdmin({ db, email: 'ainoa.paakayttaja@example.org' });
  const regionalUser = await createPlatformAdmin({ db, email: 'alue@example.org' });
  await db.deleteFrom('user_role').where('user_id', '=', regionalUser.id).execute();
  await addRole(db, { userId: regionalUser.id, role: 'regional_admin', scopeId: 'pohjois-savo' });
  platform = await signedIn('ainoa.paakayttaja@example.org');
  regional = await signedIn('alue@example.org');
});

after(async () => {
  await service?.close();
});

test('a platform administrator appoints a regional administrator by e-mail; the invitation signs them in', async () => {
  const page = await platform.get('/admin/users');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /ainoa\.paakayttaja@example\.org/);
  const res = await platform.post('/admin/users', { _csrf: TestBrowser.csrf(page.body), email: ' Uusi.Alue@Example.org ', role: 'regional_admin', region: 'pohjois-savo' });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/admin/users?done=granted');
  const user = (await findUserByEmail(db, 'uusi.alue@example.org'))!;
  assert.deepEqual(await listRoles(db, user.id), [{ role: 'regional_admin', scopeId: 'pohjois-savo' }]);
  const audit = await db.selectFrom('audit_event').selectAll().where('subject_id', '=', user.id).execute();
  assert.deepEqual(audit.map((e) => [e.action, e.to_state]), [['role.grant', 'regional_admin']]);

  const mail = await newestMail();
  assert.equal(mail.to, 'uusi.alue@example.org');
  assert.equal(mail.subject, 'Sinut on nimetty Tarjottimen pääkäyttäjäksi');
  assert.match(mail.text, /Pohjois-Savo/);
  const token = /\/sign-in\/([A-Za-z0-9_-]{20,})/.exec(mail.text)![1]!;
  const invited = await signInWith(token);
  const queue = await invited.get('/admin/review');
  assert.equal(queue.statusCode, 200);

  // Appointing again changes nothing.
  const again = await platform.post('/admin/users', { _csrf: TestBrowser.csrf(page.body), email: 'uusi.alue@example.org', role: 'regional_admin', region: 'pohjois-savo' });
  assert.equal(again.headers.location, '/admin/users?done=already');
});

test('bad input is shown next to the field with what was typed kept; CSRF is required', async () => {
  const page = await platform.get('/admin/users');
  const bad = await platform.post('/admin/users', { _csrf: TestBrowser.csrf(page.body), email: 'ei-osoite', role: 'regional_admin', region: 'pohjois-savo' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /id="email-error"/);
  assert.match(bad.body, /value="ei-osoite"/);
  assert.match(bad.body, /<a href="#email">/);
  const noRegion = await platform.post('/admin/users', { _csrf: TestBrowser.csrf(page.body), email: 'x@example.org', role: 'regional_admin', region: '' });
  assert.equal(noRegion.statusCode, 400);
  assert.match(noRegion.body, /id="region-error"/);
  assert.match(noRegion.body, /<a href="#region">Valitse alue\.<\/a>/);
  assert.match(noRegion.body, /<input type="radio" id="role-regional_admin" name="role" value="regional_admin" checked\/>/, 'the role chosen is kept');
  const noRole = await platform.post('/sv/admin/users', { _csrf: TestBrowser.csrf(page.body), email: 'x@example.org' });
  assert.equal(noRole.statusCode, 400);
  assert.match(noRole.body, /<title>Fel: Huvudanvändare/);
  assert.match(noRole.body, /<a href="#role-platform_admin">Välj en roll\.<\/a>/);
  assert.match(noRole.body, /value="x@example.org"/);
  const noCsrf = await platform.post('/admin/users', { email: 'x@example.org', role: 'platform_admin' });
  assert.equal(noCsrf.statusCode, 403);
  assert.equal(await findUserByEmail(db, 'x@example.org'), null);
});

test('a regional administrator appoints only for their own region, never a platform administrator', async () => {
  const page = await regional.get('/admin/users');
  assert.equal(page.statusCode, 200);
  assert.doesNotMatch(page.body, /ainoa\.paakayttaja@example\.org/, 'platform administrators are not listed to a regional one');
  assert.doesNotMatch(page.body, /value="testimaa"/, 'only own regions to choose');
  const csrf = TestBrowser.csrf(page.body);
  const other = await regional.post('/admin/users', { _csrf: csrf, email: 'toinen@example.org', role: 'regional_admin', region: 'testimaa' });
  assert.equal(other.statusCode, 403);
  assert.match(other.body, /<h1[^>]*>Ei käyttöoikeutta<\/h1>/, 'the translated 403 page, not "bad request"');
  const otherEn = await regional.post('/en/admin/users', { _csrf: csrf, email: 'toinen@example.org', role: 'regional_admin', region: 'testimaa' });
  assert.equal(otherEn.statusCode, 403);
  assert.match(otherEn.body, /<h1[^>]*>No access<\/h1>/);
  const platformRole = await regional.post('/admin/users', { _csrf: csrf, email: 'toinen@example.org', role: 'platform_admin', region: '' });
  assert.equal(platformRole.statusCode, 403);
  assert.equal(await findUserByEmail(db, 'toinen@example.org'), null);
  const own = await regional.post('/admin/users', { _csrf: csrf, email: 'kollega@example.org', role: 'regional_admin', region: 'pohjois-savo' });
  assert.equal(own.statusCode, 303);

  const maintainerId = (await createPlatformAdmin({ db, email: 'yllapitaja@example.org' })).id;
  await db.deleteFrom('user_role').where('user_id', '=', maintainerId).execute();
  await addRole(db, { userId: maintainerId, role: 'maintainer', scopeId: '00000000-0000-4000-8000-00000000000b' });
  const maintainer = await signedIn('yllapitaja@example.org');
  assert.equal((await maintainer.get('/admin/users')).statusCode, 403);
});

test('the last platform administrator cannot be removed; with two, one can be', async () => {
  const only = (await findUserByEmail(db, 'ainoa.paakayttaja@example.org'))!;
  const page = await platform.get('/admin/users');
  const csrf = TestBrowser.csrf(page.body);
  const refused = await platform.post('/admin/users/revoke', { _csrf: csrf, userId: only.id, role: 'platform_admin', region: '' });
  assert.equal(refused.statusCode, 409);
  assert.match(refused.body, /Viimeistä palvelun pääkäyttäjää ei voi poistaa/);
  assert.match(refused.body, /<a href="\/admin\/users">Takaisin pääkäyttäjiin<\/a>/);
  const refusedSv = await platform.post('/sv/admin/users/revoke', { _csrf: csrf, userId: only.id, role: 'platform_admin', region: '' });
  assert.equal(refusedSv.statusCode, 409);
  assert.match(refusedSv.body, /Den sista huvudanvändaren för tjänsten kan inte tas bort/);
  const malformed = await platform.post('/admin/users/revoke', { _csrf: csrf, userId: 'not-a-uuid', role: 'platform_admin', region: '' });
  assert.equal(malformed.statusCode, 400);
  assert.deepEqual(await listRoles(db, only.id), [{ role: 'platform_admin', scopeId: null }]);

  assert.equal((await platform.post('/admin/users', { _csrf: csrf, email: 'toinen.paakayttaja@example.org', role: 'platform_admin', region: '' })).statusCode, 303);
  const second = (await findUserByEmail(db, 'toinen.paakayttaja@example.org'))!;
  const removed = await platform.post('/admin/users/revoke', { _csrf: csrf, userId: second.id, role: 'platform_admin', region: '' });
  assert.equal(removed.statusCode, 303);
  assert.deepEqual(await listRoles(db, second.id), []);
  const audit = await db.selectFrom('audit_event').select(['action', 'from_state']).where('subject_id', '=', second.id).orderBy('at').execute();
  assert.deepEqual(audit.map((e) => [e.action, e.from_state]), [['role.grant', null], ['role.revoke', 'platform_admin']]);

  // A regional administrator cannot remove a platform administrator.
  const regionalPage = await regional.get('/admin/users');
  const forbidden = await regional.post('/admin/users/revoke', { _csrf: TestBrowser.csrf(regionalPage.body), userId: only.id, role: 'platform_admin', region: '' });
  assert.equal(forbidden.statusCode, 403);
});
