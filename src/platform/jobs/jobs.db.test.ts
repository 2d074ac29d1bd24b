import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { z } from 'zod';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { openDatabase, type Database, type DatabaseHandle } from '../db/database.js';
import { enqueue } from './enqueue.js';
import { claimDueJobs, failAbandonedJobs, getJob, listJobs, requeueFailedJob } from './job.repo.js';
import { defineJobHandler, defineJobType, LeaseLostError } from './job-types.js';
import { ensureScheduledJobs, schedule } from './schedule.js';
import { createWorker, startWorker } from './worker.js';

let tdb: TestDatabase;
/** A second connection to the same database: another app instance (on PGlite, the same one). */
let other: DatabaseHandle | undefined;
let db: Database;
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

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await sleep(20);
  }
}

async function countJobs(name: string): Promise<number> {
  return (await listJobs(db, { name, limit: 1000 })).length;
}

test('a job enqueued in a transaction that rolls back does not exist; one that commits does', async () => {
  const type = defineJobType({ name: 'test-tx', version: 1, schema: z.object({ n: z.number() }) });
  await assert.rejects(
    db.transaction().execute(async (trx) => {
      await enqueue(trx, type, { n: 1 });
      throw new Error('the change failed');
    }),
    /the change failed/,
  );
  assert.equal(await countJobs('test-tx'), 0);

  const id = await db.transaction().execute(async (trx) => enqueue(trx, type, { n: 2 }));
  assert.ok(id);
  const job = await getJob(db, { id });
  assert.deepEqual(job?.payload, { n: 2 });
  assert.equal(job?.attempts, 0);
  assert.equal(job?.doneAt, null);

  await assert.rejects(enqueue(db, type, { n: 'two' } as never), /expected number/);
});

test('each job runs exactly once with two workers polling', async () => {
  const type = defineJobType({ name: 'test-count', version: 1, schema: z.object({ i: z.number() }) });
  const runs = new Map<number, number>();
  const byWorker = [0, 0];
  const handlerFor = (w: number) =>
    defineJobHandler(type, async ({ payload }) => {
      runs.set(payload.i, (runs.get(payload.i) ?? 0) + 1);
      byWorker[w]! += 1;
      await sleep(5);
    });
  const total = 40;
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < total; i++) await enqueue(trx, type, { i });
  });
  const w1 = startWorker({ db, handlers: [handlerFor(0)], pollMs: 10, concurrency: 3 });
  const w2 = startWorker({ db: db2, handlers: [handlerFor(1)], pollMs: 10, concurrency: 3 });
  try {
    await waitUntil(async () => (await listJobs(db, { name: 'test-count', limit: 1000 })).every((j) => j.doneAt !== null));
  } finally {
    await Promise.all([w1.stop(), w2.stop()]);
  }
  assert.equal(runs.size, total);
  for (const [i, n] of runs) assert.equal(n, 1, `job ${i} ran ${n} times`);
  for (const job of await listJobs(db, { name: 'test-count', limit: 1000 })) assert.equal(job.attempts, 1);
  assert.ok(byWorker[0]! > 0 && byWorker[1]! > 0, `both workers took jobs: ${byWorker.join(' + ')}`);
});

