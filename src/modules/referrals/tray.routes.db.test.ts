import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { TEST_DATA_KEYS, createTestService } from '../../../tests/support/test-app.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import { createService, type Service } from '../../boot.js';
import { loadConfig } from '../../config.js';
import { mailTemplates } from '../../mail-templates.js';
import { stableId } from '../../platform/ids.js';
import { createWorker } from '../../platform/jobs/worker.js';
import { createSendMailHandler } from '../../platform/mail/send-mail.job.js';
import { rebuildSearchIndex } from '../search/rebuild-search-index.js';
import { ADDRESS_A, ADDRESS_B, R, addContactRequestFixture } from './contact-request.fixture.js';
import { MAX_RECIPIENTS } from './referrals.types.js';
import { serializeTray, type TrayItem } from './tray.cookie.js';
import { TRAY_EMAIL_LIMITS } from './tray.routes.js';

/**
 * The tray through HTTP: the cookie (junk and non-public items dropped, the size limit), adding and removing by
 * plain POST with 303 back (hostile return paths ignored), JSON for tray.js, CSRF, the header count on every page,
 * the tray page with contact details, one contact request from the tray (one recipient per organisation), the
 * printout, and e-mailing the list (the outbox holds the details; rate limit; honeypot).
 */

let service: Service;
const db = () => service.database.db;
const COOKIE = 'tarjotin_tray';

/** helpA's public contact details, as its card shows them. */
const A = { phone: '017 555 0101', email: 'info@apu-a.example.org', website: 'https://apu-a.example.org', street: 'Kauppakatu 1', postalCode: '70100', city: 'Kuopio' };
const org = (id: string): TrayItem => ({ kind: 'organization', id });
const act = (id: string): TrayItem => ({ kind: 'activity', id });

before(async () => {
  service = await createTestService();
  await addContactRequestFixture(db());
  await db()
    .updateTable('organization')
    .set({ phone: A.phone, email: A.email, website: A.website, street_address: A.street, postal_code: A.postalCode, city: A.city })
    .where('id', '=', R.helpA)
    .execute();
  await db().updateTable('activity').set({ phone: '044 555 0202' }).where('id', '=', R.groupB).execute();
  await rebuildSearchIndex({ db: db() });
});

after(async () => {
  await service.close();
});

function withTray(ip: string, items: TrayItem[] | string): TestBrowser {
  const b = new TestBrowser(service.app, ip);
  b.cookies.set(COOKIE, encodeURIComponent(typeof items === 'string' ? items : serializeTray(items)));
  return b;
}

function trayCookie(b: TestBrowser): string | undefined {
  const v = b.cookies.get(COOKIE);
  return v === undefined ? undefined : decodeURIComponent(v);
}

async function count(table: 'contact_request' | 'contact_request_recipient' | 'job'): Promise<number> {
  const r = await db().selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Runs the send-mail jobs into the outbox and returns the messages to an address. */
async function mailTo(to: string) {
  const worker = createWorker({
    db: db(),
    handlers: [createSendMailHandler({ transport: { kind: 'outbox' }, templates: mailTemplates, config: service.app.deps.config, cipher: service.app.deps.cipher })],
  });
  while ((await worker.runDue()) > 0);
  return db().selectFrom('outbox').selectAll().where('to', '=', to).orderBy('created_at').execute();
}

function headerLink(html: string): string {
  const m = /<a href="(?:\/sv|\/en)?\/tray" id="tray-link"[^>]*>([^<]*)<\/a>/.exec(html);
  assert.ok(m, 'the header has the tray link');
  return m[1]!;
}

test('an empty tray: the header says "Tarjotin", the page explains the tray and links to search', async () => {
  const b = new TestBrowser(service.app, '198.51.100.10');
  const front = await b.get('/');
  assert.equal(headerLink(front.body), 'Tarjotin');
  const page = await b.get('/tray');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<h1>Tarjotin<\/h1>/);
  assert.match(page.body, /Tarjotin on tyhjä\./);
  assert.match(page.body, /<a class="button" href="\/">Etsi tukea<\/a>/);
  assert.match(page.body, /<a href="\/tray" id="tray-link" aria-current="page">Tarjotin<\/a>/);
  assert.doesNotMatch(page.body, /action="\/contact-requests"/, 'no contact-request form on an empty tray');
  assert.equal(b.cookies.has(COOKIE), false);
  const sv = await b.get('/sv/tray');
  assert.match(sv.body, /<h1>Brickan<\/h1>/);
  assert.match(sv.body, /Brickan är tom\./);
});

