/**
 * Feedback in Chromium: a resident sends "Anna palautetta" from a page of the Pohjois-Savo portal by keyboard, and
 * reports an error in a card's data after a first try with an empty message; the region's administrator reads both
 * and marks one handled. axe on every page.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNoAxeViolations, expectPageStructure, startE2E, type E2E } from './support.js';

let e2e: E2E;
let cardId: string;
let cardName: string;

before(async () => {
  e2e = await startE2E();
  const org = await e2e.service.database.db
    .selectFrom('organization')
    .select(['id', 'name_fi'])
    .where('municipality_code', '=', '297')
    .where('status', '=', 'published')
    .orderBy('name_fi')
    .executeTakeFirstOrThrow();
  cardId = org.id;
  cardName = org.name_fi;
});
after(async () => {
  await e2e?.close();
});

const regionalAdministratorPage = () => e2e.signedInAs('alue.pohjois-savo@demo.tarjotin.invalid');

test('a resident gives feedback from a portal page by keyboard, then reports an error in a card; the administrator reads both', async () => {
  const page = await e2e.newPage();
  await page.goto('/regions/pohjois-savo/municipalities');
  const aside = page.getByRole('complementary', { name: 'Anna palautetta' });
  await aside.locator('summary').focus();
  await page.keyboard.press('Enter'); // opens the folded form
  await aside.getByLabel('Palautteesi').fill('Kiitos, löysin omaisryhmän helposti.');
  await expectPageStructure(page, 'portal page with the feedback form open');
  await expectNoAxeViolations(page, 'portal page with the feedback form open');
  await aside.getByLabel('Palautteesi').press('Tab');
  await page.keyboard.type('vastaus.e2e@example.org');
  await Promise.all([page.waitForURL(/\/feedback\/sent/), aside.getByRole('button', { name: 'Lähetä palaute' }).click()]);
  await page.getByRole('heading', { name: 'Kiitos palautteesta' }).waitFor();
  await expectNoAxeViolations(page, 'feedback sent');
  await Promise.all([page.waitForURL(/\/regions\/pohjois-savo\/municipalities$/), page.getByRole('link', { name: 'Takaisin sivulle' }).click()]);

  await page.goto(`/organisations/${cardId}`);
  await Promise.all([page.waitForURL(/report-error/), page.getByRole('link', { name: 'Ilmoita virheestä tiedoissa' }).click()]);
  await page.getByRole('heading', { level: 1, name: `Ilmoita virheestä: ${cardName}` }).waitFor();
  await expectNoAxeViolations(page, 'data-error form');
  await page.getByRole('button', { name: 'Lähetä ilmoitus' }).click();
  await page.getByRole('heading', { name: 'Korjaa lomakkeen virheet' }).waitFor();
  assert.match((await page.title()) ?? '', /^Virhe: /);
  await expectNoAxeViolations(page, 'data-error form with an error');
  await page.getByLabel('Mikä tiedoissa on väärin?').fill('Puhelinnumero ei enää vastaa.');
  await Promise.all([page.waitForURL(/\/feedback\/sent/), page.getByRole('button', { name: 'Lähetä ilmoitus' }).click()]);
  await page.close();

  const admin = await regionalAdministratorPage();
  await admin.goto('/feedback');
  await expectPageStructure(admin, 'feedback list');
  await expectNoAxeViolations(admin, 'feedback list');
  const rows = admin.locator('table.feedback-table tbody tr');
  assert.equal(await rows.count(), 2, 'the portal feedback and the report on a Kuopio organisation');
  await Promise.all([admin.waitForURL(/\/feedback\/[0-9a-f-]{36}$/), rows.filter({ hasText: 'Virheilmoitus' }).getByRole('link').click()]);
  await admin.getByText('Puhelinnumero ei enää vastaa.').waitFor();
  await expectNoAxeViolations(admin, 'feedback detail');
  await admin.getByRole('button', { name: 'Merkitse käsitellyksi' }).click();
  await admin.getByText(/^Käsitelty \d/).waitFor();
  await admin.close();
});
