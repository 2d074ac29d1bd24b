/**
 * Several instances (issue 11 B2): two app instances and two job workers over one database. On PostgreSQL
 * (TEST_DATABASE_URL) each instance has its own connection pool, as two processes would; on PGlite (the embedded
 * default, one process by nature) the two share the one handle, and what is shown is that nothing lives in an
 * instance's memory. A session made through one instance is valid on the other and ended by the other; a scheduled
 * job runs once per period with two workers polling; a batch of e-mails enqueued once is delivered exactly once,
 * counted by Message-ID at a real SMTP server. (Rate limits across two instances: src/platform/http/edge.db.test.ts.)
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LightMyRequestResponse } from 'fastify';
import { z } from 'zod';
import { createService, type Service } from '../../src/boot.js';
import { loadConfig } from '../../src/config.js';
import { mailTemplates } from '../../src/mail-templates.js';
import { createPlatformAdmin } from '../../src/platform/auth/create-platform-admin.js';
import { createSignInRequestHandler } from '../../src/platform/auth/request-sign-in-link.js';
import { openDatabase, type Database, type DatabaseHandle } from '../../src/platform/db/database.js';
import { listJobs } from '../../src/platform/jobs/job.repo.js';
import { defineJobHandler, defineJobType } from '../../src/platform/jobs/job-types.js';
import { schedule } from '../../src/platform/jobs/schedule.js';
import { createWorker, startWorker } from '../../src/platform/jobs/worker.js';
import { enqueueMail } from '../../src/platform/mail/enqueue-mail.js';
import { findOutboxMessage, listOutboxRows } from '../../src/platform/mail/mail.repo.js';
import { smtpTransport, type MailTransport } from '../../src/platform/mail/mail-transport.js';
import { createSendMailHandler, messageIdFor } from '../../src/platform/mail/send-mail.job.js';
import { testMessage } from '../../src/platform/mail/test-message.mail.js';
import { startTestSmtpServer } from '../../src/platform/mail/test-smtp-server.js';
import { TEST_DATA_KEYS } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-db.js';

const where = process.env.TEST_DATABASE_URL ? 'PostgreSQL, two connection pools' : 'PGlite, one shared handle';

let tdb: TestDatabase;
let second: DatabaseHandle | undefined;
let db1: Database;
let db2: Database;
let one: Service;
let two: Service;

before(async () => {
  tdb = await createTestDatabase();
  db1 = tdb.db;
  second = tdb.url ? await openDatabase({ databaseUrl: tdb.url, dataDir: 'memory://' }) : undefined;
  db2 = second?.db ?? db1;
  const config = loadConfig({ LOG_LEVEL: 'warn', DEMO_DATA: 'off', BASE_URL: 'http://localhost:3000', DATA_KEYS: TEST_DATA_KEYS });
  // Each service closes its own handle; the test database itself is closed (and dropped) last.
  one = await createService(config, { ...tdb, close: async () => {} });
  two = await createService(config, second ?? { ...tdb, close: async () => {} });
  await createPlatformAdmin({ db: db1, email: 'paakayttaja@example.org' });
});

after(async () => {
  await one.close();
  await two.close();
  await tdb.close();
});

/** A browser's cookie jar that can talk to either instance (a load balancer without sticky sessions). */
class Browser {
  cookies = new Map<string, string>();
  keep(res: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of res.cookies as { name: string; value: string; expires?: Date }[]) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  async get(service: Service, url: string) {
    return this.keep(await service.app.inject({ method: 'GET', url, headers: { cookie: this.header() }, remoteAddress: '198.51.100.60' }));
  }
  async post(service: Service, url: string, form: Record<string, string>) {
    return this.keep(
      await service.app.inject({
        method: 'POST',
        url,
        headers: { cookie: this.header(), 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(form).toString(),
        remoteAddress: '198.51.100.60',
      }),
    );
  }
  static csrf(html: string): string {
    const m = /name="_csrf" value="([^"]+)"/.exec(html);
    assert.ok(m, 'page has a CSRF field');
    return m[1]!;
  }
}

