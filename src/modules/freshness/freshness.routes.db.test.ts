import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestService } from '../../../tests/support/test-app.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import type { Service } from '../../boot.js';
import { insertSession } from '../../platform/auth/auth.repo.js';
import { hashSecret, newSecret } from '../../platform/auth/auth-tokens.js';
import { listJobs } from '../../platform/jobs/job.repo.js';
import { rebuildSearchIndex } from '../search/rebuild-search-index.js';
import { daysBefore, helsinkiDate } from './freshness-dates.js';
import { addOrganization, addPerson, addTestRegion, HELSINKI } from './freshness.fixture.js';
import { runFreshnessCheck } from './run-freshness-check.js';

/** The confirmation pages, a maintainer's own button, the mark on cards and results, the administrators' view. */

let service: Service;
const today = helsinkiDate(new Date());
let stale: { id: string; activityIds: string[] };
let fresh: { id: string; activityIds: string[] };
let south: { id: string; activityIds: string[] };
const people: Record<string, string> = {};

before(async () => {
  service = await createTestService();
  const db = service.database.db;
  await addTestRegion(db);
  // Checked 400 days ago: marked, reminded; not yet hidden.
  stale = await addOrganization(db, 'route-stale', { name: 'Vanhan Tiedon Yhdistys ry', lastChecked: daysBefore(today, 400) });
  fresh = await addOrganization(db, 'route-fresh', { name: 'Tuoreen Tiedon Yhdistys ry', lastChecked: daysBefore(today, 30) });
  south = await addOrganization(db, 'route-south', { name: 'Etelän Vertaiset ry', lastChecked: daysBefore(today, 300), municipality: HELSINKI });
  people.maintainer = await addPerson(db, 'yllapitaja@example.org', 'maintainer', stale.id);
  people.otherMaintainer = await addPerson(db, 'toinen@example.org', 'maintainer', fresh.id);
  people.regional = await addPerson(db, 'alue@example.org', 'regional_admin', 'pohjois-savo');
  people.southAdmin = await addPerson(db, 'etela@example.org', 'regional_admin', 'testimaa');
  people.platform = await addPerson(db, 'alusta@example.org', 'platform_admin', null);
  await rebuildSearchIndex({ db });
  await runFreshnessCheck({ db, settings: service.app.deps.config.freshness });
});

after(async () => {
  await service.close();
});

/** A browser signed in as `userId` (a session row made directly). */
async function signedInAs(userId: string): Promise<TestBrowser> {
  const b = new TestBrowser(service.app);
  const secret = newSecret();
  await insertSession(service.database.db, { id: hashSecret(secret), userId, hours: 1 });
  b.cookies.set('tarjotin_session', secret);
  return b;
}

async function lastChecked(id: string): Promise<string | null> {
  const r = await service.database.db.selectFrom('organization').select('last_checked').where('id', '=', id).executeTakeFirstOrThrow();
  return r.last_checked;
}

async function tokenFor(to: string): Promise<string> {
  const jobs = await listJobs(service.database.db, { name: 'send-mail', limit: 1000 });
  const mail = jobs.map((j) => j.payload as { to: string; template: string; params: { token: string } }).find((p) => p.to === to && p.template === 'freshness-reminder');
  assert.ok(mail, `a reminder to ${to}`);
  return mail.params.token;
}