test('a failing job is retried with growing backoff until it succeeds; its error keeps no e-mail address', async () => {
  const type = defineJobType({ name: 'test-flaky', version: 1, schema: z.object({}) });
  let calls = 0;
  const handler = defineJobHandler(type, async () => {
    calls += 1;
    if (calls < 3) throw new Error(`550 mailbox <maija.meikalainen@example.org> unavailable (${calls})`);
  });
  const worker = createWorker({ db, handlers: [handler], backoff: { baseMs: 150, maxMs: 10_000 } });
  const id = (await enqueue(db, type, {}))!;

  assert.equal(await worker.runDue(), 1);
  let job = (await getJob(db, { id }))!;
  assert.equal(job.attempts, 1);
  assert.equal(job.doneAt, null);
  assert.equal(job.failedAt, null);
  assert.match(job.lastError!, /^Error: 550 mailbox <\[address\]> unavailable \(1\)$/);
  const { rows } = await sql<{ wait_ms: number }>`select extract(epoch from run_at - now()) * 1000 as wait_ms from job where id = ${id}`.execute(db);
  const firstWait = Number(rows[0]!.wait_ms);
  assert.ok(firstWait > 60 && firstWait <= 170, `first wait ${firstWait} ms`);
  assert.equal(await worker.runDue(), 0, 'not due again before its backoff');

  await waitUntil(async () => (await worker.runDue()) === 1);
  job = (await getJob(db, { id }))!;
  assert.equal(job.attempts, 2);
  const { rows: rows2 } = await sql<{ wait_ms: number }>`select extract(epoch from run_at - now()) * 1000 as wait_ms from job where id = ${id}`.execute(db);
  const secondWait = Number(rows2[0]!.wait_ms);
  assert.ok(secondWait > 200 && secondWait <= 330 && secondWait > firstWait * 1.4, `second wait ${secondWait} ms (doubled)`);

  await waitUntil(async () => (await worker.runDue()) === 1);
  job = (await getJob(db, { id }))!;
  assert.equal(calls, 3);
  assert.equal(job.attempts, 3);
  assert.ok(job.doneAt instanceof Date);
  assert.equal(await worker.runDue(), 0);
});

test('a job is given up after its last attempt, or at once when its payload is invalid, and can be requeued', async () => {
  const type = defineJobType({ name: 'test-doomed', version: 1, schema: z.object({ ok: z.boolean() }), maxAttempts: 2 });
  let fail = true;
  const handler = defineJobHandler(type, async () => {
    if (fail) throw new Error('still broken');
  });
  const worker = createWorker({ db, handlers: [handler], backoff: { baseMs: 1, maxMs: 1 } });
  const id = (await enqueue(db, type, { ok: true }))!;
  await worker.runDue();
  await sleep(10);
  await worker.runDue();
  let job = (await getJob(db, { id }))!;
  assert.equal(job.attempts, 2);
  assert.ok(job.failedAt instanceof Date, 'given up');
  await sleep(10);
  assert.equal(await worker.runDue(), 0, 'a given-up job is not claimed');

  fail = false;
  assert.equal(await requeueFailedJob(db, { id }), true);
  assert.equal(await worker.runDue(), 1);
  job = (await getJob(db, { id }))!;
  assert.ok(job.doneAt instanceof Date);

  const bad = (await enqueue(db, 'test-doomed', { ok: 'yes', email: 'x@example.org' }))!;
  assert.equal(await worker.runDue(), 1);
  job = (await getJob(db, { id: bad }))!;
  assert.equal(job.attempts, 1);
  assert.ok(job.failedAt instanceof Date);
  assert.equal(job.lastError, 'PermanentJobError: invalid payload at ok');
});

test('a job whose worker died on its last attempt is given up when the lease runs out', async () => {
  const id = (await enqueue(db, 'test-abandoned', {}, { maxAttempts: 1 }))!;
  // A long lease, then ended by hand: a short real lease made this test depend on how busy the machine was.
  const claimed = await claimDueJobs(db, { kinds: [{ name: 'test-abandoned', version: 1 }], limit: 5, lockMs: 60_000, token: id });
  assert.deepEqual(claimed.map((c) => c.id), [id]);
  await failAbandonedJobs(db);
  assert.equal((await getJob(db, { id }))!.failedAt, null, 'not while the lease holds');
  await sql`update job set locked_until = now() - interval '1 second' where id = ${id}`.execute(db);
  await failAbandonedJobs(db);
  const job = (await getJob(db, { id }))!;
  assert.ok(job.failedAt instanceof Date);
  assert.equal(job.lastError, 'lease expired on the last attempt');
});

