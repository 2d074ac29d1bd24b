import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestService } from '../../../tests/support/test-app.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import { buildMatrixWorld, sessionCookie, type MatrixWorld, type Role } from '../../../tests/security/access-matrix.fixture.js';
import type { Service } from '../../boot.js';
import { addRole, ensureUser, insertSession } from '../../platform/auth/auth.repo.js';
import { hashSecret, newSecret } from '../../platform/auth/auth-tokens.js';
import type { Database } from '../../platform/db/database.js';
import { stableId } from '../../platform/ids.js';
import { createWorker } from '../../platform/jobs/worker.js';
import { listOutboxRows, findOutboxMessage } from '../../platform/mail/mail.repo.js';
import { createSendMailHandler } from '../../platform/mail/send-mail.job.js';
import { addTestNews } from '../news/news.fixture.js';
import { eraseExpiredSubscriptions } from './erase-expired-subscriptions.js';
import { newsletterConfirmMail } from './newsletter-confirm.mail.js';
import { newsletterIssueMail } from './newsletter-issue.mail.js';
import { addConfirmedSubscriber } from './newsletter.fixture.js';
import { SUBSCRIBE_LIMITS } from './newsletter.types.js';
import { createNewsletterBatchHandler, newsletterPrepareHandler } from './send-issue.job.js';

/**
 * The newsletter on PGlite and (with TEST_DATABASE_URL) PostgreSQL: "Tilaa uutiskirje" on the portal, double opt-in,
 * no enumeration, addresses only encrypted, unsubscribe (GET changes nothing, one-click POST without CSRF), erasure;
 * the administrators' compose → preview → test → send, once; who may (region X = Pohjois-Savo; Kanta-Häme's
 * administrator and a maintainer may not).
 */

let service: Service;
let db: Database;
let world: MatrixWorld;
let kantaHameCookie: string;

before(async () => {
  service = await createTestService();
  db = service.database.db;
  world = await buildMatrixWorld(service);
  await db.insertInto('region').values({ id: 'kanta-hame', name_fi: 'Kanta-Häme', name_sv: 'Egentliga Tavastland', name_en: 'Kanta-Häme' }).onConflict((oc) => oc.doNothing()).execute();
  const user = await ensureUser(db, { id: stableId('newsletter-test', 'kh'), email: 'uutiskirje.kh@example.org', lang: 'fi' });
  await addRole(db, { userId: user.id, role: 'regional_admin', scopeId: 'kanta-hame' });
  const secret = newSecret();
  await insertSession(db, { id: hashSecret(secret), userId: user.id, hours: 1 });
  kantaHameCookie = secret;
});
after(async () => {
  await service?.close();
});

async function as(role: Role | 'kantaHame', ip = '198.51.100.60'): Promise<TestBrowser> {
  const b = new TestBrowser(service.app, ip);
  if (role === 'kantaHame') b.cookies.set('tarjotin_session', kantaHameCookie);
  else {
    const cookie = await sessionCookie(service, world, role);
    if (cookie) {
      const [name, value] = cookie.split('=') as [string, string];
      b.cookies.set(name, value);
    }
  }
  return b;
}

