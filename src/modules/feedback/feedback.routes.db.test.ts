import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestService } from '../../../tests/support/test-app.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import { buildMatrixWorld, sessionCookie, type MatrixWorld, type Role } from '../../../tests/security/access-matrix.fixture.js';
import type { Service } from '../../boot.js';
import type { Database } from '../../platform/db/database.js';
import { eraseOldFeedback } from './erase-old-feedback.js';
import { FEEDBACK_LIMITS, FEEDBACK_RETENTION_DAYS } from './feedback.types.js';

/**
 * Feedback on PGlite and (with TEST_DATABASE_URL) PostgreSQL: the portal's "Anna palautetta" below every portal page,
 * "Ilmoita virheestä" below every card and activity page, who is mailed and who may read (organisation A in Kuopio,
 * region X = Pohjois-Savo; B in Helsinki, region Y), the message kept only encrypted, limits, honeypot, erasure.
 */

let service: Service;
let db: Database;
let world: MatrixWorld;

before(async () => {
  service = await createTestService();
  db = service.database.db;
  world = await buildMatrixWorld(service);
});
after(async () => {
  await service?.close();
});

async function as(role: Role, ip = '198.51.100.40'): Promise<TestBrowser> {
  const b = new TestBrowser(service.app, ip);
  const cookie = await sessionCookie(service, world, role);
  if (cookie) {
    const [name, value] = cookie.split('=') as [string, string];
    b.cookies.set(name, value);
  }
  return b;
}

const MESSAGE = 'Sivulta puuttuu Siilinjärven vertaisryhmät – löytyisikö ne?';

/** The feedback-received e-mails queued about one message, with their addresses and the raw job payload. */
async function feedbackMails(feedbackId: string) {
  const rows = await db.selectFrom('job').select(['payload']).where('name', '=', 'send-mail').execute();
  return rows
    .map((r) => ({ raw: JSON.stringify(r.payload), payload: (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as { to?: string; template: string; params: Record<string, unknown> } }))
    .filter((m) => m.payload.template === 'feedback-received' && m.payload.params.id === feedbackId);
}

test('every page of a portal carries "Anna palautetta"; a card and an activity page "Ilmoita virheestä"; error pages neither', async () => {
  const b = await as('anonymous');
  for (const path of ['/regions/pohjois-savo', '/regions/pohjois-savo/municipalities', '/en/regions/pohjois-savo/municipalities/297']) {
    const res = await b.get(path);
    assert.equal(res.statusCode, 200, path);
    assert.match(res.body, /<aside class="wrap page-aside" aria-labelledby="feedback-aside-title">/, path);
    assert.match(res.body, /<form method="post" action="(\/en)?\/regions\/pohjois-savo\/feedback"/, path);
  }
  const card = await b.get(`/organisations/${world.orgA}`);
  assert.match(card.body, /aria-labelledby="data-error-aside-title"/);
  assert.match(card.body, new RegExp(`href="/organisations/${world.orgA}/report-error\\?back=[^"]+" rel="nofollow">Ilmoita virheestä tiedoissa</a>`));
  const activity = await b.get(`/sv/activities/${world.activityA}`);
  assert.match(activity.body, new RegExp(`href="/sv/activities/${world.activityA}/report-error\\?back=[^"]+" rel="nofollow">Anmäl ett fel i uppgifterna</a>`));
  const missing = await b.get('/regions/ei-ole-aluetta');
  assert.equal(missing.statusCode, 404);
  assert.doesNotMatch(missing.body, /page-aside/);
  assert.doesNotMatch((await b.get('/')).body, /page-aside/, 'the nationwide front page has no region');
});

test('portal feedback: kept encrypted, X\'s administrators get a link (no text), only they and platform administrators read it', async () => {
  const b = await as('anonymous', '198.51.100.41');
  const page = await b.get('/regions/pohjois-savo');
  const res = await b.post('/regions/pohjois-savo/feedback', { message: MESSAGE, replyEmail: 'Asukas.Palaute@Example.org', back: '/regions/pohjois-savo/municipalities', website: '' }, page.body);
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, `/feedback/sent?back=${encodeURIComponent('/regions/pohjois-savo/municipalities')}`);
  const thanks = await b.get(res.headers.location as string);
  assert.match(thanks.body, /Kiitos palautteesta/);
  assert.match(thanks.body, /href="\/regions\/pohjois-savo\/municipalities">Takaisin sivulle/);

  const row = await db.selectFrom('feedback').selectAll().where('region_id', '=', 'pohjois-savo').executeTakeFirstOrThrow();
  assert.equal(row.kind, 'portal');
  assert.ok(!row.message_enc.includes('Siilinjärven') && !String(row.reply_email_enc).includes('example.org'), 'stored encrypted');

  const mails = await feedbackMails(row.id);
  assert.deepEqual(mails.map((m) => m.payload.to), ['matriisi.alue.x@example.org'], "region X's administrator only");
  assert.equal(mails[0]!.payload.params.id, row.id);
  assert.ok(!mails[0]!.raw.includes('Siilinjärven') && !mails[0]!.raw.includes('asukas.palaute'), 'no message or reply address in the e-mail job');

  const readers: Record<Role, number> = { anonymous: 303, maintainerA: 404, maintainerB: 404, regionalX: 200, regionalY: 404, platform: 200 };
  for (const [role, status] of Object.entries(readers) as [Role, number][]) {
    const r = await (await as(role)).get(`/feedback/${row.id}`);
    assert.equal(r.statusCode, status, role);
    if (status === 200) {
      assert.match(r.body, /Sivulta puuttuu Siilinjärven vertaisryhmät – löytyisikö ne\?/);
      assert.match(r.body, /href="mailto:asukas\.palaute@example\.org"/);
    }
  }
  const listY = await (await as('regionalY')).get('/feedback');
  assert.doesNotMatch(listY.body, new RegExp(row.id), "Y's administrator does not see X's feedback in the list");
  assert.match((await (await as('regionalX')).get('/feedback')).body, new RegExp(`/feedback/${row.id}`));

  const y = await as('regionalY');
  const yPage = await y.get('/for-organisations');
  assert.equal((await y.post(`/feedback/${row.id}/handled`, {}, yPage.body)).statusCode, 404);
  const x = await as('regionalX');
  const detail = await x.get(`/feedback/${row.id}`);
  assert.equal((await x.post(`/feedback/${row.id}/handled`, {}, detail.body)).statusCode, 303);
  assert.match((await x.get(`/feedback/${row.id}`)).body, /Käsitelty \d/);
});