test('adding from a card by plain POST: 303 back to the card at its button, the cookie set, the button and header changed', async () => {
  const b = new TestBrowser(service.app, '198.51.100.11');
  const card = await b.get(`/organisations/${R.helpA}`);
  assert.equal(card.statusCode, 200);
  assert.match(card.body, new RegExp(`<form method="post" action="/tray/add" class="tray-form no-print" id="tray-organization-${R.helpA}" data-tray>`));
  assert.match(card.body, /<span class="tray-label">Lisää Tarjottimelle<\/span><span class="visually-hidden">: Apuyhdistys A ry<\/span>/);
  assert.match(card.body, new RegExp(`<a href="/tray/email\\?organization=${R.helpA}">Lähetä tiedot sähköpostilla</a>`));
  assert.match(card.body, new RegExp(`<a href="/tray/print\\?organization=${R.helpA}" data-print>Tulosta yhteystiedot</a>`));
  assert.match(card.body, /<script src="\/static\/js\/tray.js" defer><\/script>/);

  const res = await b.post('/tray/add', { organization: R.helpA, return: `/organisations/${R.helpA}` }, card.body);
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, `/organisations/${R.helpA}#tray-organization-${R.helpA}`);
  const cookie = (res.cookies as { name: string; value: string; httpOnly?: boolean; sameSite?: string; maxAge?: number; path?: string; secure?: boolean }[]).find((c) => c.name === COOKIE);
  assert.ok(cookie, 'the tray cookie is set');
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.sameSite, 'Lax');
  assert.equal(cookie.maxAge, 3 * 24 * 3600);
  assert.equal(cookie.path, '/');
  assert.ok(!cookie.secure, 'not Secure on an http BASE_URL');
  assert.equal(trayCookie(b), `o:${R.helpA}`);

  const again = await b.get(`/organisations/${R.helpA}`);
  assert.match(again.body, new RegExp(`<form method="post" action="/tray/remove" class="tray-form no-print" id="tray-organization-${R.helpA}"`));
  assert.match(again.body, /<button type="submit" class="tray-button button-secondary"><span class="tray-label">Poista Tarjottimelta<\/span>/);
  assert.equal(headerLink(again.body), 'Tarjotin (1)');

  // The same item twice stays once.
  await b.post('/tray/add', { organization: R.helpA, return: '/tray' }, again.body);
  assert.equal(trayCookie(b), `o:${R.helpA}`);

  // An activity page; then removing it again from there.
  const activity = await b.get(`/activities/${R.groupB}`);
  assert.match(activity.body, /<span class="tray-label">Lisää Tarjottimelle<\/span><span class="visually-hidden">: Vertaisryhmä B<\/span>/);
  const added = await b.post('/tray/add', { activity: R.groupB, return: `/activities/${R.groupB}` }, activity.body);
  assert.equal(added.headers.location, `/activities/${R.groupB}#tray-activity-${R.groupB}`);
  assert.equal(trayCookie(b), `o:${R.helpA},a:${R.groupB}`);
  assert.equal(headerLink((await b.get('/')).body), 'Tarjotin (2)');
  const removed = await b.post('/tray/remove', { activity: R.groupB, return: `/activities/${R.groupB}` }, activity.body);
  assert.equal(removed.statusCode, 303);
  assert.equal(removed.headers.location, `/activities/${R.groupB}#tray-activity-${R.groupB}`);
  assert.equal(trayCookie(b), `o:${R.helpA}`);

  // Removing the last item clears the cookie.
  await b.post('/tray/remove', { organization: R.helpA, return: '/tray' }, activity.body);
  assert.equal(b.cookies.has(COOKIE), false);
});

