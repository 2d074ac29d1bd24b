/**
 * Asking for a sign-in link does the same work for a known and an unknown address, so the answer's timing cannot
 * tell which addresses have an account: the request writes one job, the same statement for both; the job decides in
 * the background whether there is anyone to mail. (bench/sign-in-timing.ts measures the medians.)
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { PostgresQueryCompiler, sql, type KyselyPlugin } from 'kysely';
import { TEST_DATA_KEYS } from '../../../tests/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { createFieldCipher, parseDataKeys } from '../crypto/field-cipher.js';
import type { Database } from '../db/database.js';
import { createWorker } from '../jobs/worker.js';
import { createSendMailHandler } from '../mail/send-mail.job.js';
import { signInLinkMail } from './sign-in-link.mail.js';
import { consumeSignInLink } from './consume-sign-in-link.js';
import { createSignInRequestHandler, requestSignInLink } from './request-sign-in-link.js';

let tdb: TestDatabase;
let db: Database;
const cipher = createFieldCipher(parseDataKeys(TEST_DATA_KEYS));

before(async () => {
  tdb = await createTestDatabase();
  db = tdb.db;
  await db.insertInto('app_user').values({ id: '00000000-0000-4000-8000-00000000a601', email: 'tunnettu@example.org', lang: 'fi' }).execute();
});

after(async () => {
  await tdb.close();
});

/** Every statement run through `db` while `work` runs, as SQL text (the values apart). */
async function statementsOf(work: (db: Database) => Promise<unknown>): Promise<string[]> {
  const compiler = new PostgresQueryCompiler();
  const seen: string[] = [];
  const recorder: KyselyPlugin = {
    transformQuery: (args) => {
      seen.push(compiler.compileQuery(args.node, args.queryId).sql);
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  await work(db.withPlugin(recorder));
  return seen;
}

/** Rows in the tables a sign-in request could write to. */
type Counts = { job: number; login_token: number; outbox: number; app_user: number; session: number };
async function rowCounts(): Promise<Counts> {
  const r = await sql<Counts>`
    select (select count(*)::int from job) as job, (select count(*)::int from login_token) as login_token,
           (select count(*)::int from outbox) as outbox, (select count(*)::int from app_user) as app_user,
           (select count(*)::int from session) as session`.execute(db);
  return r.rows[0]!;
}

async function runJobs(): Promise<void> {
  const worker = createWorker({
    db,
    handlers: [
      createSignInRequestHandler({ cipher }),
      createSendMailHandler({ transport: { kind: 'outbox' }, templates: [signInLinkMail], config: { baseUrl: 'https://tarjotin.example.org', mailFrom: 'Tarjotin <noreply@tarjotin.example.org>' } }),
    ],
  });
  while ((await worker.runDue()) > 0);
}

test('a known and an unknown address: the same statements and the same rows written by the request', async () => {
  await runJobs();
  const before = await rowCounts();
  const known = await statementsOf((d) => requestSignInLink({ db: d, email: 'Tunnettu@Example.org', lang: 'fi', next: null, seal: cipher }));
  const afterKnown = await rowCounts();
  const unknown = await statementsOf((d) => requestSignInLink({ db: d, email: 'tuntematon@example.org', lang: 'fi', next: null, seal: cipher }));
  const afterUnknown = await rowCounts();

  assert.ok(known.length > 0);
  assert.deepEqual(unknown, known, 'the same SQL for both');
  const diff = (a: Counts, b: Counts) => Object.fromEntries(Object.keys(a).map((k) => [k, b[k as keyof Counts] - a[k as keyof Counts]]));
  assert.deepEqual(diff(afterKnown, afterUnknown), diff(before, afterKnown), 'the same rows written for both');
  assert.deepEqual(diff(before, afterKnown), { job: 1, login_token: 0, outbox: 0, app_user: 0, session: 0 });
});

test('the job mails a working link to a known address, and nothing to an unknown one; the address is sealed', async () => {
  await runJobs();
  const before = await rowCounts();
  await requestSignInLink({ db, email: 'tuntematon2@example.org', lang: 'sv', next: null, seal: cipher });
  await requestSignInLink({ db, email: 'tunnettu@example.org', lang: 'sv', next: '/my/organisations', seal: cipher });
  const payloads = await sql<{ payload: string }>`select payload::text as payload from job where name = 'sign-in-request' and done_at is null`.execute(db);
  assert.equal(payloads.rows.length, 2);
  assert.ok(payloads.rows.every((r) => !r.payload.includes('@')), 'no address in clear in the job');

  await runJobs();
  const after = await rowCounts();
  assert.equal(after.login_token - before.login_token, 1, 'a link only for the known address');
  assert.equal(after.outbox - before.outbox, 1, 'one mail, to the known address');
  assert.equal(after.app_user, before.app_user, 'no account made for the unknown address');
  const mail = await db.selectFrom('outbox').select(['to', 'text']).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
  assert.equal(mail.to, 'tunnettu@example.org');
  const token = /\/sv\/sign-in\/([A-Za-z0-9_-]+)\?next=%2Fmy%2Forganisations/.exec(mail.text)?.[1];
  assert.ok(token, 'the link, in the language asked for, with the way back');
  const opened = await consumeSignInLink({ db, token });
  assert.ok(opened, 'the link signs in');
});

test('without a cipher (the admin:create command) the request is kept in clear and still works', async () => {
  await runJobs();
  const before = await rowCounts();
  await requestSignInLink({ db, email: 'tunnettu@example.org', lang: 'fi', next: null });
  await runJobs();
  const after = await rowCounts();
  assert.equal(after.outbox - before.outbox, 1);
});