type MailJob = { id: string; raw: string; payload: { to?: string; toSealed?: string; lang: string; template: string; params: Record<string, unknown> } };
async function mailJobs(template: string): Promise<MailJob[]> {
  const rows = await db.selectFrom('job').select(['id', 'payload']).where('name', '=', 'send-mail').orderBy('created_at').execute();
  return rows
    .map((r) => ({ id: r.id, raw: JSON.stringify(r.payload), payload: (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as MailJob['payload'] }))
    .filter((m) => m.payload.template === template);
}

const ADDRESS = 'Asukas.Uutiskirje@Example.org';

test('"Tilaa uutiskirje" is on each portal front page (fi / sv / en), not on other pages', async () => {
  const b = await as('anonymous');
  const fi = await b.get('/regions/pohjois-savo');
  assert.equal(fi.statusCode, 200);
  assert.match(fi.body, /<aside class="wrap page-aside" aria-labelledby="newsletter-aside-title">/);
  assert.match(fi.body, /<h2 id="newsletter-aside-title">Tilaa uutiskirje<\/h2>/);
  assert.match(fi.body, /<form method="post" action="\/regions\/pohjois-savo\/newsletter"/);
  assert.match((await b.get('/sv/regions/pohjois-savo')).body, /Prenumerera på nyhetsbrevet/);
  assert.match((await b.get('/en/regions/pohjois-savo')).body, /action="\/en\/regions\/pohjois-savo\/newsletter"/);
  assert.doesNotMatch((await b.get('/regions/pohjois-savo/municipalities')).body, /newsletter-aside-title/);
  assert.doesNotMatch((await b.get('/')).body, /newsletter-aside-title/);
  const missing = await b.get('/regions/ei-ole');
  assert.equal(missing.statusCode, 404);
  assert.doesNotMatch(missing.body, /newsletter-aside-title/);
});

test('on a host of REGION_HOSTS the portal at / carries the form too', async () => {
  const hosted = await createTestService({ env: { REGION_HOSTS: 'uutiset.example.org=pohjois-savo' } });
  try {
    const res = await hosted.app.inject({ method: 'GET', url: '/', headers: { host: 'uutiset.example.org' } });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<form method="post" action="\/regions\/pohjois-savo\/newsletter"/);
    assert.doesNotMatch((await hosted.app.inject({ method: 'GET', url: '/', headers: { host: 'localhost' } })).body, /newsletter-aside-title/);
  } finally {
    await hosted.close();
  }
});

test('subscribe: errors next to the field with the input kept; the address kept only encrypted; the link mailed sealed in the page language', async () => {
  const b = await as('anonymous', '198.51.100.61');
  const page = await b.get('/sv/regions/pohjois-savo/newsletter');
  assert.equal(page.statusCode, 200);
  const bad = await b.post('/sv/regions/pohjois-savo/newsletter', { email: 'ei osoite', website: '' }, page.body);
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /value="ei osoite"/);
  assert.match(bad.body, /aria-invalid="true"/);
  assert.match(bad.body, /Skriv e-postadressen/);

  const res = await b.post('/sv/regions/pohjois-savo/newsletter', { email: ADDRESS, website: '' }, page.body);
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/sv/regions/pohjois-savo/newsletter/sent');
  assert.match((await b.get(res.headers.location as string)).body, /Kontrollera din e-post/);

  const rows = await db.selectFrom('newsletter_subscriber').selectAll().execute();
  assert.equal(rows.length, 1);
  const row = rows[0]!;
  assert.equal(row.region_id, 'pohjois-savo');
  assert.equal(row.lang, 'sv');
  assert.equal(row.confirmed_at, null);
  assert.ok(row.expires_at && row.expires_at.getTime() > Date.now() + 6 * 86_400_000);
  assert.ok(!JSON.stringify(row).toLowerCase().includes('asukas.uutiskirje'), 'no clear address in the row');
  assert.equal(service.app.deps.cipher.decrypt(row.email_enc, 'newsletter.email'), 'asukas.uutiskirje@example.org');

  const mails = await mailJobs('newsletter-confirm');
  assert.equal(mails.length, 1);
  assert.equal(mails[0]!.payload.lang, 'sv');
  assert.equal(mails[0]!.payload.to, undefined);
  assert.ok(!mails[0]!.raw.toLowerCase().includes('asukas.uutiskirje'), 'the job holds the address sealed');
  const token = mails[0]!.payload.params.token as string;
  assert.equal(row.confirm_token_hash, hashSecret(token), 'only the hash of the link is stored');
});

