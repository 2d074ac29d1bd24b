import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTestService } from '../../../tests/support/test-app.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import type { Service } from '../../boot.js';
import { mailTemplates } from '../../mail-templates.js';
import { startWorker } from '../../platform/jobs/worker.js';
import { smtpTransport, type MailTransport } from '../../platform/mail/mail-transport.js';
import { createSendMailHandler } from '../../platform/mail/send-mail.job.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../platform/mail/test-smtp-server.js';
import { ADDRESS_A, ADDRESS_B, R, addContactRequestFixture } from './contact-request.fixture.js';

/**
 * Issue 10: SMTP is down while a request is sent. The request is saved and acknowledged at once; the organisations'
 * e-mails wait in the job queue and go out when SMTP is back, exactly once each (a real SMTP server, stopped and
 * started on the same port).
 */

let service: Service;
let smtp: TestSmtpServer;
let transport: Extract<MailTransport, { kind: 'smtp' }>;

before(async () => {
  service = await createTestService();
  await addContactRequestFixture(service.database.db);
  smtp = await startTestSmtpServer();
  transport = smtpTransport(smtp.url) as typeof transport;
});
after(async () => {
  transport?.close();
  await smtp?.stop();
  await service?.close();
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out');
    await sleep(25);
  }
}

test('SMTP down: the request is saved and acknowledged; when SMTP returns each organisation gets its e-mail exactly once', async () => {
  const db = service.database.db;
  await smtp.stop();

  const browser = new TestBrowser(service.app, '203.0.113.77');
  const form = await browser.get(`/contact-requests/new?organization=${R.helpA}&activity=${R.groupB}`);
  const sent = await browser.post(
    '/contact-requests',
    [
      ['sender', 'self'],
      ['firstName', 'Odottaja'],
      ['phone', '040 555 0199'],
      ['email', ''],
      ['contactLang', 'fi'],
      ['message', ''],
      ['consent', 'self'],
      ['website', ''],
      ['organization', R.helpA],
      ['activity', R.groupB],
    ],
    form.body,
  );
  assert.equal(sent.statusCode, 303, 'acknowledged without waiting for SMTP');
  assert.match(String(sent.headers.location), /^\/contact-requests\/sent\//);
  assert.equal((await browser.get(String(sent.headers.location))).statusCode, 200, 'the confirmation page');
  const saved = await db.selectFrom('contact_request_recipient').select('organization_id').execute();
  assert.deepEqual(saved.map((r) => r.organization_id).sort(), [R.helpA, R.helpB].sort(), 'saved for both organisations');

  const worker = startWorker({
    db,
    pollMs: 20,
    handlers: [createSendMailHandler({ transport, templates: mailTemplates, config: service.app.deps.config, cipher: service.app.deps.cipher, backoff: { baseMs: 50, maxMs: 200 } })],
  });
  try {
    // Tries while SMTP is down: the jobs fail and stay queued (nothing is lost, nothing gives up).
    await waitFor(async () => {
      const jobs = await db.selectFrom('job').select(['attempts', 'done_at', 'failed_at']).where('name', '=', 'send-mail').execute();
      return jobs.length === 2 && jobs.every((j) => j.attempts >= 2 && j.done_at === null && j.failed_at === null);
    });
    assert.equal(smtp.messages.length, 0);

    await smtp.start();
    await smtp.waitFor(2);
    await waitFor(async () => (await db.selectFrom('job').select('done_at').where('name', '=', 'send-mail').execute()).every((j) => j.done_at !== null));
    await sleep(400); // any second delivery would arrive in this time
  } finally {
    await worker.stop();
  }
  const to = smtp.messages.map((m) => (Array.isArray(m.to) ? m.to : [m.to]).flatMap((a) => a?.value.map((v) => v.address) ?? [])).flat().sort();
  assert.deepEqual(to, [ADDRESS_A, ADDRESS_B].sort(), 'exactly one e-mail per organisation');
  for (const m of smtp.messages) assert.doesNotMatch(`${m.text ?? ''}${m.html || ''}`, /Odottaja|040 555 0199|0405550199/, 'no client details in the e-mail');
});