test('jobs of a version without a handler wait for a worker that has one', async () => {
  const v1 = defineJobType({ name: 'test-versioned', version: 1, schema: z.object({ a: z.string() }) });
  const v2 = defineJobType({ name: 'test-versioned', version: 2, schema: z.object({ b: z.string() }) });
  const seen: string[] = [];
  const oldWorker = createWorker({ db, handlers: [defineJobHandler(v1, async ({ payload }) => void seen.push(`v1:${payload.a}`))] });
  await enqueue(db, v2, { b: 'new' });
  await enqueue(db, v1, { a: 'old' });
  assert.equal(await oldWorker.runDue(), 1);
  assert.deepEqual(seen, ['v1:old']);
  const newWorker = createWorker({ db, handlers: [defineJobHandler(v2, async ({ payload }) => void seen.push(`v2:${payload.b}`))] });
  assert.equal(await newWorker.runDue(), 1);
  assert.deepEqual(seen, ['v1:old', 'v2:new']);
});

test('finish() writes the job effect and its done mark together; a worker that lost its lease writes nothing', async () => {
  const type = defineJobType({ name: 'test-lease', version: 1, schema: z.object({}) });
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  let call = 0;
  const errors: unknown[] = [];
  const handler = defineJobHandler(type, async ({ finish, job }) => {
    call += 1;
    if (call === 1) await gate; // the first worker stalls past its lease
    try {
      await finish(async (trx) => {
        await enqueue(trx, 'test-lease-effect', { from: job.attempt });
      });
    } catch (err) {
      errors.push(err);
      throw err;
    }
  });
  await enqueue(db, type, {});
  const slow = createWorker({ db, handlers: [handler], lockMs: 50 });
  const fast = createWorker({ db: db2, handlers: [handler], lockMs: 60_000 });
  const slowRun = slow.runDue();
  await sleep(120);
  assert.equal(await fast.runDue(), 1, 'the expired lease lets another worker take the job');
  release();
  await slowRun;
  assert.equal(errors.length, 1);
  assert.ok(errors[0] instanceof LeaseLostError);
  const effects = await listJobs(db, { name: 'test-lease-effect' });
  assert.deepEqual(
    effects.map((e) => e.payload),
    [{ from: 2 }],
    'only the worker holding the lease wrote its effect',
  );
  const [job] = await listJobs(db, { name: 'test-lease' });
  assert.ok(job!.doneAt instanceof Date);
  assert.equal(job!.lastError, null);
});

test('a scheduled job is written once per period, however many instances ask, and runs once', async () => {
  const type = defineJobType({ name: 'test-daily', version: 1, schema: z.object({}) });
  const daily = schedule(type, '1 day');
  const now = new Date();
  await Promise.all([
    ensureScheduledJobs(db, [daily], { now }),
    ensureScheduledJobs(db2, [daily], { now }),
    ensureScheduledJobs(db, [daily], { now }),
  ]);
  assert.equal(await countJobs('test-daily'), 1);
  const [job] = await listJobs(db, { name: 'test-daily' });
  assert.equal(job!.runAt.getTime() % 86_400_000, 0, 'aligned to the start of the UTC day');

  let runs = 0;
  const handler = defineJobHandler(type, async () => void (runs += 1));
  const w1 = startWorker({ db, handlers: [handler], schedules: [daily], pollMs: 10 });
  const w2 = startWorker({ db: db2, handlers: [handler], schedules: [daily], pollMs: 10 });
  await waitUntil(async () => runs >= 1);
  await sleep(100);
  await Promise.all([w1.stop(), w2.stop()]);
  assert.equal(runs, 1);
  assert.equal(await countJobs('test-daily'), 1, 'the done job still holds the period');

  await ensureScheduledJobs(db, [daily], { now: new Date(now.getTime() + 86_400_000) });
  assert.equal(await countJobs('test-daily'), 2, 'the next day gets its own job');

  const nightly = schedule(type, '0 3 * * *');
  await ensureScheduledJobs(db, [nightly, nightly], { now });
  await ensureScheduledJobs(db2, [nightly], { now });
  const cronJobs = (await listJobs(db, { name: 'test-daily' })).filter((j) => j.singletonKey?.includes('0 3 * * *'));
  assert.equal(cronJobs.length, 1);
  assert.ok(cronJobs[0]!.runAt > now, 'a cron job waits for its moment');
  const hour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', hour: 'numeric', hourCycle: 'h23' }).format(cronJobs[0]!.runAt);
  assert.equal(hour, '03');
});
