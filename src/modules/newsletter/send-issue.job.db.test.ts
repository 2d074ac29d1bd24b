import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { addRole, ensureUser } from '../../platform/auth/auth.repo.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { createFieldCipher, newDataKey, type FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Database } from '../../platform/db/database.js';
import { isAppError } from '../../platform/errors.js';
import { stableId } from '../../platform/ids.js';
import { listJobs } from '../../platform/jobs/job.repo.js';
import { createWorker, type Worker } from '../../platform/jobs/worker.js';
import { smtpTransport, type MailTransport } from '../../platform/mail/mail-transport.js';
import { createSendMailHandler, SEALED_TO_FIELD } from '../../platform/mail/send-mail.job.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../platform/mail/test-smtp-server.js';
import { newsletterIssueMail } from './newsletter-issue.mail.js';
import { addConfirmedSubscriber, addDraftIssue } from './newsletter.fixture.js';
import { sendIssue } from './send-issue.js';
import { createNewsletterBatchHandler, newsletterPrepareHandler } from './send-issue.job.js';

/**
 * Sending an issue survives crashes without duplicates, over a real SMTP server: the batch job dies after queuing
 * some e-mails and is retried; SMTP fails mid-way and the send-mail jobs are retried; in the end every confirmed
 * subscriber of the region got the issue exactly once, with List-Unsubscribe and List-Unsubscribe-Post (RFC 8058).
 */

const config = { baseUrl: 'http://localhost:3000', mailFrom: 'Tarjotin <noreply@tarjotin.example.org>' };
const SUBSCRIBERS = 7;
const QUEUED_BEFORE_CRASH = 3;

let tdb: TestDatabase;
let db: Database;
let smtp: TestSmtpServer;
let transport: Extract<MailTransport, { kind: 'smtp' }>;
let cipher: FieldCipher;
let actor: SessionUser;
const tokens = new Map<string, string>();

before(async () => {
  tdb = await createTestDatabase();
  db = tdb.db;
  smtp = await startTestSmtpServer();
  transport = smtpTransport(smtp.url) as typeof transport;
  cipher = createFieldCipher([newDataKey('t1')]);
  await db.insertInto('region').values({ id: 'kanta-hame', name_fi: 'Kanta-Häme', name_sv: 'Egentliga Tavastland', name_en: 'Kanta-Häme' }).onConflict((oc) => oc.doNothing()).execute();
  for (let i = 1; i <= SUBSCRIBERS; i++) {
    const email = `tilaaja${i}@example.org`;
    tokens.set(email, (await addConfirmedSubscriber(db, cipher, { regionId: 'pohjois-savo', email, lang: i % 2 ? 'fi' : 'sv' })).unsubscribeToken);
  }
  await addConfirmedSubscriber(db, cipher, { regionId: 'kanta-hame', email: 'naapuri@example.org' });
  const user = await ensureUser(db, { id: stableId('newsletter-crash', 'admin'), email: 'alue.ps@example.org', lang: 'fi' });
  await addRole(db, { userId: user.id, role: 'regional_admin', scopeId: 'pohjois-savo' });
  actor = { id: user.id, email: 'alue.ps@example.org', lang: 'fi', roles: [{ role: 'regional_admin', scopeId: 'pohjois-savo' }] } as SessionUser;
});
after(async () => {
  transport?.close();
  await smtp?.stop();
  await tdb?.close();
});

/** Runs what is due until every job is done or given up (retries are due again after 1 ms). */
async function drain(worker: Worker): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const ran = await worker.runDue();
    if (ran > 0) continue;
    const open = await db.selectFrom('job').select('id').where('done_at', 'is', null).where('failed_at', 'is', null).where('name', 'like', 'newsletter-%').execute();
    const mail = await db.selectFrom('job').select('id').where('done_at', 'is', null).where('failed_at', 'is', null).where('name', '=', 'send-mail').execute();
    if (open.length === 0 && mail.length === 0) return;
    await sleep(5);
  }
  throw new Error('jobs did not finish');
}

