import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, sql } from 'kysely';
import type { DB } from '../../platform/db/schema.js';
import { isListedActivity, isListedOrganization, isPublicActivity, isPublicOrganization } from './visibility.js';

/** A Kysely that only compiles (no database). */
const db = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

const where = (condition: ReturnType<typeof isPublicOrganization>) =>
  db.selectFrom('activity as a').innerJoin('organization as o', 'o.id', 'a.organization_id').select('a.id').where(condition).compile();

test('public: published, and for an activity its organisation published too', () => {
  assert.match(where(isPublicOrganization('o')).sql, /where "o"\."status" = 'published'$/);
  assert.match(where(isPublicActivity('a', 'o')).sql, /where \("a"\."status" = 'published' and "o"\."status" = 'published'\)$/);
});

test('listed: public and the organisation not hidden for staleness', () => {
  assert.match(where(isListedOrganization('o')).sql, /where \("o"\."status" = 'published' and "o"\."stale_hidden_at" is null\)$/);
  assert.match(
    where(isListedActivity('a', 'o')).sql,
    /where \(\("a"\."status" = 'published' and "o"\."status" = 'published'\) and "o"\."stale_hidden_at" is null\)$/,
  );
});

test('the status is a literal, not a bound parameter (the partial index of migration 0008 needs it), in builders and raw SQL alike', () => {
  assert.deepEqual(where(isListedActivity('a', 'o')).parameters, []);
  const raw = sql`select 1 from organization o where ${isListedOrganization('o')}`.compile(db);
  assert.deepEqual(raw.parameters, []);
  assert.match(raw.sql, /"o"\."status" = 'published'/);
});
