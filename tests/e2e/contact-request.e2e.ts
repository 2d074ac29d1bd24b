/**
 * The sender's side of contact requests in Chromium (src/modules/referrals, contact-request.*): the form on an
 * organisation card (only the chosen sender's fields show), an error shown on the form's own page with the input
 * kept, the confirmation page, the privacy notice; and the same with JavaScript turned off. axe on every page.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, expectPageStructure, startE2E, type E2E } from './support.js';

let e2e: E2E;
let org: { id: string; name: string };

before(async () => {
  e2e = await startE2E();
  const { rows } = await sql<{ id: string; name_fi: string }>`
    select id, name_fi from organization
    where status = 'published' and coalesce(contact_request_email, '') <> '' order by name_fi limit 1`.execute(e2e.service.database.db);
  org = { id: rows[0]!.id, name: rows[0]!.name_fi };
});
after(async () => {
  await e2e?.close();
});

async function check(page: Page, label: string) {
  await expectPageStructure(page, label);
  await expectNoAxeViolations(page, label);
}

async function requestsFor(phoneLookup: string): Promise<number> {
  const r = await e2e.service.database.db.selectFrom('contact_request').select((eb) => eb.fn.countAll<number>().as('n')).where('phone_lookup', '=', phoneLookup).executeTakeFirstOrThrow();
  return Number(r.n);
}

test('from the organisation card: the sender choice shows its own fields, an error keeps the input, then the confirmation', async () => {
  const page = await e2e.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`/organisations/${org.id}`);
  const form = page.locator('form.contact-request-form');
  assert.ok(await page.getByRole('heading', { name: 'Pyydä yhteydenottoa' }).isVisible());
  await check(page, 'organisation card with the form');

  // Before a choice both consent boxes show; each choice shows only its own part (CSS :has()).
  await page.getByLabel('Pyydän yhteydenottoa itselleni').check();
  assert.equal(await page.getByLabel('Yksikkösi tai organisaatiosi').isVisible(), false);
  assert.ok(await page.getByLabel(/^Annan luvan/).isVisible());
  assert.equal(await page.getByLabel(/^Asiakas on antanut luvan/).isVisible(), false);
  await page.getByLabel('Lähetän pyynnön asiakkaan puolesta').check();
  assert.ok(await page.getByLabel(/^Yksikkösi tai organisaatiosi/).isVisible());
  assert.ok(await page.getByLabel(/^Asiakas on antanut luvan/).isVisible());
  assert.equal(await page.getByLabel(/^Annan luvan/).isVisible(), false);

  // An error: the form's own page, the summary, the input kept.
  await page.getByLabel(/^Yksikkösi tai organisaatiosi/).fill('Esimerkkilän sosiaalityö');
  await page.getByLabel(/^Etunimi/).fill('Selainasiakas');
  await page.getByLabel('Puhelinnumero').fill('12');
  await form.getByRole('button', { name: 'Lähetä yhteydenottopyyntö' }).click();
  await page.waitForLoadState('load');
  assert.match(await page.title(), /^Virhe: Pyydä yhteydenottoa/);
  const summary = page.getByRole('alert');
  assert.ok(await summary.getByRole('link', { name: /Tarkista puhelinnumero/ }).isVisible());
  assert.ok(await summary.getByRole('link', { name: /Vahvista, että asiakas on antanut luvan/ }).isVisible());
  assert.equal(await page.getByLabel(/^Etunimi/).inputValue(), 'Selainasiakas');
  assert.ok(await page.getByText(org.name).first().isVisible(), 'the recipient is still named');
  await check(page, 'form page with errors');

  await page.getByLabel('Puhelinnumero').fill('040 777 1234');
  await page.getByLabel(/^Asiakas on antanut luvan/).check();
  await page.getByRole('button', { name: 'Lähetä yhteydenottopyyntö' }).click();
  await page.waitForLoadState('load');
  assert.ok(await page.getByRole('heading', { level: 1, name: 'Yhteydenottopyyntö on lähetetty' }).isVisible());
  assert.ok(await page.getByRole('listitem').filter({ hasText: org.name }).first().isVisible());
  assert.match(await page.locator('.reference').innerText(), /^YP-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  assert.equal(await page.getByText('Selainasiakas').count(), 0);
  await check(page, 'confirmation page');
  assert.equal(await requestsFor(e2e.service.app.deps.cipher.lookupHash('+358407771234')), 1);

  await page.getByRole('contentinfo').getByRole('link', { name: 'Tietosuoja' }).click();
  await page.waitForLoadState('load');
  assert.ok(await page.getByRole('heading', { level: 1, name: 'Tietosuojaseloste' }).isVisible());
  await check(page, 'privacy notice');
});

test('without JavaScript the form is sent the same way (a resident, e-mail only); the Swedish and English pages pass axe', async () => {
  const page = await e2e.newPage({ javaScriptEnabled: false });
  page.setDefaultTimeout(15_000);
  await page.goto(`/sv/organisations/${org.id}`);
  await page.getByLabel('Jag ber om kontakt för mig själv').check();
  await page.getByLabel(/^Förnamn/).fill('Utanjs');
  await page.getByLabel('E-post', { exact: true }).fill('utan.js@example.org');
  await page.getByLabel(/^Jag ger tillstånd/).check();
  await page.getByRole('button', { name: 'Skicka kontaktförfrågan' }).click();
  await page.waitForLoadState('load');
  assert.ok(await page.getByRole('heading', { level: 1, name: 'Kontaktförfrågan har skickats' }).isVisible());
  assert.ok(await page.getByRole('listitem').filter({ hasText: org.name }).first().isVisible());
  const n = await e2e.service.database.db
    .selectFrom('contact_request')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('email_lookup', '=', e2e.service.app.deps.cipher.lookupHash('utan.js@example.org'))
    .executeTakeFirstOrThrow();
  assert.equal(Number(n.n), 1);
  // axe runs scripts in the page: the pages this test saw are scanned again with JavaScript on.
  const scan = await e2e.newPage();
  for (const url of [new URL(page.url()).pathname, '/sv/contact-requests/new?organization=' + org.id, '/en/privacy']) {
    await scan.goto(url);
    await check(scan, `${url} (sv/en)`);
  }
});