test('no enumeration: the same answer for an address already waiting or subscribed, and no new mail flood', async () => {
  const b = await as('anonymous', '198.51.100.62');
  const page = await b.get('/regions/pohjois-savo/newsletter');
  const again = await b.post('/regions/pohjois-savo/newsletter', { email: ADDRESS.toLowerCase(), website: '' }, page.body);
  assert.equal(again.statusCode, 303);
  assert.equal(again.headers.location, '/regions/pohjois-savo/newsletter/sent');
  assert.equal((await mailJobs('newsletter-confirm')).length, 1, 'a repeat within minutes sends nothing new');
  await addConfirmedSubscriber(db, service.app.deps.cipher, { regionId: 'pohjois-savo', email: 'jo.tilaaja@example.org' });
  const confirmed = await b.post('/regions/pohjois-savo/newsletter', { email: 'jo.tilaaja@example.org', website: '' }, page.body);
  assert.equal(confirmed.statusCode, 303);
  assert.equal(confirmed.headers.location, again.headers.location);
  assert.equal((await mailJobs('newsletter-confirm')).length, 1);
  // The honeypot: answered like a success, nothing kept.
  const bot = await b.post('/regions/pohjois-savo/newsletter', { email: 'botti@example.org', website: 'http://spam.example' }, page.body);
  assert.equal(bot.statusCode, 303);
  assert.equal(await db.selectFrom('newsletter_subscriber').select('id').where('email_hash', '=', service.app.deps.cipher.lookupHash('botti@example.org')).executeTakeFirst(), undefined);
});