test('the result list has a tray button on each hit, sent back to exactly those results; Swedish pages answer in Swedish', async () => {
  const b = new TestBrowser(service.app, '198.51.100.12');
  const results = await b.get('/search?q=vertaisryhm%C3%A4');
  assert.equal(results.statusCode, 200);
  const form = new RegExp(`<form method="post" action="/tray/add" class="tray-form no-print" id="tray-activity-${R.groupB}" data-tray><input type="hidden" name="_csrf" value="[^"]+"/><input type="hidden" name="activity" value="${R.groupB}"/><input type="hidden" name="return" value="([^"]+)"/>`);
  const m = form.exec(results.body);
  assert.ok(m, 'a hit has its tray form');
  assert.equal(m[1], '/search?q=vertaisryhm%C3%A4');
  const res = await b.post('/tray/add', { activity: R.groupB, return: m[1]! }, results.body);
  assert.equal(res.headers.location, `/search?q=vertaisryhm%C3%A4#tray-activity-${R.groupB}`);
  const after = await b.get('/search?q=vertaisryhm%C3%A4');
  assert.match(after.body, new RegExp(`action="/tray/remove" class="tray-form no-print" id="tray-activity-${R.groupB}"`));

  const sv = await b.get('/sv/search?q=vertaisryhm%C3%A4');
  assert.match(sv.body, /<span class="tray-label">Ta bort från Brickan<\/span>/);
  assert.match(sv.body, /action="\/sv\/tray\/remove"/);
  assert.equal(headerLink(sv.body), 'Brickan (1)');
  const svRes = await b.post('/sv/tray/remove', { activity: R.groupB, return: '/search?q=a' }, sv.body);
  assert.equal(svRes.headers.location, `/sv/search?q=a#tray-activity-${R.groupB}`);
});

test('a hostile return path is ignored: 303 to the tray page instead', async () => {
  const b = new TestBrowser(service.app, '198.51.100.13');
  const page = await b.get(`/organisations/${R.helpA}`);
  for (const hostile of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', 'evil', '/sv//evil.example', '']) {
    const res = await b.post('/tray/add', { organization: R.helpA, return: hostile }, page.body);
    assert.equal(res.statusCode, 303, hostile);
    assert.equal(res.headers.location, '/tray', hostile);
  }
  const en = await b.post('/en/tray/remove', { organization: R.helpA, return: 'https://evil.example/' }, page.body);
  assert.equal(en.headers.location, '/en/tray');
});

test('without the CSRF token adding and removing are refused with 403 and the tray stays as it was', async () => {
  const b = withTray('198.51.100.14', [org(R.helpA)]);
  await b.get('/');
  const add = await b.post('/tray/add', { organization: R.helpB, return: '/' });
  assert.equal(add.statusCode, 403);
  const remove = await b.post('/tray/remove', { organization: R.helpA, return: '/' });
  assert.equal(remove.statusCode, 403);
  const clear = await b.post('/tray/clear', {});
  assert.equal(clear.statusCode, 403);
  const email = await b.post('/tray/email', { address: 'ei.lahde@example.org' });
  assert.equal(email.statusCode, 403);
  assert.equal(trayCookie(b), `o:${R.helpA}`);
  assert.equal((await db().selectFrom('job').select('id').where(sql<number>`position('ei.lahde@example.org' in payload::text)`, '>', 0).execute()).length, 0);
});

test('unknown and non-public items cannot be added (404); junk and archived items in the cookie are dropped', async () => {
  const b = new TestBrowser(service.app, '198.51.100.15');
  const page = await b.get(`/organisations/${R.helpB}`);
  const refused: Record<string, string>[] = [{ organization: R.archived }, { organization: R.draft }, { activity: R.draftActivity }, { activity: R.archivedGroup }, { organization: stableId('nowhere', 'x') }];
  for (const fields of refused) {
    const res = await b.post('/tray/add', { ...fields, return: '/' }, page.body);
    assert.equal(res.statusCode, 404, JSON.stringify(fields));
  }
  const bad = await b.post('/tray/add', { organization: 'not-an-id', return: '/' }, page.body);
  assert.equal(bad.statusCode, 400);
  assert.equal(b.cookies.has(COOKIE), false);

  const messy = withTray('198.51.100.16', `o:${R.archived},junk,a:${R.draftActivity},o:${R.helpA},o:${stableId('nowhere', 'y')},a:${R.groupB},a:${R.archivedGroup}`);
  const front = await messy.get('/');
  assert.equal(headerLink(front.body), 'Tarjotin (2)', 'the header counts public items only');
  const tray = await messy.get('/tray');
  assert.match(tray.body, /Apuyhdistys A ry/);
  assert.match(tray.body, /Vertaisryhmä B/);
  for (const gone of ['Lakkautettu', 'Luonnostoiminta', 'Luonnosyhdistys']) assert.doesNotMatch(tray.body, new RegExp(gone), gone);
  assert.equal(trayCookie(messy), `o:${R.helpA},a:${R.groupB}`, 'the tray page rewrites the cookie without them');

  // An item archived after it was added drops out on the next read.
  const later = withTray('198.51.100.17', [org(R.helpB), org(R.helpA)]);
  await db().updateTable('organization').set({ status: 'archived' }).where('id', '=', R.helpB).execute();
  try {
    assert.equal(headerLink((await later.get('/')).body), 'Tarjotin (1)');
    assert.doesNotMatch((await later.get('/tray')).body, /Tukiyhdistys B/);
  } finally {
    await db().updateTable('organization').set({ status: 'published' }).where('id', '=', R.helpB).execute();
  }
});

