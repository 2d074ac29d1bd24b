import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestService } from '../../../tests/support/test-app.js';
import type { Service } from '../../boot.js';
import { addRole, ensureUser } from '../../platform/auth/auth.repo.js';
import { newId } from '../../platform/ids.js';
import { SIGN_IN_LIMITS } from '../../platform/auth/auth.plugin.js';
import { findSubmission } from './submissions.repo.js';
import { newestToken, TestBrowser } from '../../../tests/support/test-browser.js';

let service: Service;

before(async () => {
  service = await createTestService();
  const admin = await ensureUser(service.database.db, { id: newId(), email: 'alue@example.org', lang: 'fi' });
  await addRole(service.database.db, { userId: admin.id, role: 'regional_admin', scopeId: 'pohjois-savo' });
});

after(async () => {
  await service.close();
});

/** Orders a join link on the page and opens it: returns the browser (signed in) and the draft's URL. */
async function join(email: string, ip: string): Promise<{ browser: TestBrowser; draftUrl: string }> {
  const browser = new TestBrowser(service.app, ip);
  const ordered = await browser.submit('/for-organisations', '/for-organisations', { email });
  assert.equal(ordered.statusCode, 303);
  assert.equal(ordered.headers.location, '/for-organisations/sent');
  const token = await newestToken(service.database.db, 'join-link', email.toLowerCase());
  const confirm = await browser.get(`/join/${token}`);
  assert.equal(confirm.statusCode, 200);
  const opened = await browser.post(`/join/${token}`, {}, confirm.body);
  assert.equal(opened.statusCode, 303);
  const draftUrl = String(opened.headers.location);
  assert.match(draftUrl, /^\/my\/submissions\/[0-9a-f-]{36}$/);
  return { browser, draftUrl };
}

