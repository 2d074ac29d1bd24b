import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { databaseRateLimitStore, type RateLimitStore } from './rate-limit-store.js';

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
});
after(async () => {
  await database.close();
});

const incr = (store: RateLimitStore, key: string, windowMs: number) =>
  new Promise<{ current: number; ttl: number }>((resolve, reject) => store.incr(key, (err, r) => (err ? reject(err) : resolve(r!)), windowMs, 5));
const read = (store: RateLimitStore, key: string) =>
  new Promise<{ current: number; ttl: number }>((resolve, reject) => store.read(key, (err, r) => (err ? reject(err) : resolve(r!)), 0));

test('hits count up inside the window with the time left, and start again after it', async () => {
  const Store = databaseRateLimitStore(database.db);
  const store = new Store({}).child({ max: 5, timeWindow: 400, keyGenerator: undefined });
  assert.deepEqual(await read(store, '192.0.2.1'), { current: 0, ttl: 0 });
  const first = await incr(store, '192.0.2.1', 400);
  assert.equal(first.current, 1);
  assert.ok(first.ttl > 0 && first.ttl <= 400, `ttl ${first.ttl}`);
  assert.equal((await incr(store, '192.0.2.1', 400)).current, 2);
  assert.equal((await incr(store, '192.0.2.1', 400)).current, 3);
  assert.equal((await read(store, '192.0.2.1')).current, 3, 'read does not count');
  assert.equal((await incr(store, '192.0.2.2', 400)).current, 1, 'another key has its own count');
  await new Promise((r) => setTimeout(r, 450));
  assert.deepEqual(await read(store, '192.0.2.1'), { current: 0, ttl: 0 });
  assert.equal((await incr(store, '192.0.2.1', 400)).current, 1, 'a new window');
});

test('concurrent hits are all counted', async () => {
  const store = new (databaseRateLimitStore(database.db))({}).child({ nameSpace: 'concurrent' });
  const results = await Promise.all(Array.from({ length: 20 }, () => incr(store, 'k', 60_000)));
  assert.deepEqual(results.map((r) => r.current).sort((a, b) => a - b), Array.from({ length: 20 }, (_, i) => i + 1));
});

test('limiters are kept apart by name; a route limit counts /sv and /en with the Finnish path', async () => {
  const root = new (databaseRateLimitStore(database.db))({});
  const signIn = root.child({ max: 20, timeWindow: 900_000 });
  const contact = root.child({ max: 30, timeWindow: 3_600_000 });
  await incr(signIn, '192.0.2.9', 60_000);
  assert.equal((await incr(contact, '192.0.2.9', 60_000)).current, 1);
  const fi = root.child({ routeInfo: { method: 'POST', url: '/confirm/:token' } });
  const sv = root.child({ routeInfo: { method: 'POST', url: '/sv/confirm/:token' } });
  await incr(fi, '192.0.2.9', 60_000);
  assert.equal((await incr(sv, '192.0.2.9', 60_000)).current, 2);
});

test('rows whose window has passed are deleted on a later write', async () => {
  const db = database.db;
  await db.insertInto('rate_limit').values({ key: 'old', hits: 3, expires_at: new Date(Date.now() - 3_600_000) }).execute();
  const store = new (databaseRateLimitStore(db))({}).child({ nameSpace: 'cleanup' });
  await incr(store, 'k', 60_000);
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from rate_limit where key = 'old'`.execute(db);
  assert.equal(rows[0]!.n, 0);
});
