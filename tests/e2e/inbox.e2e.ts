/**
 * The recipient organisation's pages in Chromium (src/modules/referrals, inbox.*): the signed link's button page,
 * the opened request with its status form (an error, then saved), the printed request (no form, no navigation),
 * the maintainers' inbox, and the same link flow with JavaScript turned off. axe on every page.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, expectPageStructure, startE2E, type E2E } from './support.js';
import { addInboxPerson, addTestContactRequest, type InsertedRequest } from '../../src/modules/referrals/inbox.fixture.js';

let e2e: E2E;
let org: { id: string; name: string };
let other: { id: string; name: string };
let maintainerId: string;
const client = { firstName: 'Revontuli', phone: '+358401230000', email: 'revontuli.asiakas@example.org', preferredTime: 'Iltapäivisin', message: 'Kiinnostaa ryhmä.' };

before(async () => {
  e2e = await startE2E();
  const db = e2e.service.database.db;
  const { rows } = await sql<{ id: string; name_fi: string }>`
    select id, name_fi from organization where status = 'published' order by name_fi limit 2`.execute(db);
  org = { id: rows[0]!.id, name: rows[0]!.name_fi };
  other = { id: rows[1]!.id, name: rows[1]!.name_fi };
  maintainerId = await addInboxPerson(db, 'inbox.e2e@example.org', [org.id]);
});
after(async () => {
  await e2e?.close();
});

/** A page that fails an action after 20 s instead of waiting for ever. */
async function newPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const page = await e2e.newPage(options);
  page.setDefaultTimeout(20_000);
  return page;
}

async function check(page: Page, label: string) {
  await expectPageStructure(page, label);
  await expectNoAxeViolations(page, label);
}

function newRequest(): Promise<InsertedRequest> {
  return addTestContactRequest(e2e.service.database.db, e2e.service.app.deps.cipher, {
    to: [{ organizationId: org.id }, { organizationId: other.id }],
    client,
    senderKind: 'professional',
    senderUnit: 'Terveysaseman sosiaalityö',
    followUpEmail: 'seuranta.e2e@example.org',
  });
}

test('the link opens the request with a button; the status form shows its error, then saves; the printout holds the request only', async () => {
  const req = await newRequest();
  const page = await newPage();
  await page.goto(`/contact-requests/open/${req.recipients[0]!.token}`);
  assert.ok(await page.getByText(req.reference).first().isVisible());
  assert.equal(await page.getByText(client.email).count(), 0, 'no client details before the button');
  await check(page, 'signed link page');

  await page.getByRole('button', { name: 'Avaa pyyntö' }).click();
  await page.waitForLoadState('load');
  assert.ok(await page.getByText(client.email).first().isVisible());
  assert.ok(await page.getByText(other.name).first().isVisible(), 'the other recipient by name');
  await check(page, 'opened request');

  // Declined without a reason: the error summary, focus-able links to the field.
  await page.getByLabel('Emme voi ottaa pyyntöä vastaan').check();
  await page.getByLabel('Sisäinen muistiinpano').fill('Ryhmä on täynnä keväällä');
  await page.getByRole('button', { name: 'Tallenna tila' }).click();
  await page.waitForLoadState('load');
  assert.ok(await page.getByRole('alert').isVisible());
  assert.equal(await page.getByLabel('Sisäinen muistiinpano').inputValue(), 'Ryhmä on täynnä keväällä');
  await check(page, 'status form with an error');
  await page.getByRole('link', { name: 'Valitse syy, miksi ette voi ottaa pyyntöä vastaan.' }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id ?? document.location.hash), 'declineReason');

  await page.getByLabel('Asiakkaaseen on otettu yhteyttä').check();
  await page.getByRole('button', { name: 'Tallenna tila' }).click();
  await page.waitForLoadState('load');
  assert.ok(await page.getByRole('status').getByText('Tila on tallennettu.').isVisible());
  await check(page, 'saved status');

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: 'Tallenna tila' }).isVisible(), false, 'the form does not print');
  assert.equal(await page.locator('.site-header').isVisible(), false, 'nor the header');
  assert.ok(await page.getByText(client.email).first().isVisible(), 'the client details print');
  assert.ok(await page.getByText('Ryhmä on täynnä keväällä').first().isVisible(), 'the internal note prints as text');
});

test('the maintainers’ inbox lists the request and opens it; without JavaScript the link flow works the same', async () => {
  const req = await newRequest();
  const page = await e2e.signedInAs(maintainerId);
  page.setDefaultTimeout(20_000);
  await page.goto('/my/contact-requests');
  assert.equal(await page.getByText(client.email).count(), 0, 'the list holds no client details');
  await check(page, 'inbox');
  await page.getByRole('link', { name: req.reference }).click();
  await page.waitForLoadState('load');
  assert.ok(await page.getByText(client.firstName).first().isVisible());
  await check(page, 'request in the inbox');
  await page.getByLabel('Asiakasta ei tavoitettu').check();
  await page.getByRole('button', { name: 'Tallenna tila' }).click();
  await page.waitForLoadState('load');
  assert.ok(await page.getByRole('status').getByText('Tila on tallennettu.').isVisible());
  assert.match(page.url(), /\?done=saved$/);

  const noJs = await newPage({ javaScriptEnabled: false });
  const second = await newRequest();
  await noJs.goto(`/sv/contact-requests/open/${second.recipients[0]!.token}`);
  await noJs.getByRole('button', { name: 'Öppna förfrågan' }).click();
  await noJs.waitForLoadState('load');
  assert.ok(await noJs.getByText(client.email).first().isVisible());
  await noJs.getByLabel('Vi har kontaktat klienten').check();
  await noJs.getByRole('button', { name: 'Spara status' }).click();
  await noJs.waitForLoadState('load');
  assert.ok(await noJs.getByText('Statusen har sparats.').isVisible());
  // (axe runs as JavaScript in the page, so it cannot scan this one: the same pages were scanned above.)
});