test('the "For organisations" page explains joining and orders a join link without telling whether the address is known', async () => {
  const b = new TestBrowser(service.app, '198.51.100.20');
  for (const [prefix, heading] of [
    ['', 'Järjestöille'],
    ['/sv', 'För organisationer'],
    ['/en', 'For organisations'],
  ] as const) {
    const page = await b.get(`${prefix}/for-organisations`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, new RegExp(`<h1>${heading}</h1>`));
    assert.match(page.body, /<label for="email">/);
  }
  const home = await b.get('/');
  assert.match(home.body, /href="\/for-organisations"/, 'the footer links to the page');

  const bad = await b.submit('/for-organisations', '/for-organisations', { email: 'not-an-address' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /value="not-an-address"/, 'what was typed is kept');
  assert.match(bad.body, /id="email-error"/);
  assert.match(bad.body, /aria-describedby="email-error"/);
  assert.match(bad.body, /<title>Virhe: Järjestöille/);
  assert.match(bad.body, /class="error-summary"[^]*<a href="#email">Kirjoita sähköpostiosoite muodossa nimi@example.org\.<\/a>/, 'the summary links to the field');
  const empty = await b.submit('/sv/for-organisations', '/sv/for-organisations', { email: '  ' });
  assert.equal(empty.statusCode, 400);
  assert.match(empty.body, /<a href="#email">Skriv din e-postadress\.<\/a>/, 'in the language of the page');

  const known = await b.submit('/for-organisations', '/for-organisations', { email: 'alue@example.org' });
  const unknown = await b.submit('/for-organisations', '/for-organisations', { email: 'Uusi.Yhdistys@Example.org' });
  assert.equal(known.statusCode, 303);
  assert.equal(unknown.statusCode, 303);
  assert.equal(known.headers.location, unknown.headers.location);
  assert.ok(await newestToken(service.database.db, 'join-link', 'uusi.yhdistys@example.org'));
  const users = await service.database.db.selectFrom('app_user').select('id').where('email', '=', 'uusi.yhdistys@example.org').execute();
  assert.equal(users.length, 0, 'no account until the link is used');
});

test('a join form post without a CSRF token is refused', async () => {
  const b = new TestBrowser(service.app, '198.51.100.21');
  await b.get('/for-organisations');
  const res = await b.post('/for-organisations', { email: 'x@example.org' });
  assert.equal(res.statusCode, 403);
});

test('the join link creates the account, signs in and opens a draft that keeps invalid input, resumes, and submits', async () => {
  const { browser, draftUrl } = await join('Jasen@Example.org', '198.51.100.30');
  const id = draftUrl.split('/').pop()!;
  const user = await service.database.db.selectFrom('app_user').select(['id', 'email']).where('email', '=', 'jasen@example.org').executeTakeFirstOrThrow();
  assert.equal((await findSubmission(service.database.db, id))?.createdBy, user.id);

  // A used link is refused, with a way to order a new one.
  const token = await newestToken(service.database.db, 'join-link', 'jasen@example.org');
  const used = await browser.get(`/join/${token}`);
  assert.equal(used.statusCode, 410);
  assert.match(used.body, /<a href="\/for-organisations">Tilaa uusi liittymislinkki<\/a>/);
  assert.equal((await browser.post(`/join/${token}`, {}, (await browser.get('/for-organisations')).body)).statusCode, 410);

  const first = await browser.get(draftUrl);
  assert.equal(first.statusCode, 303);
  assert.equal(first.headers.location, `${draftUrl}/organisation`);
  const step1 = await browser.get(`${draftUrl}/organisation`);
  assert.match(step1.body, /aria-current="step"[^>]*>\s*<span class="step-number">1\.<\/span>/);
  // The intro says how required fields are marked, and they are marked that way.
  assert.match(step1.body, /Pakolliset kentät on merkitty sanalla \(pakollinen\)/);
  assert.match(step1.body, /<label for="nameFi">[^<]*<span class="required"> \(pakollinen\)<\/span><\/label>/);

  // Invalid input: saved as typed, errors next to the fields, an error summary linking to them.
  const invalid = await browser.post(
    `${draftUrl}/organisation`,
    { action: 'next', nameFi: '', nameSv: 'Testilä rf', nameEn: '', businessId: '1234567-0', kind: 'association', descriptionFi: '', descriptionSv: '', descriptionEn: '', plainSummaryFi: '' },
    step1.body,
  );
  assert.equal(invalid.statusCode, 400);
  assert.match(invalid.body, /value="1234567-0"/);
  assert.match(invalid.body, /value="Testilä rf"/);
  assert.match(invalid.body, /<a href="#businessId">Y-tunnus: Tarkista Y-tunnus/);
  assert.match(invalid.body, /id="businessId-error"/);
  assert.match(invalid.body, /aria-invalid="true" aria-describedby="businessId-hint businessId-error"/);
  assert.match(invalid.body, /<a href="#nameFi">/);
  const stored = await findSubmission(service.database.db, id);
  assert.equal((stored?.content as { organization: { businessId: string } }).organization.businessId, '1234567-0');

  // Valid organisation step → contact step.
  const org = {
    action: 'next',
    nameFi: 'Testilän Mielenterveysyhdistys ry',
    nameSv: '',
    nameEn: '',
    businessId: '0112038-9',
    kind: 'association',
    descriptionFi: 'Vertaistukea ja keskusteluapua Kuopiossa.',
    descriptionSv: '',
    descriptionEn: '',
    plainSummaryFi: '',
  };
  const ok1 = await browser.submit(`${draftUrl}/organisation`, `${draftUrl}/organisation`, org);
  assert.equal(ok1.statusCode, 303);
  assert.equal(ok1.headers.location, `${draftUrl}/contact`);

  // "Save draft" on the contact step with a bad e-mail: saved, errors shown.
  const contact = {
    website: 'www.testila.example.org',
    email: 'toimisto@testila',
    phone: '',
    streetAddress: 'Esimerkkikatu 1',
    postalCode: '70100',
    city: 'Kuopio',
    municipalityCode: '297',
    contactRequestEmail: 'yhteys@testila.example.org',
    contactName: '',
    contactTitle: '',
    contactEmail: '',
    contactPhone: '',
    acceptsNewParticipants: 'yes',
  };
  const saveBad = await browser.submit(`${draftUrl}/contact`, `${draftUrl}/contact`, { ...contact, action: 'save' });
  assert.equal(saveBad.statusCode, 400);
  assert.match(saveBad.body, /role="status"/);
  assert.match(saveBad.body, /value="toimisto@testila"/);

  // Resume later: the draft reopens at the step where it was left, with what was typed.
  const later = new TestBrowser(service.app, '198.51.100.31');
  later.cookies = new Map(browser.cookies);
  const resumed = await later.get(draftUrl);
  assert.equal(resumed.headers.location, `${draftUrl}/contact`);
  const resumedPage = await later.get(`${draftUrl}/contact`);
  assert.match(resumedPage.body, /value="toimisto@testila"/);
  assert.match(resumedPage.body, /<option value="297" selected>Kuopio<\/option>/);
  const my = await later.get('/my/organisations');
  assert.match(my.body, /Testilän Mielenterveysyhdistys ry/);

  const ok2 = await browser.submit(`${draftUrl}/contact`, `${draftUrl}/contact`, { ...contact, email: 'toimisto@testila.example.org', action: 'next' });
  assert.equal(ok2.headers.location, `${draftUrl}/maintainers`);
  const ok3 = await browser.submit(`${draftUrl}/maintainers`, `${draftUrl}/maintainers`, [
    ['maintainerEmails', 'toinen@example.org'],
    ['maintainerEmails', ''],
    ['action', 'next'],
  ]);
  assert.equal(ok3.headers.location, `${draftUrl}/activities`);

  // No activity yet: "next" stays with an error.
  const noActivity = await browser.submit(`${draftUrl}/activities`, `${draftUrl}/activities`, { action: 'next' });
  assert.equal(noActivity.statusCode, 400);
  assert.match(noActivity.body, /Lisää ainakin yksi toiminta/);

  // Add an activity; save it with checkbox groups.
  const list = await browser.get(`${draftUrl}/activities`);
  const added = await browser.post(`${draftUrl}/activities/new`, {}, list.body);
  assert.equal(added.statusCode, 303);
  const activityUrl = String(added.headers.location);
  const activityPage = await browser.get(activityUrl);
  assert.match(activityPage.body, /<legend>Mihin toiminta tarjoaa tukea\?/);
  assert.match(activityPage.body, /<summary>Pohjois-Savo/);
  const activityFields: [string, string][] = [
    ['nameFi', 'Keskusteluryhmä'],
    ['descriptionFi', 'Ryhmä kokoontuu tiistaisin.'],
    ['needs', 'masennus'],
    ['needs', 'ahdistus'],
    ['supports', 'vertaistuki'],
    ['targets', 'aikuiset'],
    ['municipalityCodes', '297'],
    ['municipalityCodes', '749'],
    ['languages', 'fi'],
    ['howToJoin', 'drop_in'],
    ['scheduleFi', 'Tiistaisin 17–19'],
    ['freeOfCharge', 'yes'],
    ['placeName', 'Järjestötalo'],
    ['action', 'done'],
  ];
  const missingNeeds = await browser.post(activityUrl, activityFields.filter(([k]) => k !== 'needs' && k !== 'supports'), activityPage.body);
  assert.equal(missingNeeds.statusCode, 400);
  assert.match(missingNeeds.body, /Valitse ainakin yksi tarve tai tuen muoto/);
  assert.match(missingNeeds.body, /id="municipalityCodes-749" name="municipalityCodes" value="749" checked/);
  const savedActivity = await browser.post(activityUrl, activityFields, activityPage.body);
  assert.equal(savedActivity.statusCode, 303);
  assert.equal(savedActivity.headers.location, `${draftUrl}/activities`);

  const review = await browser.get(`${draftUrl}/review`);
  assert.equal(review.statusCode, 200);
  assert.match(review.body, /Keskusteluryhmä/);
  assert.match(review.body, /Masennus, Ahdistus ja pelot/);
  assert.match(review.body, new RegExp(`href="${draftUrl}/contact"`));
  assert.doesNotMatch(review.body, /error-summary/);

  const sent = await browser.post(`${draftUrl}/submit`, {}, review.body);
  assert.equal(sent.statusCode, 303);
  assert.equal(sent.headers.location, `${draftUrl}?sent=1`);
  const status = await browser.get(`${draftUrl}?sent=1`);
  assert.equal(status.statusCode, 200);
  assert.match(status.body, /Tiedot odottavat tarkistusta/);
  const row = await findSubmission(service.database.db, id);
  assert.equal(row?.status, 'awaiting_review');
  const mails = await service.database.db
    .selectFrom('job')
    .select(sql<string>`payload->>'to'`.as('to'))
    .where(sql<string>`payload->>'template'`, '=', 'submission-awaiting-review')
    .where(sql<string>`payload->'params'->>'submissionId'`, '=', id)
    .execute();
  assert.deepEqual(mails, [{ to: 'alue@example.org' }]);

  // Awaiting review: not editable until returned.
  assert.equal((await browser.get(`${draftUrl}/organisation`)).headers.location, draftUrl);
  const blocked = await browser.post(`${draftUrl}/organisation`, { ...org, nameFi: 'Muutettu' }, review.body);
  assert.equal(blocked.statusCode, 409);
  assert.match(blocked.body, /Tietoja ei voi muokata nyt/);
  assert.equal((await browser.post(`${draftUrl}/submit`, {}, review.body)).statusCode, 409, 'not sent twice');
  assert.equal((await browser.post(`${draftUrl}/activities/new`, {}, review.body)).statusCode, 409);
  const after = await findSubmission(service.database.db, id);
  assert.equal((after?.content as { organization: { nameFi: string } }).organization.nameFi, 'Testilän Mielenterveysyhdistys ry');
});

test("someone else's draft is not found, to read or to change; a missing CSRF token is refused", async () => {
  const a = await join('omistaja@example.org', '198.51.100.40');
  const b = await join('vieras@example.org', '198.51.100.41');
  const stranger = await ensureUser(service.database.db, { id: newId(), email: 'vieras@example.org', lang: 'fi' });
  await addRole(service.database.db, { userId: stranger.id, role: 'maintainer', scopeId: newId() });

  assert.equal((await b.browser.get(a.draftUrl)).statusCode, 404);
  assert.equal((await b.browser.get(`${a.draftUrl}/organisation`)).statusCode, 404);
  const own = await b.browser.get(`${b.draftUrl}/organisation`);
  const write = await b.browser.post(`${a.draftUrl}/organisation`, { action: 'save', nameFi: 'Kaapattu' }, own.body);
  assert.equal(write.statusCode, 404);
  assert.equal((await b.browser.post(`${a.draftUrl}/submit`, {}, own.body)).statusCode, 404);
  const id = a.draftUrl.split('/').pop()!;
  assert.equal((await findSubmission(service.database.db, id))?.status, 'draft');
  assert.equal(((await findSubmission(service.database.db, id))?.content as { organization: { nameFi: string } }).organization.nameFi, '');

  const list = await a.browser.get(`${a.draftUrl}/activities`);
  const activityUrl = String((await a.browser.post(`${a.draftUrl}/activities/new`, {}, list.body)).headers.location);
  assert.equal((await b.browser.get(activityUrl)).statusCode, 404);
  assert.equal((await b.browser.get(`${activityUrl}/remove`)).statusCode, 404);
  assert.equal((await b.browser.post(activityUrl, { action: 'done', nameFi: 'Kaapattu' }, own.body)).statusCode, 404);
  assert.equal((await b.browser.post(`${activityUrl}/remove`, { reason: '' }, own.body)).statusCode, 404);
  assert.equal((await b.browser.post(`${a.draftUrl}/activities/new`, {}, own.body)).statusCode, 404);
  assert.equal((await a.browser.get(`${a.draftUrl}/activities/${newId()}`)).statusCode, 404, 'an activity that is not in the draft');
  assert.equal((await a.browser.get(`${a.draftUrl}/nosuchstep`)).statusCode, 404);
  assert.equal((await a.browser.get('/my/submissions/not-a-uuid')).statusCode, 404);

  const noCsrf = await a.browser.post(`${a.draftUrl}/organisation`, { action: 'save', nameFi: 'Ilman tokenia' });
  assert.equal(noCsrf.statusCode, 403);

  const anonymous = new TestBrowser(service.app, '198.51.100.42');
  const anon = await anonymous.get(`${a.draftUrl}/organisation`);
  assert.equal(anon.statusCode, 303);
  assert.equal(anon.headers.location, `/sign-in?next=${encodeURIComponent(`${a.draftUrl}/organisation`)}`);
  const myPage = await anonymous.get('/my/organisations');
  assert.equal(myPage.statusCode, 303);
  assert.equal(myPage.headers.location, `/sign-in?next=${encodeURIComponent('/my/organisations')}`);
  assert.equal((await anonymous.get('/en/my/organisations')).headers.location, `/en/sign-in?next=${encodeURIComponent('/en/my/organisations')}`);
  const start = await anonymous.post('/my/submissions', {}, (await anonymous.get('/for-organisations')).body);
  assert.equal(start.statusCode, 303, 'a signed-out post goes to sign-in too');
  assert.match(String(start.headers.location), /^\/sign-in/);
});

test('the form speaks Swedish and English too, with the same field names', async () => {
  const { browser, draftUrl } = await join('sprak@example.org', '198.51.100.50');
  const sv = await browser.get(`/sv${draftUrl}/organisation`);
  assert.equal(sv.statusCode, 200);
  assert.match(sv.body, /<html lang="sv">/);
  assert.match(sv.body, /<label for="nameFi">Namn på finska/);
  assert.match(sv.body, new RegExp(`action="/sv${draftUrl}/organisation"`));
  const list = await browser.get(`/en${draftUrl}/activities`);
  const added = await browser.post(`/en${draftUrl}/activities/new`, {}, list.body);
  assert.match(String(added.headers.location), new RegExp(`^/en${draftUrl}/activities/`));
  const en = await browser.get(String(added.headers.location));
  assert.match(en.body, /<legend>What does the activity help with\?/);
  assert.match(en.body, /<label for="languages-fi">Finnish<\/label>/);
  assert.match(en.body, /name="needs" value="masennus"/);
});

test('join link orders are rate-limited per address like sign-in links', async () => {
  const b = new TestBrowser(service.app, '198.51.100.60');
  const page = await b.get('/for-organisations');
  const statuses: number[] = [];
  for (let i = 0; i < SIGN_IN_LIMITS.perEmail + 1; i++) statuses.push((await b.post('/for-organisations', { email: 'kiireinen@example.org' }, page.body)).statusCode);
  assert.deepEqual(statuses, [...Array(SIGN_IN_LIMITS.perEmail).fill(303), 429]);
  const again = await b.post('/for-organisations', { email: 'kiireinen@example.org' }, page.body);
  assert.equal(again.statusCode, 429);
  assert.ok(Number(again.headers['retry-after']) > 0, 'Retry-After says when to try again');
  assert.match(again.body, /Liian monta yritystä/);
  const jobs = await service.database.db
    .selectFrom('job')
    .select(sql<number>`count(*)::int`.as('n'))
    .where(sql<string>`payload->>'to'`, '=', 'kiireinen@example.org')
    .executeTakeFirstOrThrow();
  assert.equal(jobs.n, SIGN_IN_LIMITS.perEmail);
});
