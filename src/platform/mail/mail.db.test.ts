import { after, before, test } from 'node:test';
import { sql } from 'kysely';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import type { Database } from '../db/database.js';
import { getJob, listJobs } from '../jobs/job.repo.js';
import { startBackgroundWork } from '../jobs/start-background-work.js';
import { createWorker, startWorker } from '../jobs/worker.js';
import { enqueueMail } from './enqueue-mail.js';
import { findOutboxMessage, listOutboxRows } from './mail.repo.js';
import { smtpTransport, type MailTransport } from './mail-transport.js';
import { createSendMailHandler } from './send-mail.job.js';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server.js';
import { testMessage } from './test-message.mail.js';

const config = { baseUrl: 'https://tarjotin.example.org', mailFrom: 'Tarjotin <noreply@tarjotin.example.org>' };
let tdb: TestDatabase;
let db: Database;
let smtp: TestSmtpServer;
let transport: Extract<MailTransport, { kind: 'smtp' }>;

before(async () => {
  tdb = await createTestDatabase();
  db = tdb.db;
  smtp = await startTestSmtpServer();
  transport = smtpTransport(smtp.url) as typeof transport;
});

after(async () => {
  transport.close();
  await smtp.stop();
  await tdb.close();
});

const smtpHandler = () => createSendMailHandler({ transport, templates: [testMessage], config, backoff: { baseMs: 50, maxMs: 200 } });
const outboxHandler = () => createSendMailHandler({ transport: { kind: 'outbox' }, templates: [testMessage], config });

function links(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0]);
}

test('without SMTP the message goes to the outbox, once, with both parts in the recipient language', async () => {
  const jobId = await db.transaction().execute((trx) =>
    enqueueMail(trx, { to: 'vapaaehtoinen@example.org', lang: 'en', template: testMessage, params: {} }),
  );
  const worker = createWorker({ db, handlers: [outboxHandler()] });
  assert.equal(await worker.runDue(), 1);
  assert.equal(await worker.runDue(), 0);

  const page = await listOutboxRows({ db });
  assert.equal(page.total, 1);
  const summary = page.items[0]!;
  assert.equal(summary.to, 'vapaaehtoinen@example.org');
  assert.equal(summary.subject, 'Test message from Tarjotin');
  const message = (await findOutboxMessage({ db, id: summary.id }))!;
  assert.equal(message.jobId, jobId);
  assert.equal(message.messageId, `<${jobId}@tarjotin.example.org>`);
  assert.match(message.text, /E-mail works/);
  assert.match(message.html, /<html lang="en">/);
  assert.match(message.html, /E-mail works/);
  for (const link of [...links(message.text), ...links(message.html)]) assert.ok(link.startsWith(config.baseUrl), link);
  assert.ok(links(message.text).includes('https://tarjotin.example.org/en'));
  assert.ok((await getJob(db, { id: jobId }))!.doneAt instanceof Date);

  assert.equal(await findOutboxMessage({ db, id: 'not-a-uuid' }), null);
  assert.equal((await listOutboxRows({ db, to: 'VAPAAEHTOINEN@example.org' })).total, 1);
  assert.equal((await listOutboxRows({ db, to: 'someone.else@example.org' })).total, 0);
});

test('an e-mail queued in a transaction that rolls back is never sent; bad template parameters fail the caller', async () => {
  const before = (await listJobs(db, { name: 'send-mail', limit: 1000 })).length;
  await assert.rejects(
    db.transaction().execute(async (trx) => {
      await enqueueMail(trx, { to: 'peruttu@example.org', lang: 'fi', template: testMessage, params: {} });
      throw new Error('submission failed');
    }),
    /submission failed/,
  );
  assert.equal((await listJobs(db, { name: 'send-mail', limit: 1000 })).length, before);
  await assert.rejects(
    enqueueMail(db, { to: 'x@example.org', lang: 'fi', template: testMessage, params: { extra: 1 } as never }),
  );
  await assert.rejects(enqueueMail(db, { to: 'not an address', lang: 'fi', template: testMessage, params: {} }));
});

