import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PDFDocument } from 'pdf-lib';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import { sessionCookie } from '../../../tests/security/access-matrix.fixture.js';
import { dateInput } from '../events/helsinki-time.js';
import { multipartBody, useCentresTest, signedInBrowser, testSession } from './centres.fixture.js';
import { drawPng } from './png.js';
import { sendExpiryReminders } from './send-expiry-reminders.js';

const DAY = 86_400_000;
let clock = new Date();

const fx = useCentresTest({
  service: { now: () => clock },
  centreA: { key: 'a', nameFi: 'Testin sote-keskus', maxFileMb: 2, maxPdfPages: 4 },
  centreB: { key: 'b', nameFi: 'Toinen perhekeskus' },
  andThen: async () => {
    await fx.service.database.db.insertInto('activity_municipality').values({ activity_id: fx.world.activityA, municipality_code: '297' }).execute();
  },
});

const as = async (cookie: string | null) => signedInBrowser(fx.service, cookie);

const asRole = async (role: Parameters<typeof sessionCookie>[2]) => as(await sessionCookie(fx.service, fx.world, role));
const asUser = async (userId: string) => as(await testSession(fx.service.database.db, userId));

/** Posts the material form as multipart with the CSRF token of the form page. */
async function sendMaterialForm(browser: TestBrowser, fields: [string, string][], file?: { fileName: string; type: string; bytes: Buffer }) {
  const page = await browser.get('/my/materials/new');
  assert.equal(page.statusCode, 200);
  const body = multipartBody([['_csrf', TestBrowser.csrf(page.body)], ...fields], file ? { name: 'file', ...file } : undefined);
  return fx.service.app.inject({
    method: 'POST',
    url: '/my/materials',
    headers: { cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '), 'content-type': body.contentType },
    payload: body.payload,
  });
}

function slideFields(overrides: Record<string, string> = {}, centres = [fx.centreA]): [string, string][] {
  const base: Record<string, string> = {
    organization: fx.world.orgA,
    kind: 'slide',
    title: 'Vertaisryhmä alkaa',
    lang: 'fi',
    activity: fx.world.activityA,
    validFrom: dateInput(clock),
    validUntil: dateInput(new Date(clock.getTime() + 20 * DAY)),
    altText: 'Vertaisryhmä alkaa tiistaisin kello 17.',
    ...overrides,
  };
  return [
    ...Object.entries(base),
    ...centres.map((c): [string, string] => ['centres', c]),
    ['checklist', 'plainLanguage'],
    ['checklist', 'altText'],
    ['checklist', 'contactDetails'],
    ['checklist', 'generalInterest'],
  ];
}

async function pdfOf(pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]);
  return Buffer.from(await doc.save());
}

