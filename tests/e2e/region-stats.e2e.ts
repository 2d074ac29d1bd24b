/**
 * A region's statistics in Chromium: a resident follows "Tilastot" from the Pohjois-Savo portal, the region's
 * administrator opens the monthly figures; charts drawn on the server beside their tables, axe on both pages.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNoAxeViolations, expectPageStructure, startE2E, type E2E } from './support.js';

let e2e: E2E;

before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

test('"Tilastot" on the portal shows organisations by municipality and theme; the administrator sees the months', async () => {
  const page = await e2e.newPage();
  await page.goto('/regions/pohjois-savo');
  await Promise.all([page.waitForURL(/\/regions\/pohjois-savo\/statistics$/), page.getByRole('link', { name: 'Tilastot', exact: true }).click()]);
  await page.getByRole('heading', { level: 1, name: 'Tilastot: Pohjois-Savo' }).waitFor();
  const kuopio = page.getByRole('row', { name: /^Kuopio/ });
  assert.ok(Number(await kuopio.getByRole('cell').first().textContent()) > 0, 'the demo has organisations in Kuopio');
  assert.ok((await page.locator('svg.stats-chart').count()) >= 1);
  await expectPageStructure(page, 'region statistics');
  await expectNoAxeViolations(page, 'region statistics');
  await page.close();

  const admin = await e2e.signedInAs('alue.pohjois-savo@demo.tarjotin.invalid');
  await admin.goto('/admin/regions/pohjois-savo/statistics');
  await admin.getByRole('heading', { level: 1, name: 'Ylläpidon tilastot: Pohjois-Savo' }).waitFor();
  assert.equal(await admin.locator('table').first().locator('tbody tr').count(), 12);
  await expectPageStructure(admin, 'region statistics for administrators');
  await expectNoAxeViolations(admin, 'region statistics for administrators');
  await admin.close();
});
