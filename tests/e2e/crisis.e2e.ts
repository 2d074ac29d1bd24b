/**
 * The crisis box in Chromium: a search typed on the front page that expresses a crisis shows 112 and the helplines
 * before anything else, reachable first by keyboard; the administration page as a platform administrator, with a
 * rejected and a saved edit. axe on every page.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNoAxeViolations, expectPageStructure, startE2E, type E2E } from './support.js';
import { addRole, ensureUser } from '../../src/platform/auth/auth.repo.js';
import { stableId } from '../../src/platform/ids.js';

let e2e: E2E;
const ADMIN = 'kriisi.e2e@example.org';

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

test('"haluan kuolla" typed on the front page: the crisis box with 112 comes first, before the results', async () => {
  const page = await e2e.newPage();
  await page.goto('/');
  await page.getByLabel('Hakusana', { exact: true }).fill('haluan kuolla');
  await Promise.all([page.waitForURL(/\/search\?/), page.getByRole('button', { name: 'Hae', exact: true }).click()]);
  const box = page.getByRole('region', { name: 'Tarvitsetko apua heti?' });
  await box.waitFor();
  assert.equal(await box.getByRole('link', { name: '112' }).getAttribute('href'), 'tel:112');
  assert.ok(((await box.textContent()) ?? '').includes('(demo)'), 'the demo helplines are listed');
  assert.equal(await page.getByText('Tarkoititko').count(), 0);
  // After the skip link, the first thing a keyboard reaches in main is the emergency number.
  await page.getByRole('link', { name: 'Siirry pääsisältöön' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), 'tel:112');
  await expectPageStructure(page, 'search in crisis');
  await expectNoAxeViolations(page, 'search in crisis');
  await page.close();
});

test('administration: a bad number is shown next to its field with the text kept; a saved helpline appears in the box', async () => {
  const page = await signedInPage();
  await page.goto('/admin/crisis-help');
  await expectPageStructure(page, 'crisis help administration');
  await expectNoAxeViolations(page, 'crisis help administration');
  const lastRow = page.getByRole('group', { name: 'Kriisipuhelin 3' });
  await lastRow.getByLabel('Nimi suomeksi').fill('Testin yölinja');
  await lastRow.getByLabel('Puhelinnumero').fill('yöllä');
  await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Tallenna' }).click()]);
  await page.getByText('Anna puhelinnumero (numeroita, välilyöntejä, + ja -).').first().waitFor();
  assert.equal(await page.getByRole('group', { name: 'Kriisipuhelin 3' }).getByLabel('Nimi suomeksi').inputValue(), 'Testin yölinja');
  await expectNoAxeViolations(page, 'crisis help administration with an error');
  await page.getByRole('group', { name: 'Kriisipuhelin 3' }).getByLabel('Puhelinnumero').fill('0800 000 003');
  await Promise.all([page.waitForURL(/saved=1/), page.getByRole('button', { name: 'Tallenna' }).click()]);
  await page.getByRole('status').getByText('Tallennettu.').waitFor();
  await page.goto(`/search?q=${encodeURIComponent('en halua elää')}`);
  assert.ok(((await page.getByRole('region', { name: 'Tarvitsetko apua heti?' }).textContent()) ?? '').includes('Testin yölinja'));
  await page.close();
});