test('data unchecked for 12 months is marked on the card, the activity page and the result cards; fresh data is not', async () => {
  const mark = { fi: 'Tiedot voivat olla vanhentuneita', sv: 'Uppgifterna kan vara föråldrade', en: 'Information may be out of date' };
  const card = await service.app.inject(`/organisations/${stale.id}`);
  assert.equal(card.statusCode, 200);
  assert.ok(card.body.includes(mark.fi));
  assert.ok((await service.app.inject(`/sv/organisations/${stale.id}`)).body.includes(mark.sv));
  assert.ok((await service.app.inject(`/en/activities/${stale.activityIds[0]}`)).body.includes(mark.en));
  assert.ok((await service.app.inject(`/activities/${stale.activityIds[0]}`)).body.includes(mark.fi));
  assert.ok(!(await service.app.inject(`/organisations/${fresh.id}`)).body.includes(mark.fi));
  assert.ok(!(await service.app.inject(`/organisations/${south.id}`)).body.includes(mark.fi), '300 days is not yet 12 months');

  const results = await service.app.inject(`/search?q=${encodeURIComponent('Tiedon Yhdistys')}`);
  assert.equal(results.statusCode, 200);
  assert.ok(results.body.includes('Vanhan Tiedon Yhdistys ry'));
  assert.ok(results.body.includes('Tuoreen Tiedon Yhdistys ry'));
  assert.equal(results.body.split(mark.fi).length - 1, 1, 'one of the two results is marked');
});

