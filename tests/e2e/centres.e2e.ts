/**
 * Care centres in Chromium, axe on every page visited: Pohjois-Savo's regional administrator appoints a liaison of
 * the demo's Kuopio centre; the demo maintainer sends an info-screen slide (a wrong aspect ratio refused next to the
 * file field first, the rest kept) and a brochure to both demo centres (a renamed image and a file over the centres'
 * size refused first); the new liaison approves the slide and makes the kiosk address; the kiosk shows the
 * slide and the notice board's print view lists it; after its validity ends (the test clock moves) the kiosk no
 * longer shows it.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, expectPageStructure, startE2E, tabUntil, type E2E } from './support.js';
import { stableId } from '../../src/platform/ids.js';
import { dateInput } from '../../src/modules/events/helsinki-time.js';
import { drawPng } from '../../src/modules/centres/png.js';
import { PDFDocument } from 'pdf-lib';

const DAY = 86_400_000;
let clock = new Date();
let e2e: E2E;
before(async () => {
  e2e = await startE2E({ now: () => clock });
});
after(async () => {
  await e2e?.close();
});

async function checked(page: Page, label: string) {
  await expectPageStructure(page, label);
  await expectNoAxeViolations(page, label);
}

const TITLE = 'Kevään vertaisryhmä alkaa';
const ALT = 'Kevään vertaisryhmä alkaa maanantaina kello 17 Kallaveden sote-keskuksen ryhmähuoneessa.';
const LIAISON = 'uusi.yhdyshenkilo@demo.tarjotin.invalid';
const BROCHURE = 'Olohuone-illan esite';

async function pdfOf(pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]).drawText(`Sivu ${i + 1}`, { x: 50, y: 780 });
  return Buffer.from(await doc.save());
}

test('a liaison is appointed, an NGO sends a slide and a brochure to two centres (bad files refused), the liaison approves the slide, the kiosk shows it until its validity ends', async () => {
  // 1. The regional administrator appoints a liaison of the Kuopio centre.
  const admin = await e2e.signedInAs(stableId('demo-user', 'regional-admin:pohjois-savo'));
  await admin.goto('/admin/centres');
  await checked(admin, 'centres administration');
  await Promise.all([admin.waitForURL(/\/edit$/), admin.getByRole('link', { name: 'Muokkaa: Kallaveden sote-keskus' }).click()]);
  await checked(admin, 'centre form');
  await admin.getByLabel('Uuden yhdyshenkilön sähköpostiosoite').fill(LIAISON);
  await Promise.all([admin.waitForURL(/done=appointed/), admin.getByRole('button', { name: 'Nimeä yhdyshenkilö' }).click()]);
  await admin.getByRole('status').getByText('Yhdyshenkilö nimettiin').waitFor();
  await admin.getByText(LIAISON).waitFor();
  await checked(admin, 'centre form after the appointment');

  // 2. The demo maintainer sends a slide; a 4:3 image is refused next to the file field with the rest kept.
  const maintainer = await e2e.signedInAs(stableId('demo-user', 'yhdistys'));
  await maintainer.goto('/my/materials');
  await checked(maintainer, 'my material');
  await Promise.all([maintainer.waitForURL(/\/my\/materials\/new$/), maintainer.getByRole('link', { name: 'Lähetä aineisto keskuksiin' }).first().click()]);
  await checked(maintainer, 'material form');
  const fill = async () => {
    const organization = maintainer.locator('select#organization');
    if ((await organization.inputValue()) === '') await organization.selectOption({ index: 1 });
    await maintainer.getByLabel('Infotaulun ilmoitus (kuva)').check();
    await maintainer.getByLabel('Otsikko').fill(TITLE);
    await maintainer.getByLabel(/^Kallaveden sote-keskus/).check();
    await maintainer.getByLabel('Voimassa alkaen').fill(dateInput(clock));
    await maintainer.getByLabel('Voimassa asti').fill(dateInput(new Date(clock.getTime() + 10 * DAY)));
    await maintainer.getByRole('textbox', { name: 'Vaihtoehtoinen teksti' }).fill(ALT);
    for (const item of ['Teksti on selkeää', 'Kuvalle on kirjoitettu', 'Järjestön yhteystiedot', 'Aineisto koskee vain']) await maintainer.getByLabel(new RegExp(`^${item}`)).check();
  };
  await fill();
  await maintainer.getByLabel('Tiedosto').setInputFiles({ name: 'nelio.png', mimeType: 'image/png', buffer: drawPng(800, 600, [0, 84, 62]) });
  await Promise.all([maintainer.waitForLoadState('load'), maintainer.getByRole('button', { name: 'Lähetä hyväksyttäväksi' }).click()]);
  await maintainer.locator('#file-error').getByText('Kuvan mittasuhde ei vastaa').waitFor();
  assert.match(await maintainer.title(), /^Virhe: /);
  assert.equal(await maintainer.getByLabel('Otsikko').inputValue(), TITLE);
  assert.equal(await maintainer.getByLabel(/^Kallaveden sote-keskus/).isChecked(), true);
  await checked(maintainer, 'material form with a refused file');
  await maintainer.getByLabel('Tiedosto').setInputFiles({ name: 'ryhma.png', mimeType: 'image/png', buffer: drawPng(960, 540, [0, 84, 62], [255, 255, 255]) });
  await Promise.all([maintainer.waitForURL(/\/my\/materials\?done=sent$/), maintainer.getByRole('button', { name: 'Lähetä hyväksyttäväksi' }).click()]);
  await maintainer.getByText(TITLE).waitFor();
  await checked(maintainer, 'my material after sending');

  // 2b. A brochure to both demo centres: a PNG renamed .pdf and a file over the centres' 5 MB are refused next to the
  // file field (the rest kept), then the real PDF goes.
  await Promise.all([maintainer.waitForURL(/\/my\/materials\/new$/), maintainer.getByRole('link', { name: 'Lähetä aineisto keskuksiin' }).first().click()]);
  const organization = maintainer.locator('select#organization');
  if ((await organization.inputValue()) === '') await organization.selectOption({ index: 1 });
  await maintainer.getByLabel('Esite (PDF)').check();
  await maintainer.getByLabel('Otsikko').fill(BROCHURE);
  await maintainer.getByLabel(/^Kallaveden sote-keskus/).check();
  await maintainer.getByLabel(/^Iisalmen perhekeskus Satama/).check();
  await maintainer.getByLabel('Voimassa alkaen').fill(dateInput(clock));
  await maintainer.getByLabel('Voimassa asti').fill(dateInput(new Date(clock.getTime() + 30 * DAY)));
  for (const item of ['Teksti on selkeää', 'Kuvalle on kirjoitettu', 'Järjestön yhteystiedot', 'Aineisto koskee vain']) await maintainer.getByLabel(new RegExp(`^${item}`)).check();
  const refused = async (file: { name: string; mimeType: string; buffer: Buffer }, message: string) => {
    await maintainer.getByLabel('Tiedosto').setInputFiles(file);
    await Promise.all([maintainer.waitForLoadState('load'), maintainer.getByRole('button', { name: 'Lähetä hyväksyttäväksi' }).click()]);
    await maintainer.locator('#file-error').getByText(message).waitFor();
    assert.equal(await maintainer.getByLabel('Otsikko').inputValue(), BROCHURE);
    assert.equal(await maintainer.getByLabel(/^Iisalmen perhekeskus Satama/).isChecked(), true);
  };
  await refused({ name: 'esite.pdf', mimeType: 'application/pdf', buffer: drawPng(100, 100, [1, 2, 3]) }, 'Esitteen on oltava PDF-tiedosto');
  await checked(maintainer, 'material form with a renamed image refused');
  await refused({ name: 'iso-esite.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([await pdfOf(1), Buffer.alloc(6 * 1024 * 1024, 32)]) }, 'Tiedosto on liian suuri valituille keskuksille');
  await maintainer.getByLabel('Tiedosto').setInputFiles({ name: 'esite.pdf', mimeType: 'application/pdf', buffer: await pdfOf(2) });
  await Promise.all([maintainer.waitForURL(/\/my\/materials\?done=sent$/), maintainer.getByRole('button', { name: 'Lähetä hyväksyttäväksi' }).click()]);
  await maintainer.getByText(BROCHURE).first().waitFor();
  const targets = await e2e.service.database.db
    .selectFrom('centre_material as m')
    .innerJoin('centre_material_target as t', 't.material_id', 'm.id')
    .select('t.centre_id')
    .where('m.title', '=', BROCHURE)
    .execute();
  assert.equal(targets.length, 2, 'the brochure went to both centres');

  // 3. The new liaison approves it and makes the kiosk address.
  const liaisonId = (await e2e.service.database.db.selectFrom('app_user').select('id').where('email', '=', LIAISON).executeTakeFirstOrThrow()).id;
  const liaison = await e2e.signedInAs(liaisonId);
  await liaison.goto('/');
  await Promise.all([liaison.waitForURL(/\/my\/centres$/), liaison.getByRole('link', { name: 'Yhdyshenkilön työpöytä' }).click()]);
  await checked(liaison, 'liaison’s centres');
  await Promise.all([liaison.waitForURL(/\/desk$/), liaison.getByRole('link', { name: 'Kallaveden sote-keskus' }).click()]);
  await checked(liaison, 'liaison’s desk');
  await Promise.all([liaison.waitForURL(/done=approved/), liaison.getByRole('button', { name: `Hyväksy: ${TITLE}` }).click()]);
  await liaison.getByRole('status').getByText('Aineisto hyväksyttiin.').waitFor();
  await Promise.all([liaison.waitForLoadState('load'), liaison.getByRole('button', { name: 'Luo infotaulun osoite' }).click()]);
  const kioskUrl = await liaison.locator('a.kiosk-url').getAttribute('href');
  assert.ok(kioskUrl && /\/kiosk\/[A-Za-z0-9_-]{20,}$/.test(kioskUrl));
  await checked(liaison, 'liaison’s desk with the new kiosk address');

  // 4. The kiosk shows the slide; the print view lists it.
  const screen = await e2e.newPage();
  const kioskPath = new URL(kioskUrl!).pathname; // BASE_URL of the test config, not this server's port
  await screen.goto(kioskPath);
  await screen.locator(`img[alt="${ALT}"]`).waitFor({ state: 'attached' });
  await expectNoAxeViolations(screen, 'kiosk');
  const board = await e2e.newPage();
  await board.goto('/centres');
  await checked(board, 'centres list');
  await Promise.all([board.waitForURL(/\/centres\/[0-9a-f-]{36}$/), board.getByRole('link', { name: 'Kallaveden sote-keskus' }).click()]);
  await checked(board, 'centre page');
  await Promise.all([board.waitForURL(/\/print$/), board.getByRole('link', { name: 'Ilmoitustaulun tulostusnäkymä' }).click()]);
  await board.getByText(TITLE, { exact: false }).first().waitFor();
  await checked(board, 'notice-board print view');

  // 5. After its validity ends, the kiosk no longer has it (the content the script fetches, and the page itself).
  clock = new Date(clock.getTime() + 11 * DAY);
  const content = await screen.evaluate(async (url) => (await fetch(url)).json(), `${kioskPath}/content`);
  assert.ok(!(content as { slides: { alt: string }[] }).slides.some((s) => s.alt === ALT), 'gone from the kiosk’s content');
  await screen.reload();
  assert.equal(await screen.locator(`img[alt="${ALT}"]`).count(), 0);
  await expectNoAxeViolations(screen, 'kiosk after the validity ended');
  await board.reload();
  assert.equal(await board.getByText(TITLE, { exact: false }).count(), 0);
});

const BULLETIN = 'Muistikahvila omaishoitajille';

test('an NGO sends a bulletin; the liaison forwards it by keyboard to suggested and chosen staff groups; staff groups, screens and a request form pass axe', async () => {
  const db = e2e.service.database.db;
  // 1. The demo maintainer sends a bulletin to the Kuopio centre (topics forgotten first: refused, the rest kept).
  const maintainer = await e2e.signedInAs(stableId('demo-user', 'yhdistys'));
  await maintainer.goto('/my/bulletins');
  await checked(maintainer, 'my bulletins');
  await Promise.all([maintainer.waitForURL(/\/my\/bulletins\/new$/), maintainer.getByRole('link', { name: 'Lähetä tiedote henkilöstölle' }).first().click()]);
  await checked(maintainer, 'bulletin form');
  const organization = maintainer.locator('select#organization');
  if ((await organization.inputValue()) === '') await organization.selectOption({ index: 1 });
  await maintainer.getByLabel('Otsikko').fill(BULLETIN);
  await maintainer.getByLabel('Tiedotteen teksti').fill('Muistikahvila kokoontuu torstaisin klo 13–15.\n\nLisätietoa: https://example.org/muistikahvila');
  await maintainer.getByLabel(/^Kallaveden sote-keskus/).check();
  await Promise.all([maintainer.waitForLoadState('load'), maintainer.getByRole('button', { name: 'Lähetä tiedote' }).click()]);
  await maintainer.locator('#topics-group-error').getByText('Valitse vähintään yksi aihe.').waitFor();
  assert.equal(await maintainer.getByLabel('Otsikko').inputValue(), BULLETIN);
  await checked(maintainer, 'bulletin form with an error');
  await maintainer.getByLabel('Ikääntyneet', { exact: true }).check();
  await maintainer.getByLabel('Omaiset ja läheiset', { exact: true }).check();
  await Promise.all([maintainer.waitForURL(/done=bulletinSent/), maintainer.getByRole('button', { name: 'Lähetä tiedote' }).click()]);
  await maintainer.getByText(BULLETIN).waitFor();

  // 2. The Kallavesi liaison opens it from the desk and forwards it, keyboard only.
  const liaison = await e2e.signedInAs(stableId('demo-user', 'yhdyshenkilo.kallavesi@demo.tarjotin.invalid'));
  const centreId = stableId('demo-centre', 'kallavesi');
  await liaison.goto(`/centres/${centreId}/desk`);
  await checked(liaison, 'desk with a bulletin');
  await tabUntil(liaison, `the link "${BULLETIN}"`, (title) => document.activeElement?.textContent?.trim() === title, BULLETIN, 200);
  await Promise.all([liaison.waitForURL(/\/bulletins\/[0-9a-f-]{36}$/), liaison.keyboard.press('Enter')]);
  await checked(liaison, 'bulletin for the liaison');
  const elderly = stableId('demo-staff-group', 'kallavesi-older');
  const families = stableId('demo-staff-group', 'kallavesi-families');
  assert.equal(await liaison.locator(`#groups-${elderly}`).isChecked(), true, 'suggested: follows older people and caregivers');
  assert.equal(await liaison.locator(`#groups-${families}`).isChecked(), false);
  await tabUntil(liaison, 'the families group', (id) => document.activeElement?.id === id, `groups-${families}`);
  await liaison.keyboard.press('Space');
  await tabUntil(liaison, 'the note', (id) => document.activeElement?.id === id, 'note');
  await liaison.keyboard.type('Kertokaa omaishoitajille.');
  await tabUntil(liaison, 'the forward button', (text) => document.activeElement?.textContent?.trim() === text, 'Välitä valituille ryhmille');
  await Promise.all([liaison.waitForURL(/done=forwarded/), liaison.keyboard.press('Enter')]);
  await liaison.getByRole('status').getByText('Tiedote välitettiin.').waitFor();
  await checked(liaison, 'bulletin after forwarding');
  const queued = (await db.selectFrom('job').select('payload').where('name', '=', 'send-mail').execute()).map((j) => j.payload as { template: string; to: string });
  assert.deepEqual(
    queued.filter((m) => m.template === 'centre-bulletin-forward').map((m) => m.to).sort(),
    ['kotihoito.kallavesi@demo.tarjotin.invalid', 'neuvola.kallavesi@demo.tarjotin.invalid', 'perhetyo.kallavesi@demo.tarjotin.invalid'],
  );

  // 3. The liaison's other new pages.
  await liaison.goto(`/centres/${centreId}/staff-groups`);
  await checked(liaison, 'staff groups');
  await Promise.all([liaison.waitForURL(/\/staff-groups\/[0-9a-f-]{36}$/), liaison.getByRole('link', { name: 'Muokkaa ryhmää Ikäihmisten palvelut' }).click()]);
  await checked(liaison, 'staff group form');
  await liaison.goto(`/centres/${centreId}/screens`);
  await checked(liaison, 'screens');
  await liaison.getByLabel('Näytön nimi').fill('Odotustila 3');
  await Promise.all([liaison.waitForLoadState('load'), liaison.getByRole('button', { name: 'Lisää näyttö ja tee osoite' }).click()]);
  assert.match((await liaison.locator('a.kiosk-url').getAttribute('href')) ?? '', /\/kiosk\/[A-Za-z0-9_-]{20,}$/);
  await checked(liaison, 'screens with a new address');
  await liaison.goto(`/centres/${centreId}/bulletins`);
  await checked(liaison, 'all bulletins');
  await liaison.goto(`/centres/${centreId}/requests/new`);
  await checked(liaison, 'request form');

  // 4. The sender sees to how many groups, never the addresses.
  await maintainer.goto('/my/bulletins');
  await maintainer.getByText('Välitetty henkilöstöryhmille: 2').waitFor();
  assert.equal(await maintainer.getByText('kallavesi@demo.tarjotin.invalid', { exact: false }).count(), 0);
  await checked(maintainer, 'my bulletins after forwarding');
});