test('a data-error report goes to the organisation\'s maintainers and its region\'s administrators; B\'s cannot read it', async () => {
  const b = await as('anonymous', '198.51.100.42');
  const redirect = await b.get(`/activities/${world.activityA}/report-error?back=${encodeURIComponent(`/activities/${world.activityA}`)}`);
  assert.equal(redirect.statusCode, 303);
  const formUrl = redirect.headers.location as string;
  assert.ok(formUrl.startsWith(`/organisations/${world.orgA}/report-error?activity=${world.activityA}&back=`));
  const form = await b.get(formUrl);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /<h1>Ilmoita virheestä: Matriisiyhdistys A ry<\/h1>/);
  assert.match(form.body, /Koskee toimintaa: /);

  const res = await b.post(`/organisations/${world.orgA}/report-error?activity=${world.activityA}`, { message: 'Ryhmä kokoontuu nykyään tiistaisin.', replyEmail: '', back: `/activities/${world.activityA}` }, form.body);
  assert.equal(res.statusCode, 303);
  const row = await db.selectFrom('feedback').selectAll().where('kind', '=', 'data_error').orderBy('created_at', 'desc').executeTakeFirstOrThrow();
  assert.equal(row.organization_id, world.orgA);
  assert.equal(row.activity_id, world.activityA);
  assert.equal(row.reply_email_enc, null);
  const to = (await feedbackMails(row.id)).map((m) => m.payload.to).sort();
  assert.deepEqual(to, ['matriisi.a@example.org', 'matriisi.alue.x@example.org']);

  const readers: Record<Role, number> = { anonymous: 303, maintainerA: 200, maintainerB: 404, regionalX: 200, regionalY: 404, platform: 200 };
  for (const [role, status] of Object.entries(readers) as [Role, number][]) {
    assert.equal((await (await as(role)).get(`/feedback/${row.id}`)).statusCode, status, role);
  }
  const own = await (await as('maintainerA')).get(`/feedback/${row.id}`);
  assert.match(own.body, /Ryhmä kokoontuu nykyään tiistaisin\./);
  assert.match(own.body, /Lähettäjä ei antanut osoitetta\./);
});

