/**
 * The database drops every connection (a managed PostgreSQL failing over, an administrator's pg_terminate_backend):
 * the process stays up, requests in flight answer a translated 503 at worst, and it serves again within seconds.
 *
 * On PostgreSQL (TEST_DATABASE_URL, as CI's database group runs) the real app runs in a child process on its own
 * throwaway database while its connections are terminated ten times under a request loop. Embedded PGlite has no
 * connections to cut; there (and on PostgreSQL too) the file checks that connection errors become the 503 answer.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { TEST_DATA_KEYS } from '../../../tests/support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { loadConfig } from '../../config.js';
import { createFieldCipher } from '../crypto/field-cipher.js';
import { loadDataKeys } from '../crypto/load-data-keys.js';
import { isAppError } from '../errors.js';
import { buildApp } from '../http/app.js';
import { asUnavailable, isConnectionError } from './connection-errors.js';

const adminUrl = process.env.TEST_DATABASE_URL;

test('connection errors are recognised: admin shutdown, class 08, a terminated or refused connection', () => {
  const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });
  assert.ok(isConnectionError(withCode('57P01', 'terminating connection due to administrator command')));
  assert.ok(isConnectionError(withCode('57P02')));
  assert.ok(isConnectionError(withCode('57P03')));
  assert.ok(isConnectionError(withCode('08006')));
  assert.ok(isConnectionError(withCode('08003')));
  assert.ok(isConnectionError(new Error('Connection terminated unexpectedly')));
  assert.ok(isConnectionError(new Error('Connection terminated')));
  assert.ok(isConnectionError(new Error('Client has encountered a connection error and is not queryable')));
  assert.ok(isConnectionError(withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')));
  assert.ok(isConnectionError(withCode('ECONNRESET', 'read ECONNRESET')));
  assert.ok(!isConnectionError(withCode('23505', 'duplicate key value violates unique constraint')));
  assert.ok(!isConnectionError(withCode('22P05', 'unsupported Unicode escape sequence')));
  assert.ok(!isConnectionError(new Error('something else')));
  assert.ok(!isConnectionError('Connection terminated'));
});

let app: FastifyInstance;
let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
  const lost = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
  // A route whose query loses its connection, as the database layer reports it (asUnavailable of the driver's error).
  const lostRoute = async (instance: FastifyInstance) => {
    instance.get('/lost', async () => {
      await database.db.selectFrom('municipality').select('code').limit(1).execute();
      throw asUnavailable(lost);
    });
  };
  const config = loadConfig({ LOG_LEVEL: 'silent', DEMO_DATA: 'off', BASE_URL: 'http://localhost:3000', DATA_KEYS: TEST_DATA_KEYS });
  const cipher = createFieldCipher(loadDataKeys({ dataKeys: config.dataKeys, dataDir: config.dataDir }).keys);
  app = await buildApp({
    deps: { config, db: database.db, dbKind: database.kind, cipher, ready: () => true },
    pages: [lostRoute],
    plugins: [async (instance) => instance.register(lostRoute, { prefix: '/api' })],
  });
});
after(async () => {
  await app?.close();
  await database?.close();
});

test('a query that loses its connection answers 503 with a translated page, or problem+json under /api/', async () => {
  const fi = await app.inject('/lost');
  assert.equal(fi.statusCode, 503);
  assert.equal(fi.headers['retry-after'], '5');
  assert.match(fi.body, /<html lang="fi"/);
  assert.match(fi.body, /Palvelu on hetken poissa käytöstä/);
  const sv = await app.inject('/sv/lost');
  assert.equal(sv.statusCode, 503);
  assert.match(sv.body, /Tjänsten är tillfälligt otillgänglig/);
  const api = await app.inject('/api/lost');
  assert.equal(api.statusCode, 503);
  assert.equal(api.headers['retry-after'], '5');
  assert.match(String(api.headers['content-type']), /^application\/problem\+json/);
  assert.equal(api.json().error, 'unavailable');
  assert.equal(api.json().status, 503);
});

if (adminUrl) {
  /** A port nobody listens on now (the child binds it a moment later). */
  async function freePort(): Promise<number> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    return port;
  }

  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  test('PostgreSQL: a connection cut in the middle of a transaction fails that work with UNAVAILABLE; the pool goes on', async () => {
    const name = new URL(database.url!).pathname.slice(1);
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      const terminate = () =>
        admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [name]);
      // Some idle connections in the pool, and one checked out by a transaction when the server cuts them all.
      await Promise.all([1, 2, 3].map(() => sql`select pg_sleep(0.05)`.execute(database.db)));
      const failed = await database.db
        .transaction()
        .execute(async (trx) => {
          await sql`select 1`.execute(trx);
          await terminate();
          await sleep(200); // the cut reaches the checked-out client between two statements
          await sql`select 1`.execute(trx);
        })
        .then(
          () => null,
          (err: unknown) => err,
        );
      assert.ok(isAppError(failed, 'UNAVAILABLE'), `expected UNAVAILABLE, got ${String(failed)}`);
      // The process is still here (an unheard 'error' event would have ended it), and new connections serve.
      let ok = false;
      for (let i = 0; i < 50 && !ok; i++) {
        ok = await sql`select 1`.execute(database.db).then(() => true, () => false);
        if (!ok) await sleep(100);
      }
      assert.ok(ok, 'the pool does not serve again');
    } finally {
      await admin.end();
    }
  });

  test('PostgreSQL terminates every connection of the running app ten times: it stays up and serves again', async (t) => {
    const name = `tarjotin_conn_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const dataDir = mkdtempSync(join(tmpdir(), 'tarjotin-conn-'));
    const port = await freePort();
    let output = '';
    let child: ChildProcess | undefined;
    t.after(async () => {
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child!.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
      rmSync(dataDir, { recursive: true, force: true });
    });

    // The real entry point, in an empty working directory (no developer's .env), with every setting given.
    child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), join(import.meta.dirname, '../../main.ts')], {
      cwd: dataDir,
      env: {
        PATH: process.env.PATH,
        // tsx reads tsconfig.json (JSX settings) from the working directory unless told where it is.
        TSX_TSCONFIG_PATH: join(import.meta.dirname, '../../../tsconfig.json'),
        PORT: String(port),
        HOST: '127.0.0.1',
        BASE_URL: `http://127.0.0.1:${port}`,
        DATA_DIR: dataDir,
        DATABASE_URL: url.toString(),
        DEMO_DATA: 'on',
        LOG_LEVEL: 'warn',
        DATA_KEYS: TEST_DATA_KEYS,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The last part of the child's log, for the assertion messages.
    const keep = (d: Buffer) => (output = (output + d.toString()).slice(-4000));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const alive = () => child!.exitCode === null && child!.signalCode === null;

    const base = `http://127.0.0.1:${port}`;
    const paths = ['/', '/api/hsds/organizations', '/sign-in', '/search?q=tuki'];
    const get = async (path: string): Promise<number> => {
      try {
        const res = await fetch(base + path, { signal: AbortSignal.timeout(10_000) });
        await res.arrayBuffer();
        return res.status;
      } catch {
        return 0; // no answer at all (connection refused or reset): the process is gone or not listening
      }
    };

    // Up: the front page answers (migrations, reference and demo data loaded).
    for (let i = 0; i < 600 && (await get('/')) !== 200; i++) {
      assert.ok(alive(), `the app exited while starting:\n${output}`);
      await sleep(100);
    }
    assert.equal(await get('/'), 200, `the app did not start:\n${output}`);

    for (let trial = 1; trial <= 10; trial++) {
      // A light request loop: four clients, each asking for pages that read the database, one after another.
      const statuses: number[] = [];
      let looping = true;
      const loops = [0, 1, 2, 3].map(async (k) => {
        for (let i = k; looping; i++) statuses.push(await get(paths[i % paths.length]!));
      });
      await sleep(150 + trial * 20);
      const { rows } = await admin.query(
        'select pg_terminate_backend(pid) as done from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [name],
      );
      assert.ok(rows.length > 0, `trial ${trial}: the app had no connection to terminate`);
      await sleep(300);
      looping = false;
      await Promise.all(loops);

      assert.ok(alive(), `trial ${trial}: the process died:\n${output}`);
      const bad = statuses.filter((s) => s !== 200 && s !== 503);
      assert.deepEqual(bad, [], `trial ${trial}: answers other than 200 or 503 (0 = no answer): ${statuses.join(' ')}\n${output}`);
      // Serving again: every path answers 200 within a few seconds.
      for (const path of paths) {
        let status = 0;
        for (let i = 0; i < 50 && status !== 200; i++) {
          status = await get(path);
          if (status !== 200) await sleep(100);
        }
        assert.equal(status, 200, `trial ${trial}: ${path} does not answer 200 again:\n${output}`);
      }
    }
    assert.ok(alive(), `the process died:\n${output}`);
    // The log says what happened, without personal data.
    assert.doesNotMatch(output, /@example\.org/);
  });
}