test(`a session made through instance 1 is valid on instance 2 and ended there for both (${where})`, async () => {
  const b = new Browser();
  // Sign-in form from instance 1, posted to instance 2: the CSRF secret travels in the browser's cookie.
  const form = await b.get(one, '/sign-in');
  const asked = await b.post(two, '/sign-in', { email: 'paakayttaja@example.org', _csrf: Browser.csrf(form.body) });
  assert.equal(asked.statusCode, 303);
  const worker = createWorker({
    db: db2,
    handlers: [
      createSignInRequestHandler({ cipher: two.app.deps.cipher }),
      createSendMailHandler({ transport: { kind: 'outbox' }, templates: mailTemplates, config: two.app.deps.config }),
    ],
  });
  while ((await worker.runDue()) > 0);
  const newest = (await listOutboxRows({ db: db1, limit: 1 })).items[0]!;
  const token = /\/sign-in\/([A-Za-z0-9_-]+)/.exec((await findOutboxMessage({ db: db1, id: newest.id }))!.text)![1]!;

  const confirm = await b.get(one, `/sign-in/${token}`);
  const signedIn = await b.post(one, `/sign-in/${token}`, { _csrf: Browser.csrf(confirm.body) });
  assert.equal(signedIn.statusCode, 303);
  assert.ok(b.cookies.has('tarjotin_session'));

  for (const service of [two, one]) {
    const account = await b.get(service, '/account');
    assert.equal(account.statusCode, 200);
    assert.match(account.body, /paakayttaja@example\.org/);
  }

  // Signed out on instance 2: the session is gone on instance 1 as well.
  const page = await b.get(two, '/account');
  const cookieBefore = b.header();
  const out = await b.post(two, '/sign-out', { _csrf: Browser.csrf(page.body) });
  assert.equal(out.statusCode, 303);
  const stale = await one.app.inject({ method: 'GET', url: '/account', headers: { cookie: cookieBefore }, remoteAddress: '198.51.100.60' });
  assert.notEqual(stale.statusCode, 200, 'the old cookie no longer lets anyone in on instance 1');
  assert.doesNotMatch(stale.body, /paakayttaja@example\.org/);
});

test(`a scheduled job runs once per period with two workers polling through several periods (${where})`, async () => {
  const tick = defineJobType({ name: 'fault-tick', version: 1, schema: z.object({}) });
  const runs: { job: string; worker: number }[] = [];
  const handlerFor = (worker: number) =>
    defineJobHandler(tick, async ({ job }) => {
      runs.push({ job: job.id, worker });
    });
  const every = schedule(tick, '1 second');
  const workers = [
    startWorker({ db: db1, handlers: [handlerFor(1)], schedules: [every], pollMs: 50 }),
    startWorker({ db: db2, handlers: [handlerFor(2)], schedules: [every], pollMs: 50 }),
  ];
  await sleep(4500);
  await Promise.all(workers.map((w) => w.stop()));
  // A job written in the last moment may still be due; it is not a run, only an unfinished period.
  const jobs = (await listJobs(db1, { name: 'fault-tick', limit: 1000 })).filter((j) => j.doneAt !== null);
  const periods = new Set(jobs.map((j) => j.singletonKey));
  console.log(`schedule "1 second", 4.5 s, two workers: ${periods.size} periods, ${runs.length} runs (worker 1: ${runs.filter((r) => r.worker === 1).length}, worker 2: ${runs.filter((r) => r.worker === 2).length})`);
  assert.ok(periods.size >= 3, `several periods passed (${periods.size})`);
  assert.equal(periods.size, jobs.length, 'one job per period');
  assert.equal(runs.length, jobs.length, 'each period\'s job ran once');
  assert.equal(new Set(runs.map((r) => r.job)).size, runs.length, 'no job ran twice');
  assert.ok(jobs.every((j) => j.attempts === 1));
});

test(`a batch of 30 e-mails enqueued once is delivered exactly once with two workers polling (${where})`, async () => {
  const smtp = await startTestSmtpServer();
  const sent = [0, 0];
  const counted = (worker: number): MailTransport => {
    const inner = smtpTransport(smtp.url) as Extract<MailTransport, { kind: 'smtp' }>;
    return {
      kind: 'smtp',
      send: async (mail) => {
        const r = await inner.send(mail);
        sent[worker] = sent[worker]! + 1;
        return r;
      },
      close: () => inner.close(),
    };
  };
  const transports = [counted(0), counted(1)];
  const config = one.app.deps.config;
  const ids: string[] = [];
  for (let i = 0; i < 30; i++) {
    ids.push(await enqueueMail(db1, { to: `vastaanottaja-${i}@example.org`, lang: 'fi', template: testMessage, params: {} }));
  }
  const workers = [db1, db2].map((db, i) =>
    startWorker({ db, pollMs: 50, concurrency: 3, handlers: [createSendMailHandler({ transport: transports[i]!, templates: mailTemplates, config })] }),
  );
  try {
    await smtp.waitFor(30, 45_000);
    // More polls by both workers: nothing more arrives.
    await sleep(1000);
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    for (const t of transports) if (t.kind === 'smtp') t.close();
    await smtp.stop();
  }
  console.log(`30 e-mails: worker 1 sent ${sent[0]}, worker 2 sent ${sent[1]}, the server received ${smtp.messages.length}`);
  const received = smtp.messages.map((m) => m.messageId!).sort();
  assert.deepEqual(received, ids.map((id) => messageIdFor(id, config.mailFrom)).sort(), 'every message once, none twice');
  const jobs = (await listJobs(db1, { name: 'send-mail', limit: 100 })).filter((j) => ids.includes(j.id));
  assert.equal(jobs.length, 30);
  assert.ok(jobs.every((j) => j.doneAt !== null && j.attempts === 1));
});
