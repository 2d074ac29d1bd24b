/**
 * Closing the loop in Chromium with a real SMTP server (the service sends through SMTP_URL with its embedded job
 * worker): a professional sends a request from an organisation card, leaving an address for follow-up → the
 * organisation's request address receives one e-mail with the signed link and no client details → the link, as
 * clicked in that e-mail, shows only the button → "Avaa pyyntö" shows the client → marked contacted → the
 * professional receives one follow-up e-mail, again without client details. axe on every page. The tray's journey up
 * to the organisations' e-mails is tests/e2e/tray.e2e.ts; the recipient's pages one by one are inbox.e2e.ts.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { ParsedMail } from 'mailparser';
import type { Page } from 'playwright-core';
import type { Service } from '../../src/boot.js';
import type { TestSmtpServer } from '../../src/platform/mail/test-smtp-server.js';
import { expectNoAxeViolations, expectPageStructure, startMailE2E, type MailE2E } from './support.js';

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

async function newPage(): Promise<Page> {
  const page = await e2e.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

async function check(page: Page, label: string): Promise<void> {
  await expectPageStructure(page, label);
  await expectNoAxeViolations(page, label);
}

function to(m: ParsedMail): string {
  return m.to && !Array.isArray(m.to) ? m.to.text : '';
}

function body(m: ParsedMail): string {
  return `${m.subject ?? ''}\n${m.text ?? ''}\n${typeof m.html === 'string' ? m.html : ''}`;
}

/** The e-mails to an address, once every queued e-mail has gone out. */
async function mailsTo(address: string, count: number): Promise<ParsedMail[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from job where name = 'send-mail' and done_at is null and failed_at is null`.execute(service.database.db);
    const mails = smtp.messages.filter((m) => to(m) === address);
    if (Number(rows[0]!.n) === 0 && mails.length >= count) return mails;
    if (Date.now() > deadline) assert.fail(`waiting for ${count} e-mail(s) to ${address}; ${mails.length} arrived`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('a professional’s request: the organisation’s e-mailed link opens it, "contacted" e-mails the professional; no e-mail holds the client’s details', async () => {
  const { rows } = await sql<{ id: string; name_fi: string; contact_request_email: string }>`
    select id, name_fi, trim(contact_request_email) as contact_request_email from organization
    where status = 'published' and coalesce(trim(contact_request_email), '') <> '' order by name_fi limit 1`.execute(service.database.db);
  const org = rows[0]!;
  const client = { firstName: 'Polkuasiakas', phone: '040 555 1212', phoneE164: '+358405551212', email: 'polku.asiakas@example.org' };
  const professional = 'polku.ammattilainen@example.org';
  const secrets = [client.firstName, client.phone, client.phoneE164, client.phone.replace(/\D/g, ''), client.email];

  // 1. The professional sends from the card.
  const sender = await newPage();
  await sender.goto(`/organisations/${org.id}`);
  await sender.getByLabel('Lähetän pyynnön asiakkaan puolesta').check();
  await sender.getByLabel(/^Yksikkösi tai organisaatiosi/).fill('Polkulan perhekeskus');
  await sender.getByLabel(/^Sähköpostisi seurantaa varten/).fill(professional);
  await sender.getByLabel(/^Etunimi/).fill(client.firstName);
  await sender.getByLabel('Puhelinnumero').fill(client.phone);
  await sender.getByLabel('Sähköposti', { exact: true }).fill(client.email);
  await sender.getByLabel(/^Asiakas on antanut luvan/).check();
  await sender.getByRole('button', { name: 'Lähetä yhteydenottopyyntö' }).click();
  await sender.waitForURL(/\/contact-requests\/sent\/YP-/);
  const reference = (await sender.locator('.reference').innerText()).trim();

  // 2. One e-mail to the organisation, with the signed link and nothing of the client.
  const [notice] = await mailsTo(org.contact_request_email, 1);
  assert.equal(smtp.messages.filter((m) => to(m) === org.contact_request_email).length, 1, 'exactly one e-mail to the organisation');
  for (const s of secrets) assert.ok(!body(notice!).includes(s), `the organisation's e-mail holds ${s}`);
  const link = new RegExp(`${baseUrl}/contact-requests/open/[A-Za-z0-9_-]{20,100}`).exec(notice!.text ?? '')?.[0];
  assert.ok(link, 'the e-mail has the signed link');

  // 3. The organisation follows the link: a button only; then the request.
  const ngo = await newPage();
  await ngo.goto(link);
  assert.ok(await ngo.getByText(reference).first().isVisible());
  assert.equal(await ngo.getByText(client.email).count(), 0);
  await check(ngo, 'the signed link');
  await ngo.getByRole('button', { name: 'Avaa pyyntö' }).click();
  await ngo.waitForLoadState('load');
  assert.ok(await ngo.getByText(client.firstName).first().isVisible());
  assert.ok(await ngo.getByRole('link', { name: client.email }).isVisible());
  assert.ok(await ngo.getByRole('link', { name: '+358 40 5551212' }).isVisible());
  assert.ok(await ngo.getByText('Polkulan perhekeskus').isVisible());
  await check(ngo, 'the opened request');

  // 4. Marked contacted: one follow-up to the professional, without the client's details.
  await ngo.getByLabel('Asiakkaaseen on otettu yhteyttä').check();
  await ngo.getByLabel('Sisäinen muistiinpano').fill('Soitettu, tapaaminen sovittu');
  await ngo.getByRole('button', { name: 'Tallenna tila' }).click();
  await ngo.waitForLoadState('load');
  assert.ok(await ngo.getByRole('status').getByText('Tila on tallennettu.').isVisible());
  await check(ngo, 'the saved status');
  const [followUp] = await mailsTo(professional, 1);
  assert.ok(followUp!.subject?.includes(reference));
  assert.ok((followUp!.text ?? '').includes(org.name_fi));
  for (const s of [...secrets, 'Soitettu, tapaaminen sovittu']) assert.ok(!body(followUp!).includes(s), `the follow-up holds ${s}`);
  assert.equal(smtp.messages.filter((m) => to(m) === professional).length, 1, 'exactly one follow-up');
  for (const m of smtp.messages) for (const s of secrets) assert.ok(!body(m).includes(s), `the e-mail "${m.subject}" to ${to(m)} holds ${s}`);
});
