/**
 * Joining in Chromium, driven from the keyboard where it matters: order a join link on "Järjestöille", open it, fill
 * the multi-step form (an error on the first step, checkboxes with Space, buttons with Enter), check and send, then
 * the maintainer's own page. axe and the page structure on every page visited.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, expectPageStructure, startE2E, tabUntil, type E2E } from './support.js';
import { newestToken } from '../support/test-browser.js';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

async function check(page: Page, label: string) {
  await expectPageStructure(page, label);
  await expectNoAxeViolations(page, label);
}

/** Focuses a control by its label with the keyboard (Tab from the top of the page) and types into it. */
async function typeInto(page: Page, id: string, text: string) {
  await page.focus('body');
  await tabUntil(page, `#${id}`, (want) => document.activeElement?.id === want, id, 200);
  await page.keyboard.type(text);
}

test('a new organisation joins through the multi-step form with the keyboard', async () => {
  const page = await e2e.newPage();
  await page.goto('/');
  await page.getByRole('link', { name: 'Järjestöille' }).click();
  assert.match(page.url(), /\/for-organisations$/);
  await check(page, 'for organisations');

  await typeInto(page, 'email', 'uusi.jarjesto@example.org');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/for-organisations\/sent$/);
  await check(page, 'join link sent');

  const token = await newestToken(e2e.service.database.db, 'join-link', 'uusi.jarjesto@example.org');
  await page.goto(`/join/${token}`);
  await check(page, 'confirm join link');
  await page.getByRole('button', { name: 'Kirjaudu ja aloita' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/my\/submissions\/[0-9a-f-]+\/organisation$/);
  await check(page, 'step 1');
  assert.equal(await page.locator('nav[aria-label="Lomakkeen vaiheet"] [aria-current="step"]').innerText(), '1. Järjestö');

  // Step 1 with a wrong business ID: errors next to the fields, what was typed kept.
  await typeInto(page, 'businessId', '1234567-0');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  await check(page, 'step 1 with errors');
  assert.equal(await page.getByLabel('Y-tunnus').inputValue(), '1234567-0');
  assert.equal(await page.getByLabel('Y-tunnus').getAttribute('aria-invalid'), 'true');
  assert.ok(await page.getByRole('link', { name: /Nimi suomeksi: Täytä tämä kenttä/ }).isVisible());

  await page.getByLabel('Y-tunnus').fill('');
  await typeInto(page, 'businessId', '0112038-9');
  await typeInto(page, 'nameFi', 'Esimerkkilän Vertaistuki ry');
  await typeInto(page, 'descriptionFi', 'Vertaistukea ja keskusteluapua Kuopiossa.');
  await page.getByRole('button', { name: 'Tallenna ja jatka' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/contact$/);
  await check(page, 'step 2');

  await typeInto(page, 'email', 'toimisto@esimerkkila.example.org');
  await page.getByLabel('Kotikunta').selectOption('297');
  await typeInto(page, 'contactRequestEmail', 'yhteydenotot@esimerkkila.example.org');
  await page.getByRole('button', { name: 'Tallenna ja jatka' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/maintainers$/);
  await check(page, 'step 3');

  await page.getByRole('button', { name: 'Tallenna ja jatka' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/activities$/);
  await check(page, 'step 4');

  await page.getByRole('button', { name: 'Lisää toiminta' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/activities\/[0-9a-f-]+$/);
  await check(page, 'activity form');
  await typeInto(page, 'nameFi', 'Keskusteluryhmä');
  await typeInto(page, 'descriptionFi', 'Ryhmä kokoontuu tiistaisin.');
  for (const id of ['needs-masennus', 'supports-vertaistuki', 'targets-aikuiset', 'municipalityCodes-297']) {
    await page.focus(`#${id}`);
    await page.keyboard.press('Space');
    assert.ok(await page.isChecked(`#${id}`), id);
  }
  await page.getByRole('button', { name: 'Tallenna toiminta' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/activities$/);
  await check(page, 'step 4 with an activity');

  await page.getByRole('button', { name: 'Tallenna ja jatka' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/review$/);
  await check(page, 'step 5');
  assert.ok(await page.getByText('Masennus').first().isVisible());

  await page.getByRole('button', { name: 'Lähetä tarkistettavaksi' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\?sent=1$/);
  await check(page, 'awaiting review');
  assert.ok(await page.getByRole('heading', { level: 1, name: 'Tiedot odottavat tarkistusta' }).isVisible());

  await page.getByRole('link', { name: 'Omat järjestöt' }).first().click();
  await page.waitForURL(/\/my\/organisations$/);
  await check(page, 'my organisations');
  assert.ok(await page.getByText('Esimerkkilän Vertaistuki ry').isVisible());
});

test("a maintainer's pages pass axe: edit as a change, activity form with a published activity, co-maintainers, archive", async () => {
  const db = e2e.service.database.db;
  const org = await db.selectFrom('organization').select(['id', 'name_fi']).where('status', '=', 'published').orderBy('name_fi').executeTakeFirstOrThrow();
  const { ensureUser, addRole } = await import('../../src/platform/auth/auth.repo.js');
  const { issueSignInLink } = await import('../../src/platform/auth/issue-sign-in-link.js');
  const user = await ensureUser(db, { id: '00000000-0000-4000-8000-00000000e2e1', email: 'yllapitaja.e2e@example.org', lang: 'fi' });
  await addRole(db, { userId: user.id, role: 'maintainer', scopeId: org.id });
  const token = (await issueSignInLink({ db, email: 'yllapitaja.e2e@example.org' }))!;

  const page = await e2e.newPage();
  await page.goto(`/sign-in/${token}`);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await page.waitForURL(/\/account$/);
  await page.getByRole('link', { name: 'Omat järjestöt' }).first().click();
  await check(page, 'my organisations with one');

  // The edit URL of links and e-mails shows what editing means and the button; nothing is started by the GET.
  await page.goto(`/my/organisations/${org.id}/edit`);
  await check(page, 'start a change');
  assert.ok(await page.getByRole('button', { name: 'Muokkaa tietoja' }).isVisible());
  await page.goto('/my/organisations');
  await page.getByRole('button', { name: /^Muokkaa tietoja/ }).click();
  await page.waitForURL(/\/organisation$/);
  await check(page, 'change, step 1');
  await page.getByRole('link', { name: '4. Toiminnot' }).click();
  await check(page, 'change, activities');
  await page.getByRole('link', { name: /^Muokkaa/ }).first().click();
  await check(page, 'change, a published activity');
  await page.getByRole('link', { name: 'Takaisin toimintoihin' }).click();
  await page.getByRole('link', { name: /^Poista/ }).first().click();
  await check(page, 'change, remove a published activity');

  await page.goto(`/my/organisations/${org.id}/maintainers`);
  await check(page, 'maintainers');
  await page.getByLabel(/^Sähköpostiosoite/).fill('toinen.e2e@example.org');
  await page.getByRole('button', { name: 'Lisää ylläpitäjä' }).click();
  await page.waitForURL(/done=added$/);
  await check(page, 'maintainers, one added');

  await page.goto(`/my/organisations/${org.id}/archive`);
  await check(page, 'archive');
  await page.getByRole('button', { name: 'Arkistoi järjestö' }).click();
  await check(page, 'archive without a reason');
  assert.equal(await page.getByLabel(/^Syy/).getAttribute('aria-invalid'), 'true');
});
