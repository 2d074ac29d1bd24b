import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestService } from '../../../tests/support/test-app.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import type { Service } from '../../boot.js';
import { addRole } from '../../platform/auth/auth.repo.js';
import { createPlatformAdmin } from '../../platform/auth/create-platform-admin.js';
import { issueSignInLink } from '../../platform/auth/issue-sign-in-link.js';
import type { Database } from '../../platform/db/database.js';
import { loadSearchFixture } from '../search/search.fixture.js';
import { CRISIS_PHRASES } from './crisis-phrases.data.js';
import { DEMO_HELPLINES } from './demo-helplines.data.js';
import { findCrisisHelp } from './find-crisis-help.js';
import { loadCrisisHelp } from './load-crisis-help.js';

/** The crisis box on the results page and its administration, on PGlite and (with TEST_DATABASE_URL) PostgreSQL. */

let service: Service;
let db: Database;
let platform: TestBrowser;
let regional: TestBrowser;

async function signedIn(email: string): Promise<TestBrowser> {
  const token = (await issueSignInLink({ db, email }))!;
  const b = new TestBrowser(service.app);
  const confirm = await b.get(`/sign-in/${token}`);
  assert.equal((await b.post(`/sign-in/${token}`, { _csrf: TestBrowser.csrf(confirm.body) })).statusCode, 303);
  return b;
}

before(async () => {
  service = await createTestService();
  db = service.database.db;
  await loadSearchFixture(db);
  await loadCrisisHelp({ db, demo: true });
  await createPlatformAdmin({ db, email: 'kriisi.paakayttaja@example.org' });
  const regionalUser = await createPlatformAdmin({ db, email: 'kriisi.alue@example.org' });
  await db.deleteFrom('user_role').where('user_id', '=', regionalUser.id).execute();
  await addRole(db, { userId: regionalUser.id, role: 'regional_admin', scopeId: 'pohjois-savo' });
  platform = await signedIn('kriisi.paakayttaja@example.org');
  regional = await signedIn('kriisi.alue@example.org');
});
after(async () => {
  await service?.close();
});

const get = (url: string) => service.app.inject({ method: 'GET', url });
const crisisDays = async () => Number((await db.selectFrom('crisis_search_day').select((eb) => eb.fn.sum<number>('searches').as('n')).executeTakeFirst())?.n ?? 0);

test('"haluan kuolla": the crisis box with 112 and the helplines comes first, and no "Tarkoititko …?"', async () => {
  const res = await get(`/search?q=${encodeURIComponent('haluan kuolla')}`);
  assert.equal(res.statusCode, 200);
  const main = res.body.slice(res.body.indexOf('<main'));
  assert.match(main, /^<main[^>]*><section class="crisis-box" aria-labelledby="crisis-box-title"><p id="crisis-box-title" class="crisis-title">Tarvitsetko apua heti\?<\/p>/);
  assert.match(main, /<a href="tel:112" class="crisis-phone">112<\/a>/);
  assert.match(main, /Esimerkin kriisipuhelin \(demo\)<\/strong> <a href="tel:0800000001" class="crisis-phone">0800 000 001<\/a>/);
  assert.ok(main.indexOf('crisis-box') < main.indexOf('search-count'), 'the box is above the results');
  assert.doesNotMatch(res.body, /Tarkoititko/);
});

test('the box speaks the page’s language: sv and en, and phrases of any language match on any page', async () => {
  const sv = await get(`/sv/search?q=${encodeURIComponent('jag vill dö')}`);
  assert.match(sv.body, /<p id="crisis-box-title" class="crisis-title">Behöver du hjälp genast\?<\/p>/);
  assert.match(sv.body, /Exemplets kristelefon \(demo\)/);
  const en = await get(`/en/search?q=${encodeURIComponent('I want to die')}`);
  assert.match(en.body, /<p id="crisis-box-title" class="crisis-title">Do you need help right now\?<\/p>/);
  assert.match(en.body, /Every day, around the clock/);
  const mixed = await get(`/en/search?q=${encodeURIComponent('itsemurha')}`);
  assert.match(mixed.body, /class="crisis-box"/);
});

