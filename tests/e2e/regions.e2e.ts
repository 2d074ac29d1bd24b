/**
 * Regions as portals in Chromium: a platform administrator creates a region (a too-light accent colour refused next
 * to its field first), its portal shows with the accent colour applied from its stylesheet under the CSP, the
 * region's search works by keyboard alone, and the demo's portals and "Järjestöt kunnittain" are reachable from the
 * front page. axe on every page.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, expectPageStructure, startE2E, tabUntil, type E2E } from './support.js';
import { addRole, ensureUser } from '../../src/platform/auth/auth.repo.js';
import { stableId } from '../../src/platform/ids.js';

let e2e: E2E;
const ADMIN = 'alueet.e2e@example.org';

before(async () => {
  e2e = await startE2E();
  const db = e2e.service.database.db;
  const user = await ensureUser(db, { id: stableId('e2e-user', ADMIN), email: ADMIN, lang: 'fi' });
  await addRole(db, { userId: user.id, role: 'platform_admin', scopeId: null });
});
after(async () => {
  await e2e?.close();
});

const signedInPage = () => e2e.signedInAs(stableId('e2e-user', ADMIN));

const styleOf = (page: Page, selector: string, property: 'backgroundColor' | 'color') =>
  page.locator(selector).first().evaluate((el, p) => getComputedStyle(el)[p], property);

test('a platform administrator creates Päijät-Häme; its portal shows with the accent colour applied', async () => {
  const page = await signedInPage();
  await page.goto('/admin/regions');
  await expectPageStructure(page, 'regions list');
  await expectNoAxeViolations(page, 'regions list');
  assert.equal(await page.getByRole('link', { name: 'Pääkäyttäjät' }).first().getAttribute('href'), '/admin/users');
  await Promise.all([page.waitForURL(/\/admin\/regions\/new$/), page.getByRole('link', { name: 'Luo uusi alue' }).click()]);
  await expectNoAxeViolations(page, 'new region form');

  await page.getByLabel('Tunnus').fill('paijat-hame');
  await page.getByLabel('Nimi suomeksi').fill('Päijät-Häme');
  await page.getByLabel('Nimi ruotsiksi').fill('Päijänne-Tavastland');
  await page.getByLabel('Esittely suomeksi').fill('Päijät-Hämeen järjestöt ja vertaistuki yhdestä paikasta.');
  await page.getByLabel('Korostusväri').fill('#ffcc00');
  await page.getByLabel('Logoteksti').fill('Päijät-Hämeen tarjotin');
  await page.locator('summary', { hasText: /^Päijät-Häme/ }).click();
  await page.getByLabel('Lahti', { exact: true }).check();
  await page.getByLabel('Heinola', { exact: true }).check();
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Luo alue' }).click()]);
  // Refused next to its field, the rest kept.
  const error = page.locator('#accentColor-error');
  await error.waitFor();
  assert.match((await error.textContent()) ?? '', /liian vaalea/);
  assert.equal(await page.getByLabel('Nimi suomeksi').inputValue(), 'Päijät-Häme');
  assert.equal(await page.getByLabel('Lahti', { exact: true }).isChecked(), true);
  assert.match(await page.title(), /^Virhe: /);
  await expectNoAxeViolations(page, 'new region form with an error');

  await page.getByLabel('Korostusväri').fill('#5b2a86');
  await Promise.all([page.waitForURL(/done=created/), page.getByRole('button', { name: 'Luo alue' }).click()]);
  await page.getByRole('status').getByText('Alue luotiin.').waitFor();
  await page.getByRole('link', { name: 'Avaa portaali: Päijät-Häme' }).click();
  await page.waitForURL(/\/regions\/paijat-hame$/);
  await page.getByRole('heading', { level: 1, name: 'Päijät-Häme' }).waitFor();
  assert.equal(await styleOf(page, '.region-banner', 'backgroundColor'), 'rgb(91, 42, 134)');
  assert.equal(await styleOf(page, '.region-banner', 'color'), 'rgb(255, 255, 255)');
  assert.equal(await styleOf(page, '.region-portal h1', 'color'), 'rgb(91, 42, 134)');
  assert.equal(await styleOf(page, '.region-portal .search-form button[type="submit"]', 'backgroundColor'), 'rgb(91, 42, 134)');
  const area = await page.locator('#search-municipality option').allTextContents();
  assert.deepEqual(area, ['Koko alue (Päijät-Häme)', 'Etänä / koko Suomi', 'Heinola', 'Lahti']);
  await expectPageStructure(page, 'new portal');
  await expectNoAxeViolations(page, 'new portal');
  await page.close();
});

test('keyboard only on the Pohjois-Savo portal: choose a municipality and a word, search, and stay within the region', async () => {
  const page = await e2e.newPage();
  await page.goto('/regions/pohjois-savo');
  assert.equal(await styleOf(page, '.region-banner', 'backgroundColor'), 'rgb(11, 94, 107)');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter'); // the skip link
  await tabUntil(page, 'the area field', () => document.activeElement?.id === 'search-municipality', '');
  // A closed select changes with the arrow keys: past "Koko alue" and "Etänä / koko Suomi" to the first municipality.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#search-municipality').inputValue(), '140');
  await tabUntil(page, 'the keyword field', () => document.activeElement?.id === 'search-q', '');
  await page.keyboard.type('vertaistuki');
  await Promise.all([page.waitForURL(/\/search\?/), page.keyboard.press('Enter')]);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('region'), 'pohjois-savo');
  assert.equal(url.searchParams.get('municipality'), '140');
  await page.getByText('Haku on rajattu alueeseen Pohjois-Savo').waitFor();
  await expectPageStructure(page, 'portal results');
  await expectNoAxeViolations(page, 'portal results');
  await page.close();
});

test('the front page lists the regions; Kanta-Häme’s portal, its "Järjestöt kunnittain" and the Swedish portal pass axe', async () => {
  const page = await e2e.newPage();
  await page.goto('/');
  await page.getByRole('heading', { name: 'Alueet' }).waitFor();
  await Promise.all([page.waitForURL(/\/regions\/kanta-hame$/), page.getByRole('link', { name: 'Kanta-Häme', exact: true }).click()]);
  assert.equal(await styleOf(page, '.region-banner', 'backgroundColor'), 'rgb(138, 28, 60)');
  await expectNoAxeViolations(page, 'Kanta-Häme portal');
  await Promise.all([page.waitForURL(/\/regions\/kanta-hame\/municipalities$/), page.getByRole('link', { name: 'Järjestöt kunnittain' }).click()]);
  await page.getByRole('heading', { level: 2, name: /Hämeenlinna/ }).waitFor();
  await expectPageStructure(page, 'Kanta-Häme by municipality');
  await expectNoAxeViolations(page, 'Kanta-Häme by municipality');
  await page.goto('/sv/regions/pohjois-savo');
  await page.getByRole('heading', { level: 1, name: 'Norra Savolax' }).waitFor();
  await expectPageStructure(page, 'Swedish portal', 'sv');
  await expectNoAxeViolations(page, 'Swedish portal');
  await page.goto('/regions/pohjois-savo/municipalities');
  await expectNoAxeViolations(page, 'Pohjois-Savo by municipality');
  await page.close();
});