test('a full tray refuses one more with a 409 page that links to the tray', async () => {
  const extra: string[] = [];
  for (let i = 0; i < MAX_RECIPIENTS; i++) {
    const id = stableId('tray-full', String(i));
    extra.push(id);
    await db().insertInto('organization').values({ id, name_fi: `Täyttöyhdistys ${i} ry`, description_fi: 'Kuvitteellinen.', status: 'published', social_links: '[]' }).execute();
  }
  const b = withTray('198.51.100.18', extra.map(org));
  const page = await b.get(`/organisations/${R.helpB}`);
  assert.equal(headerLink(page.body), `Tarjotin (${MAX_RECIPIENTS})`);
  const res = await b.post('/tray/add', { organization: R.helpA, return: '/' }, page.body);
  assert.equal(res.statusCode, 409);
  assert.match(res.body, /<h1>Tarjotin on täynnä<\/h1>/);
  assert.match(res.body, /<a href="\/tray">Avaa Tarjotin<\/a>/);
  assert.equal(trayCookie(b), serializeTray(extra.map(org)), 'unchanged');
  // Removing one makes room.
  await b.post('/tray/remove', { organization: extra[0]!, return: '/' }, page.body);
  assert.equal((await b.post('/tray/add', { organization: R.helpA, return: '/' }, page.body)).statusCode, 303);
  await db().deleteFrom('organization').where('id', 'in', extra).execute();
});

