/**
 * The tray ("Tarjotin") in Chromium, with every e-mail read back from a real SMTP server started here (the service
 * sends through it: SMTP_URL, the embedded job worker): front page → the three questions → add two organisations'
 * activities to the tray from the results (with JavaScript: no page reload, the button, the header count and the
 * live region change) → the tray page (and its print layout) → one contact request to both → the confirmation; each
 * organisation's request address gets exactly one e-mail, and no e-mail holds the client's phone or e-mail address.
 * Then the same without JavaScript (every button a POST answered with 303), and the tray's contact details e-mailed
 * to an address. axe (WCAG 2.1 A/AA) on every page visited. Runs on PGlite, or on PostgreSQL with TEST_DATABASE_URL.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { ParsedMail } from 'mailparser';
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import type { Service } from '../../src/boot.js';
import type { TestSmtpServer } from '../../src/platform/mail/test-smtp-server.js';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs, expectPageStructure, startMailE2E, type MailE2E } from './support.js';

/** The journey's choices (the demo taxonomies' Finnish labels, as in journey.e2e.ts). */
const NEED = 'Yksinäisyys';
const SUPPORT = 'Vertaistuki';
const AREA = 'Kuopio';

let e2e: MailE2E;
let smtp: TestSmtpServer;
let service: Service;
let baseUrl: string;

before(async () => {
  // The demo data as the app loads it (search index built), copied from the run's prepared database.
  e2e = await startMailE2E();
  ({ smtp, service, baseUrl } = e2e);
});

after(async () => {
  await e2e?.close();
});

const noJsPages = new WeakSet<Page>();

async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
  const page = await e2e.newPage(options);
  if (options.javaScriptEnabled === false) noJsPages.add(page);
  return page;
}

/** Page structure and axe; pages opened without JavaScript are scanned as served (see support.ts). */
async function check(page: Page, label: string): Promise<void> {
  await expectPageStructure(page, label);
  if (noJsPages.has(page)) await expectNoAxeViolationsWithoutJs(page, label);
  else await expectNoAxeViolations(page, label);
}

/** The organisation behind a hit, and where it takes contact requests (null: it takes none). */
async function organizationOf(hit: Locator): Promise<{ id: string; name: string; requestEmail: string | null }> {
  const href = (await hit.locator('.hit-org a').getAttribute('href')) ?? '';
  const id = /\/organisations\/([0-9a-f-]{36})/.exec(href)?.[1];
  assert.ok(id, `the hit links to its organisation: ${href}`);
  const { rows } = await sql<{ name_fi: string; contact_request_email: string | null }>`
    select name_fi, nullif(trim(contact_request_email), '') as contact_request_email from organization where id = ${id}`.execute(service.database.db);
  return { id, name: rows[0]!.name_fi, requestEmail: rows[0]!.contact_request_email };
}

/** Front page → the three questions → the results page; returns the hits. */
async function search(page: Page, label: string): Promise<Locator> {
  assert.equal((await page.goto('/'))?.status(), 200);
  await check(page, `${label}: front page`);
  await page.getByLabel('Mihin etsit tukea?', { exact: true }).selectOption({ label: NEED });
  await page.getByLabel('Millaista tukea etsit?', { exact: true }).selectOption({ label: SUPPORT });
  await page.getByLabel('Miltä alueelta etsit tukea?', { exact: true }).selectOption({ label: AREA });
  await Promise.all([page.waitForURL(/\/search\?/), page.getByRole('button', { name: 'Hae', exact: true }).click()]);
  await check(page, `${label}: results`);
  return page.getByRole('list', { name: 'Tulokset' }).getByRole('listitem');
}

/** The first hits of two different organisations that take contact requests, skipping organisations in `not`. */
async function twoHits(hits: Locator, not: string[] = []): Promise<{ hit: Locator; org: { id: string; name: string; requestEmail: string } }[]> {
  const chosen: { hit: Locator; org: { id: string; name: string; requestEmail: string } }[] = [];
  const n = await hits.count();
  for (let i = 0; i < n && chosen.length < 2; i++) {
    const hit = hits.nth(i);
    const org = await organizationOf(hit);
    if (!org.requestEmail || not.includes(org.id) || chosen.some((c) => c.org.id === org.id)) continue;
    chosen.push({ hit, org: { ...org, requestEmail: org.requestEmail } });
  }
  assert.equal(chosen.length, 2, 'the results hold two organisations that take contact requests');
  return chosen;
}