test('confirm: the GET page changes nothing; the POST confirms once; a used, wrong or expired link is gone (410)', async () => {
  const b = await as('anonymous', '198.51.100.63');
  const token = (await mailJobs('newsletter-confirm'))[0]!.payload.params.token as string;
  const page = await b.get(`/sv/newsletter/confirm/${token}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Bekräfta prenumerationen/);
  const hash = service.app.deps.cipher.lookupHash(ADDRESS.toLowerCase());
  assert.equal((await db.selectFrom('newsletter_subscriber').select('confirmed_at').where('email_hash', '=', hash).executeTakeFirstOrThrow()).confirmed_at, null);
  const res = await b.post(`/sv/newsletter/confirm/${token}`, {}, page.body);
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/sv/newsletter/confirmed?region=pohjois-savo');
  assert.match((await b.get(res.headers.location as string)).body, /Prenumerationen är bekräftad/);
  const row = await db.selectFrom('newsletter_subscriber').selectAll().where('email_hash', '=', hash).executeTakeFirstOrThrow();
  assert.ok(row.confirmed_at instanceof Date);
  assert.equal(row.confirm_token_hash, null);
  assert.equal(row.expires_at, null);
  assert.equal((await b.post(`/newsletter/confirm/${token}`, {}, page.body)).statusCode, 410);
  assert.equal((await b.get(`/newsletter/confirm/${token}`)).statusCode, 410);
  assert.equal((await b.get('/newsletter/confirm/ei-kelpaa')).statusCode, 410);
});

test('unconfirmed subscriptions expire: the link stops working and the nightly job erases the address', async () => {
  const b = await as('anonymous', '198.51.100.64');
  const page = await b.get('/regions/pohjois-savo/newsletter');
  await b.post('/regions/pohjois-savo/newsletter', { email: 'unohtaja@example.org', website: '' }, page.body);
  const token = (await mailJobs('newsletter-confirm')).at(-1)!.payload.params.token as string;
  const hash = service.app.deps.cipher.lookupHash('unohtaja@example.org');
  await db.updateTable('newsletter_subscriber').set({ expires_at: new Date(Date.now() - 1000) }).where('email_hash', '=', hash).execute();
  assert.equal((await b.get(`/newsletter/confirm/${token}`)).statusCode, 410);
  assert.equal(await eraseExpiredSubscriptions({ db, now: new Date() }), 1);
  assert.equal(await db.selectFrom('newsletter_subscriber').select('id').where('email_hash', '=', hash).executeTakeFirst(), undefined);
  assert.ok((await db.selectFrom('newsletter_subscriber').select('id').where('confirmed_at', 'is not', null).execute()).length >= 2, 'confirmed ones stay');
});

test('unsubscribe: GET shows a button and changes nothing; a one-click POST without CSRF (form or multipart) deletes the address', async () => {
  const cipher = service.app.deps.cipher;
  const one = await addConfirmedSubscriber(db, cipher, { regionId: 'pohjois-savo', email: 'lahtija.yksi@example.org' });
  const two = await addConfirmedSubscriber(db, cipher, { regionId: 'pohjois-savo', email: 'lahtija.kaksi@example.org' });
  const b = await as('anonymous', '198.51.100.65');
  const page = await b.get(`/en/newsletter/unsubscribe/${one.unsubscribeToken}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<button type="submit">Unsubscribe<\/button>/);
  assert.ok(await db.selectFrom('newsletter_subscriber').select('id').where('id', '=', one.id).executeTakeFirst(), 'a GET (a mail scanner) unsubscribes nobody');

  const res = await service.app.inject({ method: 'POST', url: `/newsletter/unsubscribe/${one.unsubscribeToken}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/newsletter/unsubscribed');
  assert.equal(await db.selectFrom('newsletter_subscriber').select('id').where('id', '=', one.id).executeTakeFirst(), undefined);
  const boundary = 'xYzZy';
  const multipart = await service.app.inject({
    method: 'POST',
    url: `/newsletter/unsubscribe/${two.unsubscribeToken}`,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
  });
  assert.equal(multipart.statusCode, 303);
  assert.equal(await db.selectFrom('newsletter_subscriber').select('id').where('id', '=', two.id).executeTakeFirst(), undefined);
  // Again (the person's own click after the mail client's): the same answer; the page says nothing is kept.
  assert.equal((await b.post(`/newsletter/unsubscribe/${one.unsubscribeToken}`, {})).statusCode, 303);
  assert.match((await b.get(`/en/newsletter/unsubscribe/${one.unsubscribeToken}`)).body, /no longer kept/);
  assert.match((await b.get('/newsletter/unsubscribed')).body, /Tilaus on peruttu/);
});

test('subscribing is rate-limited per client address (429 with the form kept)', async () => {
  const b = await as('anonymous', '198.51.100.66');
  const page = await b.get('/regions/pohjois-savo/newsletter');
  for (let i = 0; i < SUBSCRIBE_LIMITS.perIp; i++) {
    assert.equal((await b.post('/regions/pohjois-savo/newsletter', { email: `raja${i}@example.org`, website: '' }, page.body)).statusCode, 303);
  }
  const over = await b.post('/regions/pohjois-savo/newsletter', { email: 'liikaa@example.org', website: '' }, page.body);
  assert.equal(over.statusCode, 429);
  assert.ok(over.headers['retry-after']);
  assert.match(over.body, /value="liikaa@example.org"/);
});

test("access: only X's administrators and platform administrators compose; Kanta-Häme's administrator and a maintainer may not", async () => {
  const issuePaths = ['/admin/regions/pohjois-savo/newsletter', '/admin/regions/pohjois-savo/newsletter/new'];
  for (const role of ['kantaHame', 'regionalY', 'maintainerA'] as const) {
    const b = await as(role);
    for (const path of issuePaths) assert.equal((await b.get(path)).statusCode, 403, `${role} ${path}`);
    const form = await b.get('/for-organisations');
    assert.equal((await b.post('/admin/regions/pohjois-savo/newsletter', { subject: 'Ei saa', lang: 'fi' }, form.body)).statusCode, 403, role);
  }
  const anonymous = await as('anonymous');
  assert.equal((await anonymous.get('/admin/regions/pohjois-savo/newsletter')).statusCode, 303);
  assert.equal((await (await as('platform')).get('/admin/regions/pohjois-savo/newsletter')).statusCode, 200);
  const kh = await as('kantaHame');
  const own = await kh.get('/admin/regions/kanta-hame/newsletter');
  assert.equal(own.statusCode, 200);
  assert.match(own.body, /Uutiskirje: Kanta-Häme/);
});

test('compose → preview → test → send, once; the subscribers get it through the queue, each with its own unsubscribe link', async () => {
  const cipher = service.app.deps.cipher;
  const { newsId } = await addTestNews(db, { regionId: 'pohjois-savo', organizationId: world.orgA });
  const admin = await as('regionalX');
  const form = await admin.get('/admin/regions/pohjois-savo/newsletter/new');
  assert.equal(form.statusCode, 200);
  assert.match(form.body, new RegExp(`name="news" value="${newsId}"`));
  assert.match(form.body, new RegExp(`name="events" value="${world.eventA}"`));
  const missing = await admin.post('/admin/regions/pohjois-savo/newsletter', { subject: '', intro: 'Hei', lang: 'fi' }, form.body);
  assert.equal(missing.statusCode, 400);
  assert.match(missing.body, /Kirjoita uutiskirjeen otsikko/);
  assert.match(missing.body, />Hei<\/textarea>/);
  const created = await admin.post(
    '/admin/regions/pohjois-savo/newsletter',
    [
      ['lang', 'fi'],
      ['subject', 'Joulukuun uutiskirje'],
      ['intro', 'Hyvää joulua! <script>alert(1)</script> [linkki](javascript:alert(1))'],
      ['news', newsId],
      ['events', world.eventA],
    ],
    form.body,
  );
  assert.equal(created.statusCode, 303);
  const issuePath = (created.headers.location as string).replace(/\?.*$/, '');
  const issueId = issuePath.split('/').at(-1)!;
  const page = await admin.get(issuePath);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<iframe class="newsletter-preview" title="Uutiskirjeen esikatselu"/);
  assert.match(page.body, /Matriisiuutinen/, 'the text part shows the chosen news');
  assert.doesNotMatch(page.body, /jo\.tilaaja@example\.org|lahtija/, 'no subscriber address anywhere');
  const preview = await admin.get(`${issuePath}/preview`);
  assert.equal(preview.statusCode, 200);
  assert.match(preview.headers['content-security-policy'] as string, /default-src 'none'/);
  assert.doesNotMatch(preview.body, /<script|javascript:/);
  assert.match(preview.body, /Matriisiuutinen/);

  // Kanta-Häme's administrator: not through Pohjois-Savo's address (403), not through their own (404).
  const kh = await as('kantaHame');
  assert.equal((await kh.get(issuePath)).statusCode, 403);
  assert.equal((await kh.get(`/admin/regions/kanta-hame/newsletter/${issueId}`)).statusCode, 404);
  const khForm = await kh.get('/for-organisations');
  assert.equal((await kh.post(`/admin/regions/kanta-hame/newsletter/${issueId}/send`, {}, khForm.body)).statusCode, 404);
  assert.equal((await kh.post(`${issuePath}/send`, {}, khForm.body)).statusCode, 403);

  const test = await admin.post(`${issuePath}/test`, {}, page.body);
  assert.equal(test.statusCode, 303);
  const tests = (await mailJobs('newsletter-issue')).filter((m) => m.payload.to === 'matriisi.alue.x@example.org');
  assert.equal(tests.length, 1);
  assert.equal(tests[0]!.payload.params.unsubscribeToken, null);
  assert.equal((await db.selectFrom('newsletter_issue').select('status').where('id', '=', issueId).executeTakeFirstOrThrow()).status, 'draft');

  const subscribers = await db.selectFrom('newsletter_subscriber').select('id').where('region_id', '=', 'pohjois-savo').where('confirmed_at', 'is not', null).execute();
  const other = await addConfirmedSubscriber(db, cipher, { regionId: 'kanta-hame', email: 'kanta.tilaaja@example.org' });
  const sent = await admin.post(`${issuePath}/send`, {}, page.body);
  assert.equal(sent.statusCode, 303);
  const twice = await admin.post(`${issuePath}/send`, {}, page.body);
  assert.equal(twice.statusCode, 409, 'a second click cannot send it again');
  const platform = await as('platform');
  const platformPage = await platform.get(issuePath);
  assert.equal(platformPage.statusCode, 200);
  assert.doesNotMatch(platformPage.body, /\/send"/, 'no send button once sending began');
  assert.equal((await platform.post(`${issuePath}/send`, {}, platformPage.body)).statusCode, 409, 'nor a second administrator');
  const edit = await admin.get(`${issuePath}/edit`);
  assert.equal(edit.statusCode, 409);

  const worker = createWorker({
    db,
    handlers: [
      newsletterPrepareHandler,
      createNewsletterBatchHandler({ cipher }),
      createSendMailHandler({ transport: { kind: 'outbox' }, templates: [newsletterIssueMail, newsletterConfirmMail], config: service.app.deps.config, cipher }),
    ],
  });
  for (let i = 0; i < 200 && (await worker.runDue()) > 0; i++);
  const issue = await db.selectFrom('newsletter_issue').selectAll().where('id', '=', issueId).executeTakeFirstOrThrow();
  assert.equal(issue.status, 'sent');
  assert.equal(issue.recipients, subscribers.length);
  const outbox = (await listOutboxRows({ db, limit: 200 })).items.filter((m) => m.template === 'newsletter-issue' && m.subject === 'Joulukuun uutiskirje');
  assert.equal(outbox.length, subscribers.length, 'one e-mail per confirmed subscriber of the region');
  assert.ok(!outbox.some((m) => m.to === 'kanta.tilaaja@example.org'), "another region's subscriber gets nothing");
  const message = (await findOutboxMessage({ db, id: outbox.find((m) => m.to === 'jo.tilaaja@example.org')!.id }))!;
  assert.match(message.text, /Hyvää joulua!/);
  assert.match(message.text, /Matriisiuutinen/);
  assert.doesNotMatch(message.html, /<script|javascript:/);
  const link = /http:\/\/localhost:3000\/newsletter\/unsubscribe\/([A-Za-z0-9_-]{43})/.exec(message.text);
  assert.ok(link, 'the unsubscribe link is in the text');
  const res = await service.app.inject({ method: 'POST', url: `/newsletter/unsubscribe/${link[1]}`, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
  assert.equal(res.statusCode, 303);
  assert.equal(await db.selectFrom('newsletter_subscriber').select('id').where('email_hash', '=', cipher.lookupHash('jo.tilaaja@example.org')).executeTakeFirst(), undefined);
  const deliveries = await db.selectFrom('newsletter_delivery').selectAll().where('issue_id', '=', issueId).execute();
  assert.equal(deliveries.length, subscribers.length, 'the delivery stays as a count');
  assert.equal(deliveries.filter((d) => d.subscriber_id === null).length, 1);
  assert.ok(await db.selectFrom('newsletter_subscriber').select('id').where('id', '=', other.id).executeTakeFirst());

  const overview = await admin.get('/admin/regions/pohjois-savo/newsletter');
  assert.match(overview.body, /Joulukuun uutiskirje/);
  assert.match(overview.body, /Lähetetty/);

  // The region's statistics (item 8): counts only.
  const stats = await admin.get('/admin/regions/pohjois-savo/statistics');
  assert.equal(stats.statusCode, 200);
  assert.match(stats.body, new RegExp(`Vahvistettuja tilaajia nyt: ${subscribers.length - 1}\\.`));
  const thisMonth = [...stats.body.matchAll(/<tr><th scope="row">[^<]+<\/th>(?:<td>\d+<\/td>){5}<td>(\d+)<\/td><td>(\d+)<\/td><\/tr>/g)].at(-1)!;
  assert.deepEqual([Number(thisMonth[1]), Number(thisMonth[2])], [1, subscribers.length], 'one issue, an e-mail per recipient, this month');
  assert.doesNotMatch(stats.body, /@example\.org/);
  const csv = await admin.get('/admin/regions/pohjois-savo/statistics.csv');
  assert.match(csv.body, new RegExp(`;1;${subscribers.length}\\r\\n$`));
});