test('tray.js gets JSON: the new state, the button label and action, the header text and a sentence to announce', async () => {
  const b = new TestBrowser(service.app, '198.51.100.19');
  const page = await b.get(`/organisations/${R.helpB}`);
  const body = new URLSearchParams({ organization: R.helpA, return: '/', _csrf: TestBrowser.csrf(page.body) }).toString();
  const headers = () => ({ cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' });
  const res = await service.app.inject({ method: 'POST', url: '/tray/add', headers: headers(), payload: body });
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /^application\/json/);
  assert.deepEqual(res.json(), {
    onTray: true,
    count: 1,
    action: '/tray/remove',
    label: 'Poista Tarjottimelta',
    headerLabel: 'Tarjotin (1)',
    message: 'Lisätty Tarjottimelle. Valintoja Tarjottimella: 1.',
  });
  for (const c of res.cookies as { name: string; value: string }[]) b.cookies.set(c.name, c.value);
  const sv = await service.app.inject({ method: 'POST', url: '/sv/tray/remove', headers: headers(), payload: body });
  assert.deepEqual(sv.json(), { onTray: false, count: 0, action: '/sv/tray/add', label: 'Lägg på Brickan', headerLabel: 'Brickan', message: 'Borttagen från Brickan. Val på Brickan: 0.' });
});

test('the tray page lists the contact details, remove buttons, the contact-request form for those that take requests, print and e-mail', async () => {
  const b = withTray('198.51.100.20', [org(R.helpA), act(R.groupB), org(R.noAddr)]);
  const res = await b.get('/tray');
  assert.equal(res.statusCode, 200);
  const html = res.body;
  assert.equal(headerLink(html), 'Tarjotin (3)');
  assert.match(html, /Olet koonnut Tarjottimelle 3 järjestöä tai toimintaa\./);
  assert.match(html, new RegExp(`<h2 class="tray-entry-name" id="entry-${R.helpA}"><a href="/organisations/${R.helpA}">Apuyhdistys A ry</a></h2>`));
  for (const detail of [A.phone, A.email, 'apu-a.example.org', `${A.street}, ${A.postalCode} ${A.city}`]) assert.ok(html.includes(detail), detail);
  assert.match(html, new RegExp(`<a href="/activities/${R.groupB}">Vertaisryhmä B</a>`));
  assert.match(html, new RegExp(`Järjestö: <a href="/organisations/${R.helpB}">Tukiyhdistys B ry</a>`));
  assert.ok(html.includes('044 555 0202'), "the activity's own phone");
  assert.match(html, /Osoitteeton ry[^]*Tämä järjestö ei ota vastaan yhteydenottopyyntöjä palvelun kautta/);
  // Remove buttons: plain posts back to the tray.
  assert.match(html, new RegExp(`<form method="post" action="/tray/remove" class="tray-form no-print" id="tray-organization-${R.helpA}"><input type="hidden" name="_csrf" value="[^"]+"/><input type="hidden" name="organization" value="${R.helpA}"/><input type="hidden" name="return" value="/tray"/>`));
  // The contact-request form carries the two that take requests, not the third.
  const form = /<form method="post" action="\/contact-requests"[^]*?<\/form>/.exec(html)?.[0] ?? '';
  assert.match(form, new RegExp(`<input type="hidden" name="organization" value="${R.helpA}"/>`));
  assert.match(form, new RegExp(`<input type="hidden" name="activity" value="${R.groupB}"/>`));
  assert.doesNotMatch(form, new RegExp(R.noAddr));
  assert.match(html, /<h2 id="contact-request-heading">Pyydä yhteydenottoa<\/h2>/);
  assert.match(html, /<a class="button button-secondary" href="\/tray\/print" data-print>Tulosta Tarjotin<\/a>/);
  assert.match(html, /<h2 id="tray-email-heading">Lähetä tiedot sähköpostilla<\/h2>/);
  assert.match(html, /<label for="tray-email-address">Sähköpostiosoite, johon tiedot lähetetään<span class="required">/);
  assert.match(html, /<input type="text" id="tray-website" name="website" value tabindex="-1" autocomplete="off"\/>/);
  assert.match(html, /<script src="\/static\/js\/tray.js" defer><\/script>/);

  // Removing from the tray page: back to the tray, one fewer.
  const removed = await b.post('/tray/remove', { organization: R.noAddr, return: '/tray' }, html);
  assert.equal(removed.headers.location, '/tray');
  assert.equal(trayCookie(b), `o:${R.helpA},a:${R.groupB}`);
  const cleared = await b.post('/tray/clear', {}, html);
  assert.equal(cleared.statusCode, 303);
  assert.equal(cleared.headers.location, '/tray');
  assert.equal(b.cookies.has(COOKIE), false);
});

test('one request from the tray: one recipient and one e-mail per organisation, none with the client’s details', async () => {
  const b = withTray('198.51.100.21', [org(R.helpA), act(R.groupA), act(R.groupB)]);
  const page = await b.get('/tray');
  const form = /<form method="post" action="\/contact-requests"[^]*?<\/form>/.exec(page.body)?.[0] ?? '';
  const hidden = [...form.matchAll(/<input type="hidden" name="(organization|activity)" value="([^"]+)"\/>/g)].map((m): [string, string] => [m[1]!, m[2]!]);
  assert.deepEqual(hidden, [
    ['organization', R.helpA],
    ['activity', R.groupA],
    ['activity', R.groupB],
  ]);
  assert.match(form, /<input type="hidden" name="from" value="tray"\/>/, 'the form says it comes from the tray');
  const requests = await count('contact_request');
  const recipients = await count('contact_request_recipient');
  const client = { phone: '040 777 1234', email: 'tarjotin.asiakas@example.org' };
  const res = await b.post(
    '/contact-requests',
    [
      ['sender', 'professional'],
      ['unit', 'Kuopion terveysasema'],
      ['followUpEmail', ''],
      ['firstName', 'Tarjotintesti'],
      ['phone', client.phone],
      ['email', client.email],
      ['preferredTime', ''],
      ['contactLang', 'fi'],
      ['message', ''],
      ['consent', 'professional'],
      ['website', ''],
      ['from', 'tray'],
      ...hidden,
    ],
    page.body,
  );
  assert.equal(res.statusCode, 303);
  assert.match(String(res.headers.location), /^\/contact-requests\/sent\/YP-/);
  assert.equal(b.cookies.has(COOKIE), false, 'sent: the tray is emptied on the redirect');
  assert.equal(await count('contact_request'), requests + 1);
  assert.equal(await count('contact_request_recipient'), recipients + 2, 'helpA (with its activity) and helpB');
  const sent = await b.get(String(res.headers.location));
  assert.match(sent.body, /<li>Apuyhdistys A ry<\/li>\s*<li>Tukiyhdistys B ry<\/li>/);
  for (const to of [ADDRESS_A, ADDRESS_B]) {
    const mails = (await mailTo(to)).filter((m) => m.template === 'contact-request-received');
    assert.equal(mails.length, 1, to);
    for (const text of [mails[0]!.text, mails[0]!.html, mails[0]!.subject]) {
      for (const secret of [client.email, '777 1234', '407771234', 'Tarjotintesti']) assert.ok(!text.includes(secret), `${to}: ${secret}`);
    }
  }
});

/** The contact-request form's fields for a resident, plus the recipients and anything else given. */
function requestFields(more: [string, string][]): [string, string][] {
  return [
    ['sender', 'self'],
    ['firstName', 'Tyhjennys'],
    ['phone', '040 777 9876'],
    ['contactLang', 'fi'],
    ['consent', 'self'],
    ['website', ''],
    ...more,
  ];
}

test('a request sent from the tray takes off what it went to: items that take no requests stay; a card’s form leaves the tray alone', async () => {
  // The tray page's form: helpA goes, Osoitteeton ry (no request address) stays on the tray.
  const b = withTray('198.51.100.24', [org(R.helpA), org(R.noAddr)]);
  const page = await b.get('/tray');
  const res = await b.post('/contact-requests', requestFields([['from', 'tray'], ['organization', R.helpA]]), page.body);
  assert.equal(res.statusCode, 303);
  assert.equal(trayCookie(b), `o:${R.noAddr}`);

  // Rejected input from the tray: the tray is untouched and the form shown again still says it comes from the tray.
  const c = withTray('198.51.100.25', [org(R.helpA), act(R.groupB)]);
  const trayPage = await c.get('/tray');
  const bad = await c.post('/contact-requests', [['from', 'tray'], ['organization', R.helpA], ['activity', R.groupB], ['sender', 'self']], trayPage.body);
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /<input type="hidden" name="from" value="tray"\/>/);
  assert.equal(trayCookie(c), `o:${R.helpA},a:${R.groupB}`);
  const good = await c.post('/contact-requests', requestFields([['from', 'tray'], ['organization', R.helpA], ['activity', R.groupB]]), bad.body);
  assert.equal(good.statusCode, 303);
  assert.equal(c.cookies.has(COOKIE), false);

  // The organisation card's form (no from=tray): the tray keeps the organisation.
  const d = withTray('198.51.100.26', [org(R.helpA)]);
  const card = await d.get(`/organisations/${R.helpA}`);
  assert.doesNotMatch(card.body, /name="from" value="tray"/);
  const fromCard = await d.post('/contact-requests', requestFields([['organization', R.helpA]]), card.body);
  assert.equal(fromCard.statusCode, 303);
  assert.equal(trayCookie(d), `o:${R.helpA}`);
});