test('every curated phrase shows the box (fi, sv, en) on this database', async () => {
  for (const [lang, phrases] of Object.entries(CRISIS_PHRASES)) {
    for (const phrase of phrases) {
      const text = phrase.replace(/\*/g, 'a');
      assert.ok(await findCrisisHelp({ db, text, lang: lang as 'fi' }), `${lang}: ${text}`);
    }
  }
  const one = await get(`/search?q=${encodeURIComponent('hän lyö minua')}`);
  assert.match(one.body, /class="crisis-box"/);
});

test('ordinary searches show no box', async () => {
  for (const q of ['masennus', 'väkivalta', 'en jaksa enää', 'mieheni juo', 'omaishoitaja', 'haluan kuulla']) {
    const res = await get(`/search?q=${encodeURIComponent(q)}`);
    assert.equal(res.statusCode, 200, q);
    assert.doesNotMatch(res.body, /crisis-box/, q);
  }
});

test('a search in crisis is counted per day and never logged with its words', async () => {
  const before = await crisisDays();
  await get(`/search?q=${encodeURIComponent('en halua elää xqzvw')}`);
  assert.equal(await crisisDays(), before + 1);
  const logged = await db.selectFrom('search_zero_result').select('query').execute();
  assert.ok(logged.every((r) => !/elää|xqzvw/.test(r.query)), JSON.stringify(logged));
  // An ordinary search that finds nothing is logged as before.
  await get(`/search?q=${encodeURIComponent('qwzyx')}`);
  assert.ok((await db.selectFrom('search_zero_result').select('query').execute()).some((r) => r.query === 'qwzyx'));
});

test('administration: platform administrators only; anonymous to sign-in, regional administrator refused', async () => {
  const anonymous = await get('/admin/crisis-help');
  assert.equal(anonymous.statusCode, 303);
  assert.match(String(anonymous.headers.location), /^\/sign-in/);
  assert.equal((await regional.get('/admin/crisis-help')).statusCode, 403);
  const page = await platform.get('/admin/crisis-help');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<textarea id="phrasesFi" name="phrasesFi"[^>]*>[^<]*haluan kuolla/);
  assert.match(page.body, new RegExp(`value="${DEMO_HELPLINES[0]!.phone}"`));
  const noCsrf = await platform.post('/admin/crisis-help', { phrasesFi: 'x' });
  assert.equal(noCsrf.statusCode, 403);
  assert.ok(await findCrisisHelp({ db, text: 'haluan kuolla', lang: 'fi' }), 'nothing changed');
});

test('administration: a bad phone number comes back next to its field with everything typed kept; a save takes effect at once', async () => {
  const page = await platform.get('/admin/crisis-help');
  const fields = {
    phrasesFi: 'haluan kuolla\nolen hätää kärsimässä*',
    phrasesSv: 'vill dö',
    phrasesEn: 'want to die',
    h0NameFi: 'Testikriisilinja',
    h0Phone: 'soita meille',
    h0HoursFi: 'Aina',
  };
  const bad = await platform.post('/admin/crisis-help', fields, page.body);
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /id="h0Phone-error"/);
  assert.match(bad.body, /value="soita meille"/);
  assert.match(bad.body, /olen hätää kärsimässä\*/);
  const saved = await platform.post('/admin/crisis-help', { ...fields, h0Phone: '0800 000 009' }, page.body);
  assert.equal(saved.statusCode, 303);
  assert.equal(saved.headers.location, '/admin/crisis-help?saved=1');
  const res = await get(`/search?q=${encodeURIComponent('olen hätää kärsimässäni')}`);
  assert.match(res.body, /Testikriisilinja<\/strong> <a href="tel:0800000009"/);
  assert.doesNotMatch(res.body, /Esimerkin kriisipuhelin/, 'the old helplines are gone');
  assert.doesNotMatch((await get(`/search?q=${encodeURIComponent('itsemurha')}`)).body, /crisis-box/, 'a removed phrase no longer shows the box');
  const audit = await db.selectFrom('audit_event').select(['action', 'detail']).where('subject_type', '=', 'crisis_help').execute();
  assert.deepEqual(audit.map((a) => a.action), ['crisis_help.saved']);
});
