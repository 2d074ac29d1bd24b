import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { isValidBusinessId } from '../directory/business-id.js';
import { emptyCounts } from '../directory/organization-graph.js';
import { saveOrganizationGraph } from '../directory/save-organization-graph.js';
import { POHJOIS_SAVO_REGION_ID } from '../reference/load-reference-data.js';
import { buildDemoData } from './build-demo-data.js';
import { loadDemoData } from './load-demo-data.js';
import { DEMO_MAINTAINER_EMAIL } from './demo-maintainer.js';
import { daysBefore } from '../freshness/freshness-dates.js';
import { listDueForFirstReminder, listDueForHiding } from '../freshness/freshness.repo.js';

// One fixed load day for what is built here and what is loaded, so a run across midnight compares like with like.
const DAY = '2026-11-01';
const graphs = buildDemoData(DAY);
let t: TestDatabase;
let loaded: { organizations: number; activities: number };

before(async () => {
  t = await createTestDatabase();
  const started = Date.now();
  loaded = await loadDemoData({ db: t.db, today: DAY });
  console.log(`# demo data loaded into ${t.kind} in ${Date.now() - started} ms`);
});
after(async () => {
  await t.close();
});

test('loads every organisation and activity of the demo data', async () => {
  assert.equal(loaded.organizations, graphs.length);
  assert.equal(loaded.activities, graphs.reduce((n, g) => n + g.activities.length, 0));
  const orgs = await t.db.selectFrom('organization').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const acts = await t.db.selectFrom('activity').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  assert.equal(Number(orgs.n), loaded.organizations);
  assert.equal(Number(acts.n), loaded.activities);
});

test('the published rows are the ones the demo data publishes', async () => {
  const expectedOrgs = graphs.filter((g) => g.organization.status === 'published');
  const expectedActivities = expectedOrgs.flatMap((g) => g.activities).filter((a) => a.activity.status === 'published');
  const orgs = await t.db.selectFrom('organization').where('status', '=', 'published').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const acts = await t.db
    .selectFrom('activity')
    .innerJoin('organization', 'organization.id', 'activity.organization_id')
    .where('activity.status', '=', 'published')
    .where('organization.status', '=', 'published')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  assert.equal(Number(orgs.n), expectedOrgs.length);
  assert.equal(Number(acts.n), expectedActivities.length);
  assert.ok(Number(orgs.n) >= 150 && Number(acts.n) >= 400);
});

test('every municipality of the Pohjois-Savo region has published activities', async () => {
  const rows = await t.db
    .selectFrom('region_municipality as rm')
    .leftJoin('activity_municipality as am', 'am.municipality_code', 'rm.municipality_code')
    .leftJoin('activity as a', (j) => j.onRef('a.id', '=', 'am.activity_id').on('a.status', '=', 'published'))
    .where('rm.region_id', '=', POHJOIS_SAVO_REGION_ID)
    .groupBy('rm.municipality_code')
    .select(['rm.municipality_code', (eb) => eb.fn.count<number>('a.id').as('n')])
    .execute();
  assert.equal(rows.length, 19);
  for (const r of rows) assert.ok(Number(r.n) >= 5, `${r.municipality_code}: ${r.n}`);
});

