/**
 * Municipal NGO meetings in Chromium, axe on every page visited: the demo's Kuopio liaison creates a meeting with
 * the keyboard (text typed, the organisation ticked with the space bar, sent with Enter) and one of the demo
 * maintainer's organisations invited; the maintainer finds it under their meetings and registers two people; the
 * liaison sees the registration, reads the record of the demo's past meeting and the centre's report (charts beside
 * tables, a CSV link).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, expectPageStructure, startE2E, type E2E } from './support.js';
import { stableId } from '../../src/platform/ids.js';
import { dateInput } from '../../src/modules/events/helsinki-time.js';

const DAY = 86_400_000;
const clock = new Date();
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

const TITLE = 'Järjestötapaaminen: lapsiperheiden tuki';

test('a liaison creates a meeting by keyboard, an NGO registers, the liaison sees it and reads the report', async () => {
  const db = e2e.service.database.db;
  const maintainerId = stableId('demo-user', 'yhdistys');
  const maintained = (await db.selectFrom('user_role').select('scope_id').where('user_id', '=', maintainerId).where('role', '=', 'maintainer').execute()).map((r) => r.scope_id!);
  const org = await db
    .selectFrom('organization as o')
    .select('o.name_fi')
    .where('o.id', 'in', maintained)
    .where('o.municipality_code', '=', '297')
    .where('o.status', '=', 'published')
    .orderBy('o.name_fi')
    .executeTakeFirstOrThrow();

  // 1. The liaison: desk → meetings → new meeting, with the keyboard.
  const liaison = await e2e.signedInAs(stableId('demo-user', 'yhdyshenkilo.kallavesi@demo.tarjotin.invalid'));
  await liaison.goto('/my/centres');
  await Promise.all([liaison.waitForURL(/\/desk$/), liaison.getByRole('link', { name: 'Kallaveden sote-keskus' }).click()]);
  await checked(liaison, 'liaison’s desk');
  await Promise.all([liaison.waitForURL(/\/meetings$/), liaison.getByRole('link', { name: 'Järjestötapaamiset', exact: true }).click()]);
  await liaison.getByText('Kuopion järjestötapaaminen').waitFor();
  await checked(liaison, 'centre’s meetings');
  await Promise.all([liaison.waitForURL(/\/meetings\/new$/), liaison.getByRole('link', { name: 'Uusi järjestötapaaminen' }).click()]);
  await checked(liaison, 'new meeting form');
  await liaison.getByLabel('Otsikko').focus();
  await liaison.keyboard.type(TITLE);
  await liaison.getByLabel('Päivä').fill(dateInput(new Date(clock.getTime() + 14 * DAY)));
  await liaison.getByLabel('Kellonaika').fill('13:00');
  await liaison.getByLabel('Paikka', { exact: true }).focus();
  await liaison.keyboard.type('Kallaveden sote-keskus, auditorio');
  await liaison.getByLabel('Asialista').focus();
  await liaison.keyboard.type('Tervetuloa');
  await liaison.keyboard.press('Enter');
  await liaison.keyboard.type('Lapsiperheiden tuen tarpeet');
  await liaison.getByLabel(`${org.name_fi} (Kuopio)`).focus();
  await liaison.keyboard.press('Space');
  assert.equal(await liaison.getByLabel(`${org.name_fi} (Kuopio)`).isChecked(), true);
  await liaison.getByLabel('Kutsuttavat työntekijät').focus();
  await liaison.keyboard.type('neuvola@demo.tarjotin.invalid');
  await liaison.getByRole('button', { name: 'Tallenna ja lähetä kutsut' }).focus();
  await Promise.all([liaison.waitForURL(/\/meetings\/[0-9a-f-]{36}\?done=created$/), liaison.keyboard.press('Enter')]);
  await liaison.getByRole('status').getByText('Tapaaminen tallennettiin').waitFor();
  await liaison.getByText('neuvola@demo.tarjotin.invalid').waitFor();
  await checked(liaison, 'meeting for its organiser');
  const meetingUrl = new URL(liaison.url()).pathname;

  // 2. The maintainer registers two people.
  const maintainer = await e2e.signedInAs(maintainerId);
  await maintainer.goto('/my/agreements');
  await Promise.all([maintainer.waitForURL(/\/my\/meetings$/), maintainer.getByRole('link', { name: 'Järjestötapaamiset' }).click()]);
  await checked(maintainer, 'my meetings');
  await Promise.all([maintainer.waitForURL(/\/meetings\/[0-9a-f-]{36}$/), maintainer.getByRole('link', { name: TITLE }).click()]);
  assert.equal(await maintainer.getByText('neuvola@demo.tarjotin.invalid').count(), 0, 'staff addresses are the organisers’ only');
  await checked(maintainer, 'meeting for the invited NGO');
  await maintainer.getByLabel('Tulemme').check();
  await maintainer.getByLabel('Montako henkeä tulee').fill('2');
  await maintainer.getByLabel(/^Tarpeet/).fill('Yksi pyörätuolipaikka');
  await Promise.all([maintainer.waitForURL(/done=registered$/), maintainer.getByRole('button', { name: 'Lähetä vastaus' }).click()]);
  await maintainer.getByRole('status').getByText('Ilmoittautuminen tallennettiin').waitFor();
  await checked(maintainer, 'meeting after registering');

  // 3. The liaison sees the registration, the demo meeting's record and the report.
  await liaison.goto(meetingUrl);
  await liaison.getByRole('cell', { name: 'Yksi pyörätuolipaikka' }).waitFor();
  await liaison.goto('/my/centres');
  await liaison.getByRole('link', { name: 'Kallaveden sote-keskus' }).click();
  await Promise.all([liaison.waitForURL(/\/meetings$/), liaison.getByRole('link', { name: 'Järjestötapaamiset', exact: true }).click()]);
  await Promise.all([liaison.waitForURL(/\/meetings\/[0-9a-f-]{36}$/), liaison.getByRole('link', { name: 'Kuopion järjestötapaaminen' }).click()]);
  await Promise.all([liaison.waitForURL(/\/record$/), liaison.getByRole('link', { name: 'Tulosta muistio' }).click()]);
  await liaison.getByRole('heading', { name: 'Asiakkaiden ja potilaiden tuen tarpeet' }).waitFor();
  await checked(liaison, 'meeting record');
  await liaison.goBack();
  await liaison.goBack();
  await Promise.all([liaison.waitForURL(/\/report$/), liaison.getByRole('link', { name: 'Keskuksen yhteistyöraportti' }).click()]);
  await liaison.getByRole('heading', { name: 'Järjestötapaamiset', level: 2 }).waitFor();
  assert.ok((await liaison.locator('svg.stats-chart').count()) >= 2);
  await liaison.getByRole('link', { name: 'Lataa taulukot CSV-tiedostona' }).waitFor();
  await checked(liaison, 'centre’s report');
});
