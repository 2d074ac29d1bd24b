/**
 * Several instances (issue 11 B2): two app instances and two job workers over one database. On PostgreSQL
 * (TEST_DATABASE_URL) each instance has its own connection pool, as two processes would; on PGlite (the embedded
 * default, one process by nature) the two share the one handle, and what is shown is that nothing lives in an
 * instance's memory. A session made through one instance is valid on the other and ended by the other; a scheduled
 * job runs once per period with two workers polling; a batch of e-mails enqueued once is delivered exactly once,
 * counted by Message-ID at a real SMTP server. On PostgreSQL also two real `src/main.ts` processes: a session and the
 * per-address sign-in limit across both (rate limits across two in-process instances: src/platform/http/edge.db.test.ts).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LightMyRequestResponse } from 'fastify';
import { z } from 'zod';
import { createService, type Service } from '../../src/boot.js';
import { loadConfig } from '../../src/config.js';
import { mailTemplates } from '../../src/mail-templates.js';
import { SIGN_IN_LIMITS } from '../../src/platform/auth/auth.plugin.js';
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

/** A free local port (taken by the OS, then released for the child to listen on). */
async function freePort(): Promise<number> {
  const server = createNetServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A browser with a cookie jar over real HTTP, talking to either process. */
class HttpBrowser {
  cookies = new Map<string, string>();
  private keep(res: Response): Response {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }
  private header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  async get(base: string, path: string): Promise<{ status: number; body: string }> {
    const res = this.keep(await fetch(base + path, { headers: { cookie: this.header() }, redirect: 'manual' }));
    return { status: res.status, body: await res.text() };
  }
  async post(base: string, path: string, form: Record<string, string>): Promise<{ status: number; body: string }> {
    const res = this.keep(
      await fetch(base + path, {
        method: 'POST',
        headers: { cookie: this.header(), 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(form).toString(),
        redirect: 'manual',
      }),
    );
    return { status: res.status, body: await res.text() };
  }
}

// Two real processes need a database server; on PGlite the tests above are the two-instance proof.
if (process.env.TEST_DATABASE_URL) {
  test('two src/main.ts processes on one PostgreSQL: a session made through one is valid on the other, and the sign-in limit per address is counted over both', async (t) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'tarjotin-two-'));
    const children: ChildProcess[] = [];
    let output = '';
    t.after(async () => {
      for (const c of children) {
        if (c.exitCode === null && c.signalCode === null) {
          c.kill('SIGTERM');
          await once(c, 'exit');
        }
      }
      await rm(dataDir, { recursive: true, force: true });
    });
    const bases: string[] = [];
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), join(import.meta.dirname, '../../src/main.ts')], {
        cwd: dataDir,
        env: {
          PATH: process.env.PATH,
          TSX_TSCONFIG_PATH: join(import.meta.dirname, '../../tsconfig.json'),
          PORT: String(port),
          HOST: '127.0.0.1',
          BASE_URL: `http://127.0.0.1:${port}`,
          DATA_DIR: dataDir,
          DATABASE_URL: tdb.url,
          DEMO_DATA: 'off',
          LOG_LEVEL: 'warn',
          DATA_KEYS: TEST_DATA_KEYS,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      children.push(child);
      const keep = (d: Buffer) => (output = (output + d.toString()).slice(-4000));
      child.stdout!.on('data', keep);
      child.stderr!.on('data', keep);
      bases.push(`http://127.0.0.1:${port}`);
    }
    const up = async (base: string) => {
      try {
        return (await fetch(`${base}/sign-in`)).status === 200;
      } catch {
        return false;
      }
    };
    for (const base of bases) {
      for (let i = 0; i < 1200 && !(await up(base)); i++) {
        assert.ok(children.every((c) => c.exitCode === null), `an app process exited while starting:\n${output}`);
        await sleep(100);
      }
      assert.ok(await up(base), `the app did not start:\n${output}`);
    }
    const [a, b] = bases as [string, string];

    const browser = new HttpBrowser();
    const before = (await listOutboxRows({ db: db1 })).total;
    const form = await browser.get(a, '/sign-in');
    const asked = await browser.post(b, '/sign-in', { email: 'paakayttaja@example.org', _csrf: Browser.csrf(form.body) });
    assert.equal(asked.status, 303);
    // The processes' own workers turn the request into a mail (no SMTP_URL: the outbox table).
    for (let i = 0; i < 600 && (await listOutboxRows({ db: db1 })).total === before; i++) await sleep(100);
    const newest = (await listOutboxRows({ db: db1, limit: 1 })).items[0]!;
    const token = /\/sign-in\/([A-Za-z0-9_-]+)/.exec((await findOutboxMessage({ db: db1, id: newest.id }))!.text)![1]!;
    const confirm = await browser.get(a, `/sign-in/${token}`);
    const signedIn = await browser.post(a, `/sign-in/${token}`, { _csrf: Browser.csrf(confirm.body) });
    assert.equal(signedIn.status, 303);
    for (const base of [b, a]) {
      const account = await browser.get(base, '/account');
      assert.equal(account.status, 200, `/account on ${base}`);
      assert.match(account.body, /paakayttaja@example\.org/);
    }

    const csrf = Browser.csrf((await browser.get(a, '/sign-in')).body);
    const answers: number[] = [];
    for (let i = 0; i <= SIGN_IN_LIMITS.perEmail; i++) {
      answers.push((await browser.post(i % 2 === 0 ? a : b, '/sign-in', { email: 'kaksi.prosessia@example.org', _csrf: csrf })).status);
    }
    assert.deepEqual(answers, [...Array(SIGN_IN_LIMITS.perEmail).fill(303), 429], 'the limit holds over both processes together');
  });
}