/** Waits until every queued e-mail has been sent (no send-mail job left to run). */
async function mailQueueEmpty(): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from job where name = 'send-mail' and done_at is null and failed_at is null`.execute(service.database.db);
    if (Number(rows[0]!.n) === 0) return;
    if (Date.now() > deadline) assert.fail(`send-mail jobs still waiting: ${rows[0]!.n}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function to(m: ParsedMail): string {
  return m.to && !Array.isArray(m.to) ? m.to.text : '';
}

/** What a mail says (subject, text and HTML), without its headers. */
function body(m: ParsedMail): string {
  return `${m.subject ?? ''}\n${m.text ?? ''}\n${typeof m.html === 'string' ? m.html : ''}`;
}

/** The client's details must be in no e-mail's subject or body, in any of the forms a phone number can take. */
function expectNoClientDetails(client: { phone: string; phoneE164: string; email?: string }): void {
  const digits = client.phone.replace(/\D/g, '');
  for (const m of smtp.messages) {
    const text = body(m);
    for (const secret of [client.phone, client.phoneE164, digits, ...(client.email ? [client.email] : [])]) {
      assert.ok(!text.includes(secret), `mail "${m.subject}" to ${to(m)} holds the client's ${secret}`);
    }
  }
}

async function sendFromTray(page: Page, label: string, client: { firstName: string; phone: string }, who: 'professional' | 'self'): Promise<void> {
  if (who === 'professional') {
    await page.getByLabel('Lähetän pyynnön asiakkaan puolesta').check();
    await page.getByLabel(/^Yksikkösi tai organisaatiosi/).fill('Kuopion terveysasema, sosiaalityö');
  } else {
    await page.getByLabel('Pyydän yhteydenottoa itselleni').check();
  }
  await page.getByLabel(/^Etunimi/).fill(client.firstName);
  await page.getByLabel('Puhelinnumero').fill(client.phone);
  await page.getByLabel(who === 'professional' ? /^Asiakas on antanut luvan/ : /^Annan luvan/).check();
  await page.getByRole('button', { name: 'Lähetä yhteydenottopyyntö' }).click();
  await page.waitForURL(/\/contact-requests\/sent\/YP-/);
  assert.ok(await page.getByRole('heading', { level: 1, name: 'Yhteydenottopyyntö on lähetetty' }).isVisible());
  assert.equal(await page.getByText(client.firstName).count(), 0, 'the confirmation shows nothing typed');
  await check(page, `${label}: confirmation`);
}

test('with JavaScript: two organisations onto the tray without a reload, one request to both, one e-mail each', async () => {
  const page = await newPage();
  const hits = await search(page, 'with JavaScript');
  const chosen = await twoHits(hits);

  await page.evaluate(() => {
    (window as unknown as { trayNoReload: boolean }).trayNoReload = true;
  });
  const header = page.locator('#tray-link');
  assert.equal(await header.textContent(), 'Tarjotin');
  for (const [i, { hit }] of chosen.entries()) {
    await hit.getByRole('button', { name: /^Lisää Tarjottimelle/ }).click();
    await hit.getByRole('button', { name: /^Poista Tarjottimelta/ }).waitFor();
    await page.waitForFunction((n) => document.getElementById('tray-link')?.textContent === `Tarjotin (${n})`, i + 1);
    await page.waitForFunction((n) => (document.getElementById('tray-status')?.textContent ?? '').includes(`Valintoja Tarjottimella: ${n}`), i + 1);
  }
  assert.equal(await page.evaluate(() => (window as unknown as { trayNoReload?: boolean }).trayNoReload), true, 'the page was not reloaded');
  assert.equal(await page.locator('#tray-status').getAttribute('role'), 'status');
  await check(page, 'with JavaScript: results with two on the tray');

  // Off and on again: the button toggles back and forth without a reload.
  const first = chosen[0]!.hit;
  await first.getByRole('button', { name: /^Poista Tarjottimelta/ }).click();
  await first.getByRole('button', { name: /^Lisää Tarjottimelle/ }).waitFor();
  await page.waitForFunction(() => document.getElementById('tray-link')?.textContent === 'Tarjotin (1)');
  await first.getByRole('button', { name: /^Lisää Tarjottimelle/ }).click();
  await page.waitForFunction(() => document.getElementById('tray-link')?.textContent === 'Tarjotin (2)');

  await Promise.all([page.waitForURL(/\/tray$/), page.getByRole('link', { name: 'Tarjotin (2)' }).click()]);
  assert.ok(await page.getByRole('heading', { level: 1, name: 'Tarjotin' }).isVisible());
  for (const { org } of chosen) assert.ok(await page.getByRole('link', { name: org.name }).first().isVisible(), org.name);
  await check(page, 'with JavaScript: tray page');

  // The print layout: the contact details, no navigation, forms or buttons.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').isVisible(), false, 'no header on paper');
  assert.equal(await page.getByRole('button', { name: 'Lähetä yhteydenottopyyntö' }).isVisible(), false, 'no form on paper');
  assert.equal(await page.getByRole('button', { name: /^Poista Tarjottimelta/ }).first().isVisible(), false, 'no buttons on paper');
  assert.ok(await page.locator('.tray-entry').first().isVisible(), 'the entries print');
  await page.emulateMedia({ media: 'screen' });

  const client = { firstName: 'Tarjotinasiakas', phone: '040 765 4321', phoneE164: '+358407654321' };
  await sendFromTray(page, 'with JavaScript', client, 'professional');
  assert.equal(await page.locator('#tray-link').textContent(), 'Tarjotin', 'the tray is empty after sending');
  for (const { org } of chosen) assert.ok(await page.getByRole('listitem').filter({ hasText: org.name }).first().isVisible(), `confirmation names ${org.name}`);

  await mailQueueEmpty();
  for (const { org } of chosen) {
    const mails = smtp.messages.filter((m) => to(m) === org.requestEmail);
    assert.equal(mails.length, 1, `exactly one e-mail to ${org.requestEmail}`);
    assert.ok((mails[0]!.text ?? '').includes(`${baseUrl}/contact-requests/open/`), 'with the signed link');
  }
  expectNoClientDetails(client);
});