test('errors are shown next to the field with everything typed kept; the honeypot keeps and sends nothing; unknown places are 404', async () => {
  const b = await as('anonymous', '198.51.100.43');
  const page = await b.get('/sv/regions/pohjois-savo');
  const bad = await b.post('/sv/regions/pohjois-savo/feedback', { message: '   ', replyEmail: 'ei-osoite', back: '/regions/pohjois-savo' }, page.body);
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /<title>[^<]*Respons: /);
  assert.match(bad.body, /id="message-error" class="field-error">\s*Skriv ett meddelande\./);
  assert.match(bad.body, /id="replyEmail-error" class="field-error">\s*Kontrollera e-postadressen/);
  assert.match(bad.body, /name="replyEmail" type="email" value="ei-osoite"/);
  const long = await b.post('/regions/pohjois-savo/feedback', { message: 'x'.repeat(2001) }, page.body);
  assert.equal(long.statusCode, 400);
  assert.match(long.body, /enintään 2 000 merkkiä/);

  const before = Number((await db.selectFrom('feedback').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const bot = await b.post('/regions/pohjois-savo/feedback', { message: 'Osta halvalla', website: 'https://roskaa.example' }, page.body);
  assert.equal(bot.statusCode, 303);
  assert.equal(Number((await db.selectFrom('feedback').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n), before);

  assert.equal((await b.post('/regions/ei-ole/feedback', { message: MESSAGE }, page.body)).statusCode, 404);
  assert.equal((await b.get('/organisations/00000000-0000-4000-8000-000000000000/report-error')).statusCode, 404);
  assert.equal((await b.get('/activities/00000000-0000-4000-8000-000000000000/report-error')).statusCode, 404);
  const offsite = await b.post('/regions/pohjois-savo/feedback', { message: MESSAGE, back: '//evil.example/x' }, page.body);
  assert.equal(offsite.headers.location, '/feedback/sent', 'a return path off the site is dropped');
});

test(`at most ${FEEDBACK_LIMITS.perIp} messages per hour from one address: then 429 with the form and its text kept`, async () => {
  const b = await as('anonymous', '198.51.100.44');
  const page = await b.get('/regions/pohjois-savo/feedback');
  for (let i = 0; i < FEEDBACK_LIMITS.perIp; i++) {
    assert.equal((await b.post('/regions/pohjois-savo/feedback', { message: `Viesti ${i}` }, page.body)).statusCode, 303);
  }
  const limited = await b.post('/regions/pohjois-savo/feedback', { message: 'Vielä yksi viesti' }, page.body);
  assert.equal(limited.statusCode, 429);
  assert.ok(Number(limited.headers['retry-after']) > 0);
  assert.match(limited.body, /Olet lähettänyt monta viestiä lyhyessä ajassa/);
  assert.match(limited.body, />Vielä yksi viesti<\/textarea>/);
  const other = await as('anonymous', '198.51.100.45');
  assert.equal((await other.post('/regions/pohjois-savo/feedback', { message: 'Toinen osoite' }, (await other.get('/regions/pohjois-savo')).body)).statusCode, 303);
});

test(`feedback is erased ${FEEDBACK_RETENTION_DAYS} days after it was sent`, async () => {
  const ids = (await db.selectFrom('feedback').select('id').execute()).map((r) => r.id);
  assert.ok(ids.length > 0);
  const old = ids[0]!;
  await db.updateTable('feedback').set({ created_at: new Date(Date.now() - (FEEDBACK_RETENTION_DAYS + 1) * 86_400_000) }).where('id', '=', old).execute();
  assert.equal(await eraseOldFeedback({ db, now: new Date() }), 1);
  assert.equal(await db.selectFrom('feedback').select('id').where('id', '=', old).executeTakeFirst(), undefined);
  assert.equal(Number((await db.selectFrom('feedback').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n), ids.length - 1);
});

test('a page with two forms (its own and the feedback form) works for someone without the CSRF cookie yet', async () => {
  const { addTestNetwork } = await import('../networks/networks.fixture.js');
  const networkId = await addTestNetwork(db, { key: 'palaute-csrf', regionId: 'pohjois-savo', coordinatorId: world.orgA, nameFi: 'Palauteverkosto' });
  const b = await as('maintainerB', '198.51.100.46'); // a session, but no CSRF secret cookie yet
  const page = await b.get(`/regions/pohjois-savo/networks/${networkId}`);
  assert.equal(page.statusCode, 200);
  const tokens = [...page.body.matchAll(/name="_csrf" value="([^"]+)"/g)].map((m) => m[1]!);
  assert.ok(tokens.length >= 2, 'the page and its feedback form each carry a token');
  assert.equal(new Set(tokens).size, 1, 'one token per response');
  const sent = await b.post('/regions/pohjois-savo/feedback', { message: 'Ensimmäinen käynti' }, page.body);
  assert.equal(sent.statusCode, 303, 'the token of the first form on the page is accepted');
});
