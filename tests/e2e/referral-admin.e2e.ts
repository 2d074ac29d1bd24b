/**
 * The administrators' contact-request pages in Chromium: the statistics (the SVG charts as named images beside
 * their tables, the period filter, the CSV link) and the right to erasure (type a number, see the references, erase,
 * the notice). axe on every page. The pages load no script of their own: the filter and both forms are plain HTML.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, expectPageStructure, startE2E, type E2E } from './support.js';
import { addRole, ensureUser } from '../../src/platform/auth/auth.repo.js';
import { stableId } from '../../src/platform/ids.js';
import { addRequest } from '../../src/modules/referrals/retention.fixture.js';

let e2e: E2E;
let reference: string;
const ADMIN = 'alusta.e2e@example.org';

before(async () => {
  e2e = await startE2E();
  const db = e2e.service.database.db;
  const { rows } = await sql<{ id: string }>`select id from organization where status = 'published' order by name_fi limit 2`.execute(db);
  const hour = 3_600_000;
  const sent = new Date(Date.now() - 5 * 24 * hour);
  reference = (
    await addRequest(db, e2e.service.app.deps.cipher, {
      createdAt: sent,
      phone: '+358401119999',
      to: [{ organizationId: rows[0]!.id, status: 'contacted', actedAt: new Date(sent.getTime() + 3 * hour) }, { organizationId: rows[1]!.id }],
    })
  ).reference;
  const user = await ensureUser(db, { id: stableId('e2e-user', ADMIN), email: ADMIN, lang: 'fi' });
  await addRole(db, { userId: user.id, role: 'platform_admin', scopeId: null });
});
after(async () => {
  await e2e?.close();
});

async function check(page: Page, label: string) {
  await expectPageStructure(page, label);
  await expectNoAxeViolations(page, label);
}

const signedInPage = () => e2e.signedInAs(stableId('e2e-user', ADMIN));

test('statistics: charts are named images beside their tables; the period filter is a plain form', async () => {
  const page = await signedInPage();
  await page.goto('/admin/contact-requests/stats');
  await check(page, 'statistics');
  const outcomes = page.getByRole('img', { name: 'Yhteydenottopyyntöjen lopputulokset' });
  assert.equal(await outcomes.count(), 1);
  assert.ok(await outcomes.isVisible());
  assert.ok(await page.getByRole('table', { name: 'Toimitukset lopputuloksen mukaan' }).isVisible());
  const contacted = page.getByRole('table', { name: 'Toimitukset lopputuloksen mukaan' }).getByRole('row', { name: /Yhteyttä otettu/ });
  assert.match((await contacted.innerText()).replace(/\s+/g, ' '), /Yhteyttä otettu 1 50 %/);

  await page.getByLabel('Ajanjakso').selectOption('30');
  await page.getByRole('button', { name: 'Näytä' }).click();
  await page.waitForURL(/period=30/);
  assert.ok(await page.getByText(/^Viimeiset 30 päivää \(.*Kaikki järjestöt\.$/).isVisible());
  assert.equal(await page.getByRole('link', { name: 'Lataa CSV-tiedosto' }).getAttribute('href'), '/admin/contact-requests/stats.csv?period=30');
  await check(page, 'statistics, 30 days');

  await page.goto('/en/admin/contact-requests/stats');
  await check(page, 'statistics in English');
});

test('right to erasure: a phone number finds the request by reference only, and one button erases it', async () => {
  const page = await signedInPage();
  await page.goto('/admin/contact-requests/stats');
  await page.getByRole('link', { name: 'Yhteydenottopyyntöjen henkilötietojen poisto' }).click();
  await check(page, 'erasure form');

  await page.getByRole('button', { name: 'Hae pyynnöt' }).click();
  assert.ok(await page.getByRole('alert').isVisible(), 'the error summary');
  await check(page, 'erasure form with an error');

  await page.getByLabel('Puhelinnumero tai sähköpostiosoite').fill('040 111 9999');
  await page.getByRole('button', { name: 'Hae pyynnöt' }).click();
  assert.ok(await page.getByRole('heading', { name: 'Löytyi 1 pyyntö' }).isVisible());
  assert.ok(await page.getByRole('cell', { name: reference }).isVisible());
  assert.ok(!page.url().includes('111'), 'the number is not in the URL');
  await check(page, 'erasure matches');

  await page.getByRole('button', { name: 'Poista pyynnön henkilötiedot' }).click();
  await page.waitForURL(/erased=1$/);
  assert.ok(await page.getByRole('status').getByText('Pyynnön henkilötiedot poistettiin.').isVisible());
  await check(page, 'erasure done');
  const row = await e2e.service.database.db.selectFrom('contact_request').select(['erased_at', 'client_phone_enc']).where('reference', '=', reference).executeTakeFirstOrThrow();
  assert.ok(row.erased_at);
  assert.equal(row.client_phone_enc, null);
});
