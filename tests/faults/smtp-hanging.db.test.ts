/**
 * Fault (issue 11 B3): an SMTP server that accepts the TCP connection and never says a word. The request that asked
 * for an e-mail is answered at once (it only writes a job); the send-mail job gives up the attempt when nodemailer's
 * greeting timeout runs out (15 s by default, DEFAULT_SMTP_TIMEOUTS; shortened here), records the error, and is
 * retried; nothing is lost. When a working server answers on that port, every message goes out exactly once.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Service } from '../../src/boot.js';
import { mailTemplates } from '../../src/mail-templates.js';
import { createPlatformAdmin } from '../../src/platform/auth/create-platform-admin.js';
import { createSignInRequestHandler } from '../../src/platform/auth/request-sign-in-link.js';
import { listJobs } from '../../src/platform/jobs/job.repo.js';
import { startWorker, type Worker } from '../../src/platform/jobs/worker.js';
import { enqueueMail } from '../../src/platform/mail/enqueue-mail.js';
import { DEFAULT_SMTP_TIMEOUTS, smtpTransport, type MailTransport } from '../../src/platform/mail/mail-transport.js';
import { createSendMailHandler, messageIdFor } from '../../src/platform/mail/send-mail.job.js';
import { testMessage } from '../../src/platform/mail/test-message.mail.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../src/platform/mail/test-smtp-server.js';
import { createTestService } from '../support/test-app.js';

let service: Service;
before(async () => {
  service = await createTestService();
  await createPlatformAdmin({ db: service.database.db, email: 'paakayttaja@example.org' });
});
after(async () => {
  await service.close();
});

async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(50);
  }
}

test('the default SMTP timeouts end a hanging attempt well inside the job lease', () => {
  assert.ok(DEFAULT_SMTP_TIMEOUTS.connectionMs + DEFAULT_SMTP_TIMEOUTS.greetingMs <= 30_000);
  assert.ok(DEFAULT_SMTP_TIMEOUTS.socketMs <= 60_000);
});

test('SMTP hanging (connection accepted, never a greeting): the sign-in request is answered at once, the mail jobs time out and are retried, and each goes out exactly once when a working server answers', async () => {
  const db = service.database.db;
  // The silent server: holds every connection open and never writes.
  const sockets: Socket[] = [];
  const silent = createServer((socket) => {
    sockets.push(socket);
    socket.on('error', () => {});
  });
  silent.listen(0, '127.0.0.1');
  await once(silent, 'listening');
  const port = (silent.address() as AddressInfo).port;

  const transport = smtpTransport(`smtp://127.0.0.1:${port}`, { connectionMs: 1000, greetingMs: 400, socketMs: 1000 });
  const config = service.app.deps.config;
  const worker: Worker = startWorker({
    db,
    pollMs: 50,
    handlers: [
      createSignInRequestHandler({ cipher: service.app.deps.cipher }),
      createSendMailHandler({ transport, templates: mailTemplates, config, cipher: service.app.deps.cipher, backoff: { baseMs: 200, maxMs: 400 } }),
    ],
  });
  let good: TestSmtpServer | undefined;
  try {
    // A mail already on its way: the worker is stuck waiting for the silent server's greeting.
    const firstJob = await enqueueMail(db, { to: 'vastaanottaja@example.org', lang: 'fi', template: testMessage, params: {} });
    await waitUntil('the worker is connected to the silent server', async () => sockets.length >= 1);

    // A person asks for a sign-in link meanwhile: answered while SMTP hangs.
    const form = await service.app.inject({ method: 'GET', url: '/sign-in', remoteAddress: '198.51.100.40' });
    const cookie = form.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
    const connectionsBefore = sockets.length;
    const res = await service.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ email: 'paakayttaja@example.org', _csrf: csrf }).toString(),
      remoteAddress: '198.51.100.40',
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/sign-in/sent');
    assert.ok(sockets.slice(0, connectionsBefore).some((s) => !s.destroyed), 'answered while a connection to the silent server was still hanging');

    // Both e-mails (the one already queued and the sign-in link) time out and are retried, never given up.
    const mailJobs = async () => listJobs(db, { name: 'send-mail' });
    await waitUntil('both mail jobs failed twice on the timeout', async () => {
      const jobs = await mailJobs();
      return jobs.length === 2 && jobs.every((j) => j.attempts >= 2 && j.lastError !== null);
    });
    const stuck = await mailJobs();
    for (const j of stuck) {
      assert.equal(j.doneAt, null);
      assert.equal(j.failedAt, null, 'retried, not given up');
      assert.match(j.lastError!, /greeting|timeout|ETIMEDOUT/i);
    }
    console.log(`while SMTP hung: ${sockets.length} connections held, attempts ${stuck.map((j) => j.attempts).join(', ')}, last error "${stuck[0]!.lastError}"`);

    // The server is fixed: a working one on the same port.
    await new Promise<void>((resolve) => {
      silent.close(() => resolve());
      for (const s of sockets) s.destroy();
    });
    good = await startTestSmtpServer({ port });
    await good.waitFor(2, 30_000);
    await waitUntil('both jobs done', async () => (await mailJobs()).every((j) => j.doneAt !== null));
    // Some more polls: nothing comes twice.
    await sleep(1000);
    const ids = good.messages.map((m) => m.messageId);
    const expected = stuck.map((j) => messageIdFor(j.id, config.mailFrom)).sort();
    assert.deepEqual([...ids].sort(), expected, 'each message exactly once, with its job\'s Message-ID');
    assert.ok(stuck.some((j) => j.id === firstJob));
    const subjects = good.messages.map((m) => m.subject).sort();
    assert.equal(subjects.length, 2);
  } finally {
    await worker.stop();
    (transport as Extract<MailTransport, { kind: 'smtp' }>).close();
    silent.close();
    for (const s of sockets) s.destroy();
    await good?.stop();
  }
});