test('e-mailing the list: 303 to a notice, the outbox has the public details in the page language and nothing else', async () => {
  const b = withTray('198.51.100.22', [org(R.helpA), act(R.groupB)]);
  const to = 'lista.asiakas@example.org';
  const res = await b.submit('/tray', '/tray/email', { address: ` ${to.toUpperCase()} `, website: '' });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/tray/email/sent');
  assert.ok(!String(res.headers.location).includes('lista'), 'the address is not in the URL');
  const notice = await b.get('/tray/email/sent');
  assert.match(notice.body, /<h1>Tiedot lähetetty<\/h1>/);
  assert.doesNotMatch(notice.body, /lista\.asiakas/);
  assert.match(notice.body, /<a href="\/tray">Takaisin Tarjottimelle<\/a>/);
  const [mail, ...more] = await mailTo(to);
  assert.equal(more.length, 0);
  assert.ok(mail);
  assert.equal(mail.template, 'tray-list');
  assert.equal(mail.subject, 'Järjestöjen yhteystiedot Tarjottimelta (2)');
  for (const detail of ['Apuyhdistys A ry', `Puhelin: ${A.phone}`, `Sähköposti: ${A.email}`, `Verkkosivut: ${A.website}`, `Osoite: ${A.street}, ${A.postalCode} ${A.city}`, 'Vertaisryhmä B (Tukiyhdistys B ry)', 'Puhelin: 044 555 0202', `http://localhost:3000/organisations/${R.helpA}`]) {
    assert.ok(mail.text.includes(detail), detail);
  }
  assert.ok(!mail.text.includes(ADDRESS_A) && !mail.text.includes(ADDRESS_B), 'never the organisations’ request addresses');
  assert.ok(!mail.text.includes(to), 'nor the address it went to');
  const clear = await sql<{ n: number }>`select count(*)::int as n from job where position(${to} in lower(payload::text)) > 0`.execute(db());
  assert.equal(clear.rows[0]!.n, 0, 'the job table holds the address sealed only');

  // In Swedish from a Swedish page.
  const svTo = 'lista.sv@example.org';
  await b.submit('/sv/tray', '/sv/tray/email', { address: svTo });
  const [sv] = await mailTo(svTo);
  assert.equal(sv?.lang, 'sv');
  assert.match(sv!.text, /Hjälpförening A rf/);
  assert.match(sv!.text, /Telefon: 017 555 0101/);
});