test('stores arrays, JSON, dates and links as given', async () => {
  const business = await t.db.selectFrom('organization').select('business_id').where('business_id', 'is not', null).execute();
  for (const b of business) assert.ok(isValidBusinessId(b.business_id!), b.business_id!);
  const sample = graphs.find((g) => (g.organization.social_links ?? []).length > 0 && g.activities.some((a) => a.activity.languages!.length > 1))!;
  const org = await t.db.selectFrom('organization').selectAll().where('id', '=', sample.organization.id).executeTakeFirstOrThrow();
  assert.deepEqual(org.social_links, sample.organization.social_links);
  assert.equal(org.last_checked, sample.organization.last_checked);
  const multi = sample.activities.find((a) => a.activity.languages!.length > 1)!;
  const act = await t.db.selectFrom('activity').select(['languages', 'schedule_fi']).where('id', '=', multi.activity.id).executeTakeFirstOrThrow();
  assert.deepEqual(act.languages, multi.activity.languages);
  const counts = await sql<{ terms: number; places: number; schedules: number; contacts: number }>`
    select (select count(*) from activity_term) as terms, (select count(*) from activity_location) as places,
           (select count(*) from schedule) as schedules, (select count(*) from contact) as contacts`.execute(t.db);
  const all = graphs.flatMap((g) => g.activities);
  assert.deepEqual(
    { ...counts.rows[0] },
    {
      terms: all.reduce((n, a) => n + a.termIds.length, 0),
      places: all.reduce((n, a) => n + a.places.length, 0),
      schedules: all.reduce((n, a) => n + a.schedules.length, 0),
      contacts: graphs.reduce((n, g) => n + g.contacts.length, 0) + all.reduce((n, a) => n + a.contacts.length, 0),
    },
  );
});

test('the bulk load writes exactly what saveOrganizationGraph writes: saving again changes nothing', async () => {
  // A sample across kinds: umbrellas, national services, regional and local organisations.
  const sample = graphs.filter((_, i) => i % 12 === 0);
  const before = await t.db.selectFrom('organization').select(['id', 'updated_at']).execute();
  const counts = emptyCounts();
  await t.db.transaction().execute(async (trx) => {
    for (const graph of sample) await saveOrganizationGraph({ db: trx, graph, counts });
  });
  assert.equal(counts.organizationsUnchanged, sample.length);
  assert.equal(counts.activitiesUnchanged, sample.reduce((n, g) => n + g.activities.length, 0));
  assert.equal(counts.organizationsUpdated + counts.activitiesUpdated + counts.organizationsInserted + counts.activitiesInserted, 0);
  const afterRows = await t.db.selectFrom('organization').select(['id', 'updated_at']).execute();
  const stamp = new Map(before.map((r) => [r.id, r.updated_at.getTime()]));
  for (const r of afterRows) assert.equal(r.updated_at.getTime(), stamp.get(r.id));
});

test('on the load day the freshness rules hide nothing, mark a few and remind a share', async () => {
  const published = graphs.filter((g) => g.organization.status === 'published').length;
  // The organisations the rules see at each age (default settings: 182, 365 and 548 days), in the database's SQL.
  const atLeast = async (days: number) => (await listDueForHiding(t.db, { dueOn: daysBefore(DAY, days) })).length;
  assert.equal(await atLeast(548), 0);
  const marked = (await atLeast(365)) / published;
  assert.ok(marked > 0 && marked <= 0.1, `marked: ${marked}`);
  const due = (await listDueForFirstReminder(t.db, { dueOn: daysBefore(DAY, 182) })).length / published;
  assert.ok(due - marked >= 0.15 && due <= 0.5, `due for a reminder: ${due}`);
});

test('the demo maintainer (a fictional .invalid address) maintains exactly the published organisations that take contact requests, nothing more', async () => {
  const expected = graphs.filter((g) => g.organization.status === 'published' && g.organization.contact_request_email).map((g) => g.organization.id);
  assert.ok(expected.length > 100);
  const roles = await t.db
    .selectFrom('user_role as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .where('u.email', '=', DEMO_MAINTAINER_EMAIL)
    .select(['r.role', 'r.scope_id'])
    .execute();
  assert.ok(roles.every((r) => r.role === 'maintainer'), 'no administrator role');
  assert.deepEqual(roles.map((r) => r.scope_id).sort(), [...expected].sort());
  assert.match(DEMO_MAINTAINER_EMAIL, /@demo\.tarjotin\.invalid$/);
  // Loading again adds nothing.
  await loadDemoData({ db: t.db, today: DAY });
  const again = await t.db.selectFrom('user_role as r').innerJoin('app_user as u', 'u.id', 'r.user_id').where('u.email', '=', DEMO_MAINTAINER_EMAIL).select('r.scope_id').execute();
  assert.equal(again.length, expected.length);
});