test('a regional administrator adds a centre in their region and appoints a liaison; another region’s administrator cannot', async () => {
  const x = await asRole('regionalX');
  const fields = { nameFi: 'Puijon perhekeskus', kind: 'perhekeskus', municipality: '297', offers: 'infoScreens', screenWidth: '1920', screenHeight: '1080' };
  const outside = await x.submit('/admin/centres/new', '/admin/centres', { ...fields, municipality: '091' });
  assert.equal(outside.statusCode, 400);
  assert.match(outside.body, /Valitse kunta alueeltasi/);
  assert.match(outside.body, /value="Puijon perhekeskus"/, 'what was typed is kept');
  const noScreen = await x.submit('/admin/centres/new', '/admin/centres', { ...fields, screenWidth: '' });
  assert.equal(noScreen.statusCode, 400);
  assert.match(noScreen.body, /id="screenWidth-error"/);
  const created = await x.submit('/admin/centres/new', '/admin/centres', fields);
  assert.equal(created.statusCode, 303);
  const id = /\/admin\/centres\/([0-9a-f-]{36})\/edit/.exec(created.headers.location as string)![1]!;

  const y = await asRole('regionalY');
  assert.equal((await y.get(`/admin/centres/${id}/edit`)).statusCode, 403);
  const maintainer = await asRole('maintainerA');
  assert.equal((await maintainer.get(`/admin/centres/${id}/edit`)).statusCode, 403);

  const appointed = await x.submit(`/admin/centres/${id}/edit`, `/admin/centres/${id}/liaisons`, { email: 'Uusi.Yhdyshenkilo@example.org' });
  assert.equal(appointed.statusCode, 303);
  const db = fx.service.database.db;
  const role = await db.selectFrom('user_role').innerJoin('app_user', 'app_user.id', 'user_role.user_id').select(['app_user.email', 'user_role.scope_id']).where('user_role.role', '=', 'liaison').where('user_role.scope_id', '=', id).execute();
  assert.deepEqual(role, [{ email: 'uusi.yhdyshenkilo@example.org', scope_id: id }]);
  const mails = await db.selectFrom('job').select('payload').where('name', '=', 'send-mail').execute();
  assert.ok(mails.some((m) => (m.payload as { template: string; to: string }).template === 'liaison-invitation' && (m.payload as { to: string }).to === 'uusi.yhdyshenkilo@example.org'));
  const bad = await x.submit(`/admin/centres/${id}/edit`, `/admin/centres/${id}/liaisons`, { email: 'ei-osoite' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /id="email-error"/);

  // Y's administrator cannot appoint a liaison of X's centre.
  const form = await x.get(`/admin/centres/${id}/edit`);
  const refused = await y.post(`/admin/centres/${id}/liaisons`, { email: 'toinen@example.org' }, (await y.get('/for-organisations')).body);
  assert.equal(refused.statusCode, 403);
  assert.equal(form.statusCode, 200);
});

test('the public list filters by region and municipality; a centre’s page lists its NGO activities and coming events', async () => {
  const anon = await as(null);
  const all = await anon.get('/centres');
  assert.equal(all.statusCode, 200);
  assert.match(all.body, /Testin sote-keskus/);
  assert.match((await anon.get('/centres?region=pohjois-savo&municipality=297')).body, /Testin sote-keskus/);
  assert.doesNotMatch((await anon.get('/centres?municipality=091')).body, /Testin sote-keskus/);
  assert.doesNotMatch((await anon.get('/centres?region=matriisi-y')).body, /Testin sote-keskus/);
  assert.equal((await anon.get('/centres?region=%3Cx%3E&municipality=abc')).statusCode, 200);
  const page = await anon.get(`/centres/${fx.centreA}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Matriisiyhdistys A ry: vertaisryhmä/);
  assert.match(page.body, /Matriisitapahtuma/);
  assert.equal((await anon.get('/centres/00000000-0000-4000-8000-000000000000')).statusCode, 404);
  assert.equal((await anon.get('/centres/not-an-id')).statusCode, 404);
});

test('bad files are refused next to the file field with everything else kept: wrong type renamed, too large, wrong aspect ratio, too many pages', async () => {
  const a = await asRole('maintainerA');
  const renamed = await sendMaterialForm(a, slideFields({ title: 'Nimetty uudelleen' }), { fileName: 'juliste.png', type: 'image/png', bytes: Buffer.from('tämä on tekstiä eikä kuva\n'.repeat(20)) });
  assert.equal(renamed.statusCode, 400);
  assert.match(renamed.body, /id="file-error"[^>]*>Infotaulun ilmoituksen on oltava PNG- tai JPEG-kuva/);
  assert.match(renamed.body, /value="Nimetty uudelleen"/);
  assert.match(renamed.body, /Vertaisryhmä alkaa tiistaisin kello 17\./);

  const large = Buffer.concat([drawPng(960, 540, [0, 90, 60]), Buffer.alloc(2 * 1024 * 1024 + 10)]);
  const tooLarge = await sendMaterialForm(a, slideFields(), { fileName: 'iso.png', type: 'image/png', bytes: large });
  assert.equal(tooLarge.statusCode, 400);
  assert.match(tooLarge.body, /id="file-error"[^>]*>Tiedosto on liian suuri/);

  const huge = await sendMaterialForm(a, slideFields(), { fileName: 'valtava.png', type: 'image/png', bytes: Buffer.alloc(11 * 1024 * 1024, 1) });
  assert.equal(huge.statusCode, 400, 'past the parser’s limit: still a message next to the field, not a bare 413');
  assert.match(huge.body, /id="file-error"[^>]*>Tiedosto on liian suuri/);

  const square = await sendMaterialForm(a, slideFields(), { fileName: 'nelio.png', type: 'image/png', bytes: drawPng(800, 600, [0, 90, 60]) });
  assert.equal(square.statusCode, 400);
  assert.match(square.body, /id="file-error"[^>]*>Kuvan mittasuhde ei vastaa/);

  const pages = await sendMaterialForm(a, slideFields({ kind: 'brochure', title: 'Pitkä esite' }), { fileName: 'esite.pdf', type: 'application/pdf', bytes: await pdfOf(6) });
  assert.equal(pages.statusCode, 400);
  assert.match(pages.body, /id="file-error"[^>]*>PDF-tiedostossa on enemmän sivuja/);

  const pngAsBrochure = await sendMaterialForm(a, slideFields({ kind: 'brochure' }), { fileName: 'esite.pdf', type: 'application/pdf', bytes: drawPng(100, 100, [1, 2, 3]) });
  assert.equal(pngAsBrochure.statusCode, 400);
  assert.match(pngAsBrochure.body, /Esitteen on oltava PDF-tiedosto/);

  const noFile = await sendMaterialForm(a, slideFields());
  assert.equal(noFile.statusCode, 400);
  assert.match(noFile.body, /Valitse lähetettävä tiedosto/);

  const unchecked = await sendMaterialForm(
    a,
    slideFields().filter(([k, v]) => !(k === 'checklist' && v === 'generalInterest')),
    { fileName: 'ok.png', type: 'image/png', bytes: drawPng(960, 540, [0, 90, 60]) },
  );
  assert.equal(unchecked.statusCode, 400);
  assert.match(unchecked.body, /Vahvista kaikki tarkistuslistan kohdat/);

  // B's maintainer cannot send for A.
  const b = await asRole('maintainerB');
  const forA = await sendMaterialForm(b, slideFields(), { fileName: 'ok.png', type: 'image/png', bytes: drawPng(960, 540, [0, 90, 60]) });
  assert.equal(forA.statusCode, 404);
  assert.equal(await fx.service.database.db.selectFrom('centre_material').select('id').executeTakeFirst(), undefined, 'nothing was stored');
});

test('a slide goes NGO → liaison → kiosk, leaves every list after its validity, and the sender is reminded once', async () => {
  const db = fx.service.database.db;
  const a = await asRole('maintainerA');
  const sent = await sendMaterialForm(a, slideFields({ title: 'Syksyn vertaisryhmä' }, [fx.centreA, fx.centreB]), { fileName: 'Syksyn ryhmä.PNG', type: 'image/png', bytes: drawPng(960, 540, [0, 90, 60], [255, 255, 255]) });
  assert.equal(sent.statusCode, 303, sent.body);
  const material = await db.selectFrom('centre_material').select(['id', 'file_name', 'content_type', 'width', 'height']).where('title', '=', 'Syksyn vertaisryhmä').executeTakeFirstOrThrow();
  assert.deepEqual({ ...material, id: undefined }, { id: undefined, file_name: 'Syksyn-ryhma.png', content_type: 'image/png', width: 960, height: 540 });

  // The sender's organisation sees it; another NGO does not, and cannot read the file while it is pending.
  assert.match((await a.get('/my/materials')).body, /Syksyn vertaisryhmä/);
  const b = await asRole('maintainerB');
  assert.doesNotMatch((await b.get('/my/materials')).body, /Syksyn vertaisryhmä/);
  assert.equal((await b.get(`/materials/${material.id}/file`)).statusCode, 404);
  assert.equal((await (await as(null)).get(`/materials/${material.id}/file`)).statusCode, 404);
  assert.equal((await a.get(`/materials/${material.id}/file`)).statusCode, 200);

  // A liaison of centre B cannot decide for centre A (403), nor open A's desk.
  const lb = await asUser(fx.liaisonB);
  assert.equal((await lb.get(`/centres/${fx.centreA}/desk`)).statusCode, 403);
  const refused = await lb.post(`/centres/${fx.centreA}/materials/${material.id}/decision`, { decision: 'approve' }, (await lb.get(`/centres/${fx.centreB}/desk`)).body);
  assert.equal(refused.statusCode, 403);

  // A's liaison: returning needs a message; approving works once.
  const la = await asUser(fx.liaisonA);
  const desk = await la.get(`/centres/${fx.centreA}/desk`);
  assert.match(desk.body, /Syksyn vertaisryhmä/);
  const noMessage = await la.post(`/centres/${fx.centreA}/materials/${material.id}/decision`, { decision: 'return', material: material.id }, desk.body);
  assert.equal(noMessage.statusCode, 400);
  assert.match(noMessage.body, /Kirjoita lähettäjälle, mitä aineistossa pitää korjata/);
  const withoutCsrf = await la.post(`/centres/${fx.centreA}/materials/${material.id}/decision`, { decision: 'approve' });
  assert.equal(withoutCsrf.statusCode, 403, 'no CSRF token, no decision (the access matrix has no liaison to try it)');
  const approved = await la.post(`/centres/${fx.centreA}/materials/${material.id}/decision`, { decision: 'approve' }, desk.body);
  assert.equal(approved.statusCode, 303);
  assert.equal((await la.post(`/centres/${fx.centreA}/materials/${material.id}/decision`, { decision: 'approve' }, desk.body)).statusCode, 409);

  // The kiosk of centre A shows it; B's kiosk (not approved there) does not.
  const renewed = await la.post(`/centres/${fx.centreA}/kiosk`, {}, desk.body);
  assert.equal(renewed.statusCode, 200);
  const token = /\/kiosk\/([A-Za-z0-9_-]{20,100})/.exec(renewed.body)![1]!;
  const stored = await db.selectFrom('centre_screen').select('kiosk_token_hash').where('centre_id', '=', fx.centreA).executeTakeFirstOrThrow();
  assert.notEqual(stored.kiosk_token_hash, token, 'only the hash is stored');
  const lbDesk = await lb.get(`/centres/${fx.centreB}/desk`);
  const tokenB = /\/kiosk\/([A-Za-z0-9_-]{20,100})/.exec((await lb.post(`/centres/${fx.centreB}/kiosk`, {}, lbDesk.body)).body)![1]!;

  const screen = await as(null);
  const kiosk = await screen.get(`/kiosk/${token}`);
  assert.equal(kiosk.statusCode, 200);
  assert.match(kiosk.body, new RegExp(`src="/kiosk/${token}/slides/${material.id}"`));
  assert.match(kiosk.body, /alt="Vertaisryhmä alkaa tiistaisin kello 17\."/);
  assert.equal(kiosk.headers['referrer-policy'], 'no-referrer');
  const content = await screen.get(`/kiosk/${token}/content`);
  assert.deepEqual(JSON.parse(content.body).slides.map((s: { id: string }) => s.id), [material.id]);
  const image = await screen.get(`/kiosk/${token}/slides/${material.id}`);
  assert.equal(image.statusCode, 200);
  assert.equal(image.headers['content-type'], 'image/png');
  assert.equal(image.headers['x-content-type-options'], 'nosniff');
  assert.match(String(image.headers['content-disposition']), /^inline/);
  assert.deepEqual(JSON.parse((await screen.get(`/kiosk/${tokenB}/content`)).body).slides, []);
  assert.equal((await screen.get(`/kiosk/${tokenB}/slides/${material.id}`)).statusCode, 404, 'B’s screen cannot show A’s slide');
  assert.equal((await screen.get('/kiosk/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/content')).statusCode, 404);
  // Approved and valid: the file is public, the print view lists it.
  const file = await screen.get(`/materials/${material.id}/file`);
  assert.equal(file.statusCode, 200);
  assert.equal(file.headers['x-content-type-options'], 'nosniff');
  assert.match(String(file.headers['content-disposition']), /filename="Syksyn-ryhma\.png"/);
  assert.match((await screen.get(`/centres/${fx.centreA}/print`)).body, /Syksyn vertaisryhmä/);

  // Reminder: not yet a month before the end; within two weeks once, never twice.
  assert.equal(await sendExpiryReminders({ db, now: clock }), 0);
  assert.equal(await sendExpiryReminders({ db, now: new Date(clock.getTime() + 8 * DAY) }), 1);
  assert.equal(await sendExpiryReminders({ db, now: new Date(clock.getTime() + 9 * DAY) }), 0);
  const reminders = await db.selectFrom('job').select('payload').where('name', '=', 'send-mail').execute();
  assert.equal(reminders.filter((m) => (m.payload as { template: string }).template === 'centre-material-expiry').length, 1);

  // After the validity ends (the test clock moves), it is gone from the screen, the print view and the file route.
  const saved = clock;
  clock = new Date(saved.getTime() + 21 * DAY);
  try {
    assert.deepEqual(JSON.parse((await screen.get(`/kiosk/${token}/content`)).body).slides, []);
    assert.equal((await screen.get(`/kiosk/${token}/slides/${material.id}`)).statusCode, 404);
    assert.doesNotMatch((await screen.get(`/centres/${fx.centreA}/print`)).body, /Syksyn vertaisryhmä/);
    assert.doesNotMatch((await la.get(`/centres/${fx.centreA}/desk`)).body, /Syksyn vertaisryhmä/);
    assert.equal((await screen.get(`/materials/${material.id}/file`)).statusCode, 404);
  } finally {
    clock = saved;
  }

  // A brochure to both centres at once: one pending decision at each, each liaison deciding for their own centre only.
  const brochure = await sendMaterialForm(a, slideFields({ kind: 'brochure', title: 'Ryhmäesite', altText: '' }, [fx.centreA, fx.centreB]), { fileName: 'esite.pdf', type: 'application/pdf', bytes: await pdfOf(2) });
  assert.equal(brochure.statusCode, 303, brochure.body);
  const targets = await db
    .selectFrom('centre_material as m')
    .innerJoin('centre_material_target as t', 't.material_id', 'm.id')
    .select(['t.centre_id', 't.status', 'm.page_count', 'm.content_type'])
    .where('m.title', '=', 'Ryhmäesite')
    .orderBy('t.centre_id')
    .execute();
  assert.deepEqual(targets.map((t) => [t.centre_id, t.status, t.page_count, t.content_type]).sort(), [[fx.centreA, 'pending', 2, 'application/pdf'], [fx.centreB, 'pending', 2, 'application/pdf']].sort());

  // A renewed token: the old address stops working at once.
  const again = await la.post(`/centres/${fx.centreA}/kiosk`, {}, desk.body);
  assert.equal(again.statusCode, 200);
  assert.equal((await screen.get(`/kiosk/${token}`)).statusCode, 404);
});