test('e-mailing one card’s details: the form page, the mail with that organisation only, the way back to the card', async () => {
  const b = new TestBrowser(service.app, '198.51.100.23');
  const page = await b.get(`/tray/email?organization=${R.helpA}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<h1 id="tray-email-heading">Lähetä tiedot sähköpostilla<\/h1>/);
  assert.match(page.body, new RegExp(`<input type="hidden" name="organization" value="${R.helpA}"/>`));
  const to = 'kortti.asiakas@example.org';
  const res = await b.post('/tray/email', { address: to, organization: R.helpA, website: '' }, page.body);
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, `/tray/email/sent?organization=${R.helpA}`);
  const notice = await b.get(String(res.headers.location));
  assert.match(notice.body, new RegExp(`<a href="/organisations/${R.helpA}">Takaisin järjestökorttiin</a>`));
  const [mail] = await mailTo(to);
  assert.equal(mail?.subject, 'Yhteystiedot: Apuyhdistys A ry');
  assert.ok(mail.text.includes(A.phone));
  assert.ok(!mail.text.includes('Tukiyhdistys'));
  assert.equal(b.cookies.has(COOKIE), false, 'the tray is not touched');

  const archived = await b.get(`/tray/email?organization=${R.archived}`);
  assert.doesNotMatch(archived.body, /<form method="post" action="\/tray\/email"/);
  const refused = await b.post('/tray/email', { address: to, organization: R.archived, website: '' }, page.body);
  assert.equal(refused.statusCode, 400);
});

test('e-mail form errors: a bad address shows the form again with the summary and the input kept', async () => {
  const b = withTray('198.51.100.24', [org(R.helpA)]);
  const res = await b.submit('/tray', '/tray/email', { address: 'ei-osoite', website: '' });
  assert.equal(res.statusCode, 400);
  assert.match(res.body, /<title>Virhe: Tarjotin/);
  assert.match(res.body, /class="error-summary"[^]*<a href="#tray-email-address">/);
  assert.match(res.body, /id="tray-email-address" name="address" type="email" value="ei-osoite"/);
  assert.match(res.body, /aria-invalid="true"/);
  const single = await b.submit(`/tray/email?organization=${R.helpA}`, '/tray/email', { address: '', organization: R.helpA, website: '' });
  assert.equal(single.statusCode, 400);
  assert.match(single.body, /<h1 id="tray-email-heading">Lähetä tiedot sähköpostilla<\/h1>/);
  assert.match(single.body, new RegExp(`name="organization" value="${R.helpA}"`));
});

test('e-mailing is rate-limited per address (429, Retry-After, the address kept) and the honeypot sends nothing', async () => {
  const to = 'raja.asiakas@example.org';
  for (let i = 0; i < TRAY_EMAIL_LIMITS.perAddress; i++) {
    const b = withTray(`198.51.100.${30 + i}`, [org(R.helpA)]);
    assert.equal((await b.submit('/tray', '/tray/email', { address: i % 2 ? to : to.toUpperCase() })).statusCode, 303, `mail ${i + 1}`);
  }
  const jobs = await count('job');
  const b = withTray('198.51.100.40', [org(R.helpA)]);
  const res = await b.submit('/tray', '/tray/email', { address: to });
  assert.equal(res.statusCode, 429);
  assert.ok(Number(res.headers['retry-after']) > 0);
  assert.match(res.body, /<a href="#tray-email-submit">Tietoja on lähetetty sähköpostilla liian monta kertaa/);
  assert.match(res.body, new RegExp(`value="${to}"`));
  assert.equal(await count('job'), jobs);

  const bot = withTray('198.51.100.41', [org(R.helpA)]);
  const trap = await bot.submit('/tray', '/tray/email', { address: 'botti@example.org', website: 'https://spam.example' });
  assert.equal(trap.statusCode, 303);
  assert.equal(trap.headers.location, '/tray/email/sent');
  assert.equal(await count('job'), jobs, 'nothing queued');
});

test('e-mailing is rate-limited per IP too', async () => {
  const ip = '198.51.100.50';
  for (let i = 0; i < TRAY_EMAIL_LIMITS.perIp; i++) {
    const b = withTray(ip, [org(R.helpA)]);
    assert.equal((await b.submit('/tray', '/tray/email', { address: `ip${i}@example.org` })).statusCode, 303, `mail ${i + 1}`);
  }
  const b = withTray(ip, [org(R.helpA)]);
  assert.equal((await b.submit('/tray', '/tray/email', { address: 'ip-last@example.org' })).statusCode, 429);
});

test('the printout: names, contact details and page addresses, no forms; one card’s printout too', async () => {
  const b = withTray('198.51.100.25', [org(R.helpA), act(R.groupB)]);
  const res = await b.get('/tray/print');
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /<h1>Järjestöjen yhteystiedot<\/h1>/);
  assert.ok(res.body.includes(A.phone));
  assert.ok(res.body.includes(`Lisätietoja: http://localhost:3000/organisations/${R.helpA}`));
  assert.ok(res.body.includes(`Lisätietoja: http://localhost:3000/activities/${R.groupB}`));
  assert.doesNotMatch(res.body, /<form method="post"/, 'nothing to send on paper');
  assert.match(res.body, /<button type="button" data-print hidden>Tulosta<\/button>/);
  assert.match(res.body, /<link rel="stylesheet" href="\/static\/print.css" media="print"\/>/);
  const one = await new TestBrowser(service.app, '198.51.100.26').get(`/tray/print?organization=${R.helpA}`);
  assert.match(one.body, /<h1>Yhteystiedot<\/h1>/);
  assert.match(one.body, /Apuyhdistys A ry/);
  assert.doesNotMatch(one.body, /Vertaisryhmä B/);
  assert.match(one.body, new RegExp(`<a href="/organisations/${R.helpA}">Takaisin sivulle</a>`));
  const css = await b.get('/static/print.css');
  assert.match(css.body, /\.site-header, \.main-nav[^{]*\.no-print, form \{ display: none !important; \}/, 'print hides navigation, forms and buttons');
});

test('the header count is on every kind of page, also error pages', async () => {
  const b = withTray('198.51.100.27', [org(R.helpA), org(R.helpB)]);
  for (const url of ['/', '/organisations', `/organisations/${R.helpA}`, '/privacy', '/sign-in', '/en/tray', '/sv/organisations']) {
    const res = await b.get(url);
    assert.equal(res.statusCode, 200, url);
    assert.match(headerLink(res.body), /^(Tarjotin|Tray|Brickan) \(2\)$/, url);
  }
  const missing = await b.get('/no-such-page');
  assert.equal(missing.statusCode, 404);
  assert.equal(headerLink(missing.body), 'Tarjotin (2)');
  const gone = await b.get(`/organisations/${R.archived}`);
  assert.equal(gone.statusCode, 404);
  assert.equal(headerLink(gone.body), 'Tarjotin (2)');
});

test('on an https BASE_URL the cookie is __Host-tarjotin_tray and Secure', async () => {
  const config = loadConfig({ LOG_LEVEL: 'warn', DEMO_DATA: 'off', BASE_URL: 'https://tarjotin.example', DATA_KEYS: TEST_DATA_KEYS });
  const secure = await createService(config, service.database);
  try {
    const b = new TestBrowser(secure.app, '198.51.100.60');
    const card = await b.get(`/organisations/${R.helpA}`);
    const res = await b.post('/tray/add', { organization: R.helpA, return: '/' }, card.body);
    assert.equal(res.statusCode, 303);
    const cookie = (res.cookies as { name: string; secure?: boolean; httpOnly?: boolean; sameSite?: string }[]).find((c) => c.name.endsWith('tarjotin_tray'));
    assert.equal(cookie?.name, '__Host-tarjotin_tray');
    assert.equal(cookie?.secure, true);
    assert.equal(cookie?.httpOnly, true);
    assert.equal(cookie?.sameSite, 'Lax');
    assert.equal(headerLink((await b.get('/')).body), 'Tarjotin (1)');
  } finally {
    await secure.app.close();
  }
});
