/**
 * Care centres in Chromium, axe on every page visited: Pohjois-Savo's regional administrator appoints a liaison of
 * the demo's Kuopio centre; the demo maintainer sends an info-screen slide (a wrong aspect ratio refused next to the
 * file field first, the rest kept); the new liaison approves it and makes the kiosk address; the kiosk shows the
 * slide and the notice board's print view lists it; after its validity ends (the test clock moves) the kiosk no
 * longer shows it.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, expectPageStructure, startE2E, type E2E } from './support.js';
import { insertSession } from '../../src/platform/auth/auth.repo.js';
import { hashSecret, newSecret } from '../../src/platform/auth/auth-tokens.js';
import { stableId } from '../../src/platform/ids.js';
import { dateInput } from '../../src/modules/events/helsinki-time.js';
import { drawPng } from '../../src/modules/centres/png.js';

const DAY = 86_400_000;
let clock = new Date();
let e2e: E2E;
before(async () => {
  e2e = await startE2E({ now: () => clock });
});
after(async () => {
  await e2e?.close();
});

async function signedInAs(userId: string): Promise<Page> {
  const secret = newSecret();
  await insertSession(e2e.service.database.db, { id: hashSecret(secret), userId, hours: 1 });
  const page = await e2e.newPage();
  await page.context().addCookies([{ name: 'tarjotin_session', value: secret, url: e2e.baseUrl }]);
  return page;
}

async function checked(page: Page, label: string) {
  await expectPageStructure(page, label);
  await expectNoAxeViolations(page, label);
}

const TITLE = 'Kevään vertaisryhmä alkaa';
const ALT = 'Kevään vertaisryhmä alkaa maanantaina kello 17 Kallaveden sote-keskuksen ryhmähuoneessa.';
const LIAISON = 'uusi.yhdyshenkilo@demo.tarjotin.invalid';

test('a liaison is appointed, an NGO sends a slide, the liaison approves it, the kiosk shows it until its validity ends', async () => {
  // 1. The regional administrator appoints a liaison of the Kuopio centre.
  const admin = await signedInAs(stableId('demo-user', 'regional-admin:pohjois-savo'));
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
  const maintainer = await signedInAs(stableId('demo-user', 'yhdistys'));
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

  // 3. The new liaison approves it and makes the kiosk address.
  const liaisonId = (await e2e.service.database.db.selectFrom('app_user').select('id').where('email', '=', LIAISON).executeTakeFirstOrThrow()).id;
  const liaison = await signedInAs(liaisonId);
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