test('without JavaScript: the same by plain form posts and 303s; the tray’s details e-mailed to the client', async () => {
  const page = await newPage({ javaScriptEnabled: false });
  const hits = await search(page, 'without JavaScript');
  const before = smtp.messages.length;
  const chosen = await twoHits(hits);
  const resultsUrl = page.url();

  for (const [i, { org }] of chosen.entries()) {
    // After each post the page is loaded again: find the organisation's hit anew.
    const hit = page.getByRole('list', { name: 'Tulokset' }).getByRole('listitem').filter({ has: page.locator(`.hit-org a[href*="${org.id}"]`) }).first();
    await Promise.all([page.waitForEvent('load'), hit.getByRole('button', { name: /^Lisää Tarjottimelle/ }).click()]);
    assert.equal(page.url().split('#')[0], resultsUrl, 'back on the same results');
    assert.match(page.url(), /#tray-activity-[0-9a-f-]{36}$/, 'at the button');
    assert.ok(await hit.getByRole('button', { name: /^Poista Tarjottimelta/ }).isVisible());
    assert.equal(await page.locator('#tray-link').textContent(), `Tarjotin (${i + 1})`);
  }
  await check(page, 'without JavaScript: results with two on the tray');

  await page.getByRole('link', { name: 'Tarjotin (2)' }).click();
  await page.waitForURL(/\/tray$/);
  await check(page, 'without JavaScript: tray page');
  // The print link opens the printout page.
  await page.getByRole('link', { name: 'Tulosta Tarjotin' }).click();
  await page.waitForURL(/\/tray\/print$/);
  for (const { org } of chosen) assert.ok(await page.getByText(org.name).first().isVisible());
  await check(page, 'without JavaScript: printout');
  await page.getByRole('link', { name: 'Takaisin Tarjottimelle' }).click();
  await page.waitForURL(/\/tray$/);

  // The contact details to the client's own address first: sending the request takes them off the tray.
  const address = 'tarjotin.lista@example.org';
  await page.getByLabel(/^Sähköpostiosoite, johon tiedot lähetetään/).fill(address);
  await page.getByRole('button', { name: 'Lähetä tiedot sähköpostilla' }).click();
  await page.waitForURL(/\/tray\/email\/sent$/);
  assert.ok(await page.getByRole('heading', { level: 1, name: 'Tiedot lähetetty' }).isVisible());
  await check(page, 'without JavaScript: details sent');
  await page.goto('/tray');

  const client = { firstName: 'Ilmanskriptia', phone: '044 321 9876', phoneE164: '+358443219876' };
  await sendFromTray(page, 'without JavaScript', client, 'self');
  assert.equal(await page.locator('#tray-link').textContent(), 'Tarjotin', 'the tray is empty after sending');

  await mailQueueEmpty();
  const mine = smtp.messages.slice(before);
  for (const { org } of chosen) {
    assert.equal(mine.filter((m) => to(m) === org.requestEmail).length, 1, `exactly one e-mail to ${org.requestEmail}`);
  }
  const list = mine.filter((m) => to(m) === address);
  assert.equal(list.length, 1, 'the list went once');
  for (const { org } of chosen) assert.ok((list[0]!.text ?? '').includes(org.name), `the list names ${org.name}`);
  expectNoClientDetails(client);
});