test('a used, unknown or malformed link is refused with a page, never a 500', async () => {
  for (const url of ['/freshness/confirm/' + 'A'.repeat(43), '/freshness/confirm/not-a-token', '/en/freshness/confirm/%00%2F..', `/freshness/confirm/${'x'.repeat(300)}`]) {
    const res = await service.app.inject(url);
    assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${url}: ${res.statusCode}`);
  }
  const browser = new TestBrowser(service.app);
  const page = await browser.get('/freshness/confirm/' + 'A'.repeat(43));
  assert.equal(page.statusCode, 410);
  assert.match(page.body, /Linkki ei ole enää voimassa/);
  assert.match(page.body, /<a href="\/sign-in">Kirjaudu sisään<\/a>/, 'a way on: signing in');
  const sv = await browser.get('/sv/freshness/confirm/' + 'A'.repeat(43));
  assert.equal(sv.statusCode, 410);
  assert.match(sv.body, /<a href="\/sv\/sign-in">/);
});

test('the link shows one button (opening it changes nothing); CSRF is required; the POST confirms once', async () => {
  const token = await tokenFor('yllapitaja@example.org');
  const browser = new TestBrowser(service.app);
  const page = await browser.get(`/freshness/confirm/${token}`);
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes('Vanhan Tiedon Yhdistys ry'));
  assert.match(page.body, /<button type="submit">Tiedot ovat ajan tasalla<\/button>/);
  assert.equal(await lastChecked(stale.id), daysBefore(today, 400), 'opening the link changes nothing');

  const noCsrf = await browser.post(`/freshness/confirm/${token}`, {});
  assert.equal(noCsrf.statusCode, 403);
  assert.equal(await lastChecked(stale.id), daysBefore(today, 400));

  const done = await browser.post(`/freshness/confirm/${token}`, { _csrf: TestBrowser.csrf(page.body) });
  assert.equal(done.statusCode, 303);
  assert.equal(done.headers.location, '/freshness/thanks');
  assert.equal(await lastChecked(stale.id), today);
  assert.match((await browser.get('/freshness/thanks')).body, /Kiitos!/);
  assert.ok(!(await service.app.inject(`/organisations/${stale.id}`)).body.includes('Tiedot voivat olla vanhentuneita'));

  const again = await browser.post(`/freshness/confirm/${token}`, { _csrf: TestBrowser.csrf(page.body) });
  assert.equal(again.statusCode, 410);
  assert.equal((await browser.get(`/freshness/confirm/${token}`)).statusCode, 410);
});

test('a signed-in maintainer confirms their own organisation, not another one', async () => {
  const anonymous = await service.app.inject(`/my/organisations/${south.id}/check`);
  assert.equal(anonymous.statusCode, 303);
  assert.equal(anonymous.headers.location, `/sign-in?next=${encodeURIComponent(`/my/organisations/${south.id}/check`)}`, 'back here after signing in');

  await addPerson(service.database.db, 'etelan.yllapitaja@example.org', 'maintainer', south.id);
  const maintainer = await signedInAs((await service.database.db.selectFrom('app_user').select('id').where('email', '=', 'etelan.yllapitaja@example.org').executeTakeFirstOrThrow()).id);
  const list = await maintainer.get('/my/organisations');
  assert.equal(list.statusCode, 200);
  assert.ok(list.body.includes(`href="/my/organisations/${south.id}/check"`), 'the button is reachable from the maintainer’s own page');
  const page = await maintainer.get(`/sv/my/organisations/${south.id}/check`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Uppgifterna är aktuella/);
  const done = await maintainer.post(`/sv/my/organisations/${south.id}/check`, { _csrf: TestBrowser.csrf(page.body) });
  assert.equal(done.statusCode, 303);
  assert.equal(done.headers.location, '/sv/freshness/thanks');
  assert.equal(await lastChecked(south.id), today);

  const other = await signedInAs(people.otherMaintainer!);
  assert.equal((await other.get(`/my/organisations/${stale.id}/check`)).statusCode, 403);
  const own = await other.get(`/my/organisations/${fresh.id}/check`);
  const refused = await other.post(`/my/organisations/${stale.id}/check`, { _csrf: TestBrowser.csrf(own.body) });
  assert.equal(refused.statusCode, 403);
  assert.equal((await other.get('/my/organisations/not-an-id/check')).statusCode, 403);

  // A platform administrator may confirm any organisation; one that is not published is simply not found.
  const platform = await signedInAs(people.platform!);
  assert.equal((await platform.get('/my/organisations/not-an-id/check')).statusCode, 404);
  const unknown = await platform.get('/my/organisations/00000000-0000-4000-8000-0000000000ff/check');
  assert.equal(unknown.statusCode, 404);
  assert.equal((await platform.post('/my/organisations/00000000-0000-4000-8000-0000000000ff/check', { _csrf: TestBrowser.csrf((await platform.get('/account')).body) })).statusCode, 404);
});

test('the freshness view: a regional administrator sees only their own region; platform administrators all; others none', async () => {
  const db = service.database.db;
  await db.updateTable('organization').set({ last_checked: daysBefore(today, 250) }).where('id', 'in', [stale.id, south.id]).execute();

  assert.equal((await service.app.inject('/admin/freshness')).statusCode, 303);
  const maintainer = await signedInAs(people.maintainer!);
  const refused = await maintainer.get('/en/admin/freshness');
  assert.equal(refused.statusCode, 403);
  assert.match(refused.body, /<h1[^>]*>No access<\/h1>/);

  const regional = await (await signedInAs(people.regional!)).get('/admin/freshness');
  assert.equal(regional.statusCode, 200);
  assert.match(regional.body, /Pohjois-Savo/);
  assert.ok(!regional.body.includes('Testimaa'));
  assert.ok(regional.body.includes('Vanhan Tiedon Yhdistys ry'), 'overdue in Pohjois-Savo');
  assert.ok(!regional.body.includes('Etelän Vertaiset ry'), 'another region’s organisation is not shown');
  assert.ok(!regional.body.includes('Tuoreen Tiedon Yhdistys ry'), 'not overdue');

  const southView = await (await signedInAs(people.southAdmin!)).get('/en/admin/freshness');
  assert.equal(southView.statusCode, 200);
  assert.ok(southView.body.includes('Testland'));
  assert.ok(southView.body.includes('Etelän Vertaiset ry'));
  assert.ok(!southView.body.includes('Vanhan Tiedon Yhdistys ry'));

  const all = await (await signedInAs(people.platform!)).get('/admin/freshness');
  assert.equal(all.statusCode, 200);
  assert.ok(all.body.includes('Testimaa') && all.body.includes('Pohjois-Savo'));
  assert.ok(all.body.includes('Etelän Vertaiset ry') && all.body.includes('Vanhan Tiedon Yhdistys ry'));
});
