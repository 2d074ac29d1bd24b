/**
 * Sign-in by one-time link in Chromium, JavaScript on: the form (with an error), "check your e-mail", the link read
 * from the outbox, the confirm page, the account page, the outbox list and one message, sign-out. axe on each page.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNoAxeViolations, expectPageStructure, startE2E, type E2E } from './support.js';
import { createPlatformAdmin } from '../../src/platform/auth/create-platform-admin.js';
import { createSignInRequestHandler } from '../../src/platform/auth/request-sign-in-link.js';
import { createWorker } from '../../src/platform/jobs/worker.js';
import { createSendMailHandler } from '../../src/platform/mail/send-mail.job.js';
import { mailTemplates } from '../../src/mail-templates.js';
import { findOutboxMessage, listOutboxRows } from '../../src/platform/mail/mail.repo.js';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
  await createPlatformAdmin({ db: e2e.service.database.db, email: 'paakayttaja@example.org' });
});
after(async () => {
  await e2e?.close();
});

async function check(page: import('playwright-core').Page, label: string) {
  await expectPageStructure(page, label);
  await expectNoAxeViolations(page, label);
}

test('a platform administrator signs in by link, reads the outbox and signs out', async () => {
  const db = e2e.service.database.db;
  const page = await e2e.newPage();
  await page.goto('/sign-in');
  await check(page, 'sign-in form');

  await page.getByLabel('Sähköpostiosoite').fill('ei-osoite');
  await page.getByRole('button', { name: 'Lähetä kirjautumislinkki' }).click();
  assert.equal(await page.getByLabel('Sähköpostiosoite').getAttribute('aria-invalid'), 'true');
  await check(page, 'sign-in form with an error');

  await page.getByLabel('Sähköpostiosoite').fill('paakayttaja@example.org');
  await page.getByRole('button', { name: 'Lähetä kirjautumislinkki' }).click();
  assert.match(page.url(), /\/sign-in\/sent$/);
  await check(page, 'check your e-mail');

  const worker = createWorker({
    db,
    handlers: [
      createSignInRequestHandler({ cipher: e2e.service.app.deps.cipher }),
      createSendMailHandler({ transport: { kind: 'outbox' }, templates: mailTemplates, config: e2e.service.app.deps.config }),
    ],
  });
  while ((await worker.runDue()) > 0);
  const newest = (await listOutboxRows({ db, limit: 1 })).items[0]!;
  const mail = (await findOutboxMessage({ db, id: newest.id }))!;
  const path = /https?:\/\/[^/\s]+(\/sign-in\/[A-Za-z0-9_-]+)/.exec(mail.text)![1]!;

  await page.goto(path);
  await check(page, 'confirm sign-in');
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  assert.match(page.url(), /\/account$/);
  await check(page, 'account');

  await page.getByRole('link', { name: 'Lähtevät viestit' }).click();
  await check(page, 'outbox');
  await page.getByRole('link', { name: mail.subject }).first().click();
  await check(page, 'outbox message');

  await page.goto('/account');
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await page.goto('/account');
  assert.match(page.url(), /\/sign-in$/);
});
