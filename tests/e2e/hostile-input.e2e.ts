/**
 * What Chromium does with hostile input shown back (issue 11 B4): script-like text typed into the search, the
 * contact request form and an administrator's form, and put into query strings, is shown as text and never run.
 * Any dialog or script error fails the test, as does a marker element appearing in the page.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from './support.js';

let e2e: E2E;
let orgId: string;
before(async () => {
  e2e = await startE2E();
  const { rows } = await sql<{ id: string }>`select id from organization where status = 'published' and contact_request_email is not null order by name_fi limit 1`.execute(e2e.service.database.db);
  orgId = rows[0]!.id;
});
after(async () => {
  await e2e?.close();
});

const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1" id="pwned">',
  "'><svg onload=window.__pwned=1 id=pwned>",
  'javascript:window.__pwned=1',
  '<a href="javascript:window.__pwned=1" id="pwned">x</a>',
];

/** A page that records dialogs and page errors, for the assertions after each visit. */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await e2e.newPage();
  const problems: string[] = [];
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  return { page, problems };
}

async function expectInert(page: Page, problems: string[], label: string): Promise<void> {
  const state = await page.evaluate(() => ({ pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0, marker: document.querySelectorAll('#pwned').length }));
  assert.deepEqual({ ...state, problems }, { pwned: 0, marker: 0, problems: [] }, label);
}

test('search: hostile text in the keyword field and in every query parameter is shown as text', async () => {
  const { page, problems } = await watchedPage();
  for (const payload of PAYLOADS) {
    await page.goto('/');
    await page.getByLabel('Hakusana', { exact: true }).fill(payload);
    await Promise.all([page.waitForURL(/\/search\?/), page.getByRole('button', { name: 'Hae', exact: true }).click()]);
    await expectInert(page, problems, `search for ${payload}`);
    const q = encodeURIComponent(payload);
    await page.goto(`/search?q=${q}&need=${q}&page=${q}&sort=${q}&from=${q}`);
    await expectInert(page, problems, `query parameters ${payload}`);
    await page.goto(`/organisations/${orgId}?from=${q}`);
    await expectInert(page, problems, `card with from=${payload}`);
  }
  await page.close();
});

test('the contact request form shown again with its errors keeps hostile text as text', async () => {
  const { page, problems } = await watchedPage();
  for (const payload of PAYLOADS.slice(0, 3)) {
    await page.goto(`/contact-requests/new?organization=${orgId}`);
    await page.getByLabel('Lähetän pyynnön asiakkaan puolesta').check();
    await page.getByLabel(/^Yksikkösi tai organisaatiosi/).fill(payload);
    await page.getByLabel(/^Etunimi/).fill(payload);
    await page.getByLabel('Puhelinnumero').fill(payload);
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Lähetä yhteydenottopyyntö' }).click()]);
    await page.locator('.error-summary').waitFor();
    assert.equal(await page.getByLabel(/^Etunimi/).inputValue(), payload, 'the text typed is kept as typed');
    await expectInert(page, problems, `contact request form with ${payload}`);
  }
  await page.close();
});
