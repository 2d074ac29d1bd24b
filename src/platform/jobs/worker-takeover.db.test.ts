/**
 * Workers that are gone (the process crashed or was killed mid-job) do not hold their jobs for the whole lease: a
 * worker heartbeats while it runs, and a starting (or any running) worker takes over the jobs of workers whose
 * heartbeat stopped. A live worker keeps its jobs however long they take. Each worker says which mail transport it
 * uses, and warns when another instance recently used a different one.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { z } from 'zod';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { openDatabase, type Database, type DatabaseHandle } from '../db/database.js';
import { newId } from '../ids.js';
import { enqueueMail } from '../mail/enqueue-mail.js';
import { testMessage } from '../mail/test-message.mail.js';
import { enqueue } from './enqueue.js';
import { claimDueJobs, getJob, markJobDone } from './job.repo.js';
import { defineJobHandler, defineJobType } from './job-types.js';
import { startBackgroundWork } from './start-background-work.js';
import { createWorker, startWorker, type WorkerLog } from './worker.js';

let tdb: TestDatabase;
let other: DatabaseHandle | undefined;
let db: Database;
/** A second connection pool to the same database (another instance); on PGlite the same one. */
let db2: Database;

before(async () => {
  tdb = await createTestDatabase();
  db = tdb.db;
  if (tdb.url) {
    other = await openDatabase({ databaseUrl: tdb.url, dataDir: 'memory://' });
    db2 = other.db;
  } else {
    db2 = db;
  }
});

after(async () => {
  await other?.close();
  await tdb.close();
});

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(20);
  }
}

function recordingLog() {
  const lines: { level: string; msg: string; obj: object }[] = [];
  const log: WorkerLog = {
    info: (obj, msg) => void lines.push({ level: 'info', msg, obj }),
    warn: (obj, msg) => void lines.push({ level: 'warn', msg, obj }),
    error: (obj, msg) => void lines.push({ level: 'error', msg, obj }),
  };
  return { log, lines, text: () => lines.map((l) => `${l.level} ${l.msg} ${JSON.stringify(l.obj)}`).join('\n') };
}

const config = { smtpUrl: undefined, mailFrom: 'Tarjotin <noreply@tarjotin.example.org>', baseUrl: 'https://tarjotin.example.org' };

test('mail claimed by a worker that stopped heartbeating is taken over at once by a starting worker, and delivered exactly once', async () => {
  const jobId = await enqueueMail(db, { to: 'vastaanottaja@example.org', lang: 'fi', template: testMessage, params: {} });
  // What a crash leaves behind: the worker's row, its last heartbeat two minutes ago, and the mail it had claimed
  // under the old five-minute lease (the process died while sending).
  const dead = newId();
  const deadToken = newId();
  await sql`insert into job_worker (id, started_at, heartbeat_at, mail_transport)
            values (${dead}::uuid, now() - interval '10 minutes', now() - interval '2 minutes', 'outbox')`.execute(db);
  const claimed = await claimDueJobs(db, { kinds: [{ name: 'send-mail', version: 1 }], limit: 1, lockMs: 5 * 60_000, token: deadToken, workerId: dead });
  assert.deepEqual(claimed.map((c) => c.id), [jobId]);
  await sql`update job_worker set heartbeat_at = now() - interval '2 minutes' where id = ${dead}::uuid`.execute(db);

  // A new instance starts (the defaults, but for a fast poll): it does not wait for the lease.
  const { log, text } = recordingLog();
  const work = startBackgroundWork({ config, db: db2, log, pollMs: 20, templates: [testMessage] });
  try {
    await waitUntil(async () => (await getJob(db, { id: jobId }))?.doneAt instanceof Date);
  } finally {
    await work.stop();
  }
  const job = (await getJob(db, { id: jobId }))!;
  assert.equal(job.attempts, 2, 'the dead attempt and the one that delivered');
  const outbox = async () =>
    (await sql<{ n: number }>`select count(*)::int as n from outbox where job_id = ${jobId}::uuid`.execute(db)).rows[0]!.n;
  assert.equal(await outbox(), 1);
  // Were the dead worker to wake up and finish, it no longer holds the job: nothing is delivered twice.
  assert.equal(await markJobDone(db, { id: jobId, token: deadToken }), false);
  assert.equal(await outbox(), 1);
  assert.match(text(), /took over 1 job/);
});

test('a live worker keeps its job past the lease: its heartbeat renews it, and no other worker runs it again', async () => {
  const type = defineJobType({ name: 'test-long', version: 1, schema: z.object({}) });
  let runs = 0;
  const handler = defineJobHandler(type, async () => {
    runs += 1;
    await sleep(1500); // five leases long
  });
  await enqueue(db, type, {});
  const slow = startWorker({ db, handlers: [handler], lockMs: 300, heartbeatMs: 50, pollMs: 20 });
  const rival = createWorker({ db: db2, handlers: [handler], lockMs: 300 });
  try {
    await waitUntil(async () => runs === 1);
    let taken = 0;
    for (let i = 0; i < 30; i++) {
      taken += await rival.runDue();
      await sleep(50);
    }
    assert.equal(taken, 0, 'the rival found the job still leased');
  } finally {
    await slow.stop();
    await rival.stop();
  }
  assert.equal(runs, 1);
  const [job] = (await sql<{ done_at: Date | null; attempts: number }>`select done_at, attempts from job where name = 'test-long'`.execute(db)).rows;
  assert.ok(job!.done_at instanceof Date);
  assert.equal(job!.attempts, 1);
});

test('each worker says which mail transport it uses (no credentials) and warns when a recent instance used another', async () => {
  await sql`delete from job_worker`.execute(db);
  const first = recordingLog();
  const outboxWork = startBackgroundWork({ config, db, log: first.log, pollMs: 20, templates: [testMessage] });
  await waitUntil(async () => first.lines.some((l) => /mail transport/.test(l.msg)));
  const second = recordingLog();
  const smtpWork = startBackgroundWork({
    config: { ...config, smtpUrl: 'smtp://tarjotin:salainen@mail.example.org:2525' },
    db: db2,
    log: second.log,
    pollMs: 20,
    templates: [testMessage],
  });
  try {
    await waitUntil(async () => second.lines.some((l) => l.level === 'warn'));
  } finally {
    await Promise.all([outboxWork.stop(), smtpWork.stop()]);
  }
  assert.match(first.text(), /info mail transport: outbox/);
  assert.match(second.text(), /info mail transport: smtp:\/\/mail\.example\.org:2525/);
  assert.match(second.text(), /warn another instance recently used a different mail transport: outbox/);
  assert.doesNotMatch(first.text() + second.text(), /salainen|tarjotin:/);
  const rows = (await sql<{ mail_transport: string; stopped: boolean }>`select mail_transport, stopped_at is not null as stopped from job_worker order by started_at`.execute(db)).rows;
  assert.deepEqual(rows.map((r) => r.mail_transport).sort(), ['outbox', 'smtp://mail.example.org:2525']);
  assert.ok(rows.every((r) => r.stopped), 'a worker that stops says so');
});