test('over SMTP the message arrives once, in Swedish, with text and HTML parts and links from BASE_URL', async () => {
  const received = smtp.messages.length;
  const jobId = await db.transaction().execute((trx) =>
    enqueueMail(trx, { to: 'medlem@example.org', lang: 'sv', template: testMessage, params: {} }),
  );
  const worker = createWorker({ db, handlers: [smtpHandler()] });
  assert.equal(await worker.runDue(), 1);
  await smtp.waitFor(received + 1);
  assert.equal(await worker.runDue(), 0);
  await sleep(200);
  assert.equal(smtp.messages.length, received + 1, 'exactly one message');

  const mail = smtp.messages.at(-1)!;
  assert.equal(mail.subject, 'Testmeddelande från Tarjotin');
  assert.equal(mail.messageId, `<${jobId}@tarjotin.example.org>`);
  assert.equal(mail.headers.get('content-language'), 'sv');
  assert.equal((mail.to as { text: string }).text, 'medlem@example.org');
  assert.equal(mail.from?.value[0]?.address, 'noreply@tarjotin.example.org');
  assert.ok(mail.text, 'has a plain-text part');
  assert.ok(typeof mail.html === 'string' && mail.html.length > 0, 'has an HTML part');
  assert.match(mail.text!, /E-posten fungerar/);
  assert.match(mail.html as string, /E-posten fungerar/);
  assert.match(mail.html as string, /<html lang="sv">/);
  const all = [...links(mail.text!), ...links(mail.html as string)];
  assert.ok(all.length >= 2);
  for (const link of all) assert.ok(link.startsWith(`${config.baseUrl}/`), link);
  assert.ok(all.includes('https://tarjotin.example.org/sv'));

  const job = (await getJob(db, { id: jobId }))!;
  assert.ok(job.doneAt instanceof Date);
  const sent = await db.selectFrom('mail_sent').selectAll().where('job_id', '=', jobId).execute();
  assert.equal(sent.length, 1);
  assert.equal(sent[0]!.message_id, `<${jobId}@tarjotin.example.org>`);
  assert.equal((await listOutboxRows({ db, to: 'medlem@example.org' })).total, 0, 'SMTP mail is not kept in the outbox');
});

test('while SMTP is down the job retries with backoff; when it is back the message is delivered exactly once', async () => {
  const received = smtp.messages.length;
  await smtp.stop();
  const jobId = await db.transaction().execute((trx) =>
    enqueueMail(trx, { to: 'odottaja@example.org', lang: 'fi', template: testMessage, params: {} }),
  );
  const worker = startWorker({ db, handlers: [smtpHandler()], pollMs: 20 });
  try {
    await waitFor(async () => ((await getJob(db, { id: jobId }))?.attempts ?? 0) >= 3);
    const failing = (await getJob(db, { id: jobId }))!;
    assert.equal(failing.doneAt, null);
    assert.equal(failing.failedAt, null);
    assert.match(failing.lastError!, /ECONNREFUSED|ESOCKET|ECONNECTION/);
    assert.doesNotMatch(failing.lastError!, /odottaja/);
    assert.equal(smtp.messages.length, received);

    await smtp.start();
    await smtp.waitFor(received + 1);
    await waitFor(async () => (await getJob(db, { id: jobId }))?.doneAt != null);
    await sleep(400);
  } finally {
    await worker.stop();
  }
  assert.equal(smtp.messages.length, received + 1, 'delivered exactly once');
  const mail = smtp.messages.at(-1)!;
  assert.equal(mail.messageId, `<${jobId}@tarjotin.example.org>`);
  assert.equal(mail.subject, 'Tarjottimen testiviesti');
});

test('startBackgroundWork runs e-mail and the daily clean-up inside the app process', async () => {
  const work = startBackgroundWork({ config: { ...config, smtpUrl: undefined }, db, pollMs: 20, templates: [testMessage] });
  try {
    await enqueueMail(db, { to: 'taustatyo@example.org', lang: 'fi', template: testMessage, params: {} });
    await waitFor(async () => (await listOutboxRows({ db, to: 'taustatyo@example.org' })).total === 1);
    await waitFor(async () => (await listJobs(db, { name: 'prune-jobs' })).some((j) => j.doneAt !== null));
  } finally {
    await work.stop();
  }
  const outbox = await listOutboxRows({ db, to: 'taustatyo@example.org' });
  assert.equal(outbox.items[0]!.subject, 'Tarjottimen testiviesti');
  assert.equal((await listJobs(db, { name: 'prune-jobs' })).length, 1);
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(20);
  }
}

test('a sealed recipient: the job holds the address encrypted, the send opens it; without the keys the job waits', async () => {
  const { createFieldCipher } = await import('../crypto/field-cipher.js');
  const cipher = createFieldCipher([{ version: 'k1', key: Buffer.alloc(32, 7) }]);
  const jobId = await db.transaction().execute((trx) =>
    enqueueMail(trx, { to: ' Asukas.Sinetti@Example.org ', lang: 'fi', template: testMessage, params: {}, seal: cipher }),
  );
  const raw = await db.selectFrom('job').select(sql<string>`payload::text`.as('payload')).where('id', '=', jobId).executeTakeFirstOrThrow();
  assert.doesNotMatch(raw.payload.toLowerCase(), /asukas\.sinetti/);
  assert.match(raw.payload, /"toSealed": ?"k1:/);

  // Without the cipher the job fails and stays queued (retried); with it the message reaches the outbox.
  const keyless = createWorker({ db, handlers: [outboxHandler()] });
  await keyless.runDue();
  assert.equal((await getJob(db, { id: jobId }))!.doneAt, null);
  await db.updateTable('job').set({ run_at: new Date(0) }).where('id', '=', jobId).execute();
  const worker = createWorker({ db, handlers: [createSendMailHandler({ transport: { kind: 'outbox' }, templates: [testMessage], config, cipher })] });
  assert.equal(await worker.runDue(), 1);
  assert.equal((await listOutboxRows({ db, to: 'asukas.sinetti@example.org' })).total, 1);
  assert.ok((await getJob(db, { id: jobId }))!.doneAt instanceof Date);
});