test('a crash mid-send resumes without duplicates: each subscriber gets the issue exactly once, with the one-click headers', async () => {
  const issueId = await addDraftIssue(db, { regionId: 'pohjois-savo', subject: 'Kaatumaton uutiskirje', intro: 'Tervehdys **tilaajille**.' });
  await sendIssue({ db, actor, slug: 'pohjois-savo', id: issueId });

  // 1. The batch job "crashes" after queuing three e-mails: sealing the fourth address fails.
  let seals = 0;
  const crashing: FieldCipher = {
    ...cipher,
    encrypt(plain, field) {
      if (field === SEALED_TO_FIELD && ++seals > QUEUED_BEFORE_CRASH) throw new Error('simulated crash');
      return cipher.encrypt(plain, field);
    },
  };
  const first = createWorker({ db, handlers: [newsletterPrepareHandler, createNewsletterBatchHandler({ cipher: crashing, backoff: { baseMs: 1, maxMs: 1 } })] });
  assert.equal(await first.runDue(), 1, 'prepare');
  assert.equal(await first.runDue(), 1, 'the batch, which fails');
  const [batch] = await listJobs(db, { name: 'newsletter-batch' });
  assert.equal(batch!.doneAt, null);
  assert.match(batch!.lastError!, /simulated crash/);
  const afterCrash = await db.selectFrom('newsletter_delivery').selectAll().where('issue_id', '=', issueId).execute();
  assert.equal(afterCrash.length, SUBSCRIBERS);
  assert.equal(afterCrash.filter((d) => d.queued_at !== null).length, QUEUED_BEFORE_CRASH, 'the queued ones stay queued');
  assert.ok(afterCrash.every((d) => (d.queued_at === null) === (d.mail_job_id === null)), 'a delivery is queued exactly with its e-mail');
  assert.equal((await db.selectFrom('newsletter_issue').select('status').where('id', '=', issueId).executeTakeFirstOrThrow()).status, 'sending');

  // 2. Sending it again is impossible, however it is asked.
  await assert.rejects(sendIssue({ db, actor, slug: 'pohjois-savo', id: issueId }), (err) => isAppError(err, 'CONFLICT'));

  // 3. Another worker takes over: the retried batch queues the rest only; SMTP fails once on the way.
  let sends = 0;
  const flaky: MailTransport = {
    kind: 'smtp',
    send: async (mail) => {
      sends += 1;
      if (sends === 3) throw Object.assign(new Error('451 temporary failure'), { responseCode: 451 });
      return transport.send(mail);
    },
    close: () => {},
  };
  const second = createWorker({
    db,
    handlers: [
      newsletterPrepareHandler,
      createNewsletterBatchHandler({ cipher, backoff: { baseMs: 1, maxMs: 1 } }),
      createSendMailHandler({ transport: flaky, templates: [newsletterIssueMail], config, cipher, backoff: { baseMs: 1, maxMs: 1 } }),
    ],
  });
  await drain(second);
  await smtp.waitFor(SUBSCRIBERS);
  await sleep(100);

  const issue = await db.selectFrom('newsletter_issue').selectAll().where('id', '=', issueId).executeTakeFirstOrThrow();
  assert.equal(issue.status, 'sent');
  assert.ok(issue.sent_at instanceof Date);
  assert.equal(sends, SUBSCRIBERS + 1, 'one failed attempt, then each once');
  const received = smtp.messages.filter((m) => m.subject === 'Kaatumaton uutiskirje');
  const recipients = received.map((m) => (m.to as { text: string }).text).sort();
  assert.deepEqual(recipients, [...tokens.keys()].sort(), 'every subscriber exactly once, nobody of another region');
  for (const m of received) {
    const to = (m.to as { text: string }).text;
    const lines = new Map(m.headerLines.map((h) => [h.key, h.line.replace(/\r\n[ \t]+/g, ' ')])); // unfolded (RFC 5322)
    assert.equal(lines.get('list-unsubscribe'), `List-Unsubscribe: <http://localhost:3000${/[2468]@/.test(to) ? '/sv' : ''}/newsletter/unsubscribe/${tokens.get(to)}>`);
    assert.equal(lines.get('list-unsubscribe-post'), 'List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    assert.match(m.text!, /Tervehdys \*\*tilaajille\*\*/);
    assert.match(m.html as string, /Tervehdys <strong>tilaajille<\/strong>/);
  }
  const deliveries = await db.selectFrom('newsletter_delivery').selectAll().where('issue_id', '=', issueId).execute();
  assert.equal(deliveries.filter((d) => d.mail_job_id !== null).length, SUBSCRIBERS);
  assert.equal(new Set(deliveries.map((d) => d.mail_job_id)).size, SUBSCRIBERS, 'one e-mail job per delivery');

  // 4. Running the batch job again (a late duplicate) sends nothing more.
  const more = createWorker({ db, handlers: [createNewsletterBatchHandler({ cipher })] });
  const { enqueue } = await import('../../platform/jobs/enqueue.js');
  const { newsletterBatchJob } = await import('./send-issue.job.js');
  await enqueue(db, newsletterBatchJob, { issueId });
  await more.runDue();
  await drain(second);
  await sleep(100);
  assert.equal(smtp.messages.filter((m) => m.subject === 'Kaatumaton uutiskirje').length, SUBSCRIBERS);
});
