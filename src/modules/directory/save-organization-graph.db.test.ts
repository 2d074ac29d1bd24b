import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { stableId } from '../../platform/ids.js';
import { termId } from '../reference/load-reference-data.js';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { emptyCounts, type OrganizationGraph } from './organization-graph.js';
import { saveOrganizationGraph } from './save-organization-graph.js';

let t: TestDatabase;
before(async () => {
  t = await createTestDatabase();
});
after(async () => {
  await t.close();
});

function graph(description: string): OrganizationGraph {
  const orgId = stableId('test-org', 'a');
  const locId = stableId('test-loc', 'a');
  return {
    organization: { id: orgId, name_fi: 'Esimerkkikylän Omaisyhdistys ry', description_fi: description, status: 'published', last_checked: '2026-10-01', social_links: [] },
    contacts: [{ id: stableId('test-contact', 'a'), name: 'Toiminnanjohtaja', email: 'toimisto@example.org' }],
    locations: [{ id: locId, name: 'Yhdistyksen toimitila', city: 'Kuopio', municipality_code: '297' }],
    activities: [
      {
        activity: { id: stableId('test-act', 'a'), name_fi: 'Omaishoitajien vertaisryhmä', description_fi: 'Kerran kuussa.', languages: ['fi', 'sv'], status: 'published' },
        municipalityCodes: ['297', '749'],
        termIds: [termId('need', 'omaishoito'), termId('support', 'vertaistuki')],
        places: [{ id: stableId('test-sal', 'a'), locationId: locId }],
        schedules: [{ id: stableId('test-sch', 'a'), freq: 'MONTHLY', byday: '1TU', opens_at: '17:00', closes_at: '19:00' }],
        contacts: [],
      },
    ],
  };
}

test('saving the same graph twice inserts once and then changes nothing', async () => {
  const first = emptyCounts();
  await t.db.transaction().execute((trx) => saveOrganizationGraph({ db: trx, graph: graph('Tukea omaishoitajille.'), counts: first }));
  assert.equal(first.organizationsInserted, 1);
  assert.equal(first.activitiesInserted, 1);
  const before = await t.db.selectFrom('organization').select('updated_at').executeTakeFirstOrThrow();

  const second = emptyCounts();
  await t.db.transaction().execute((trx) => saveOrganizationGraph({ db: trx, graph: graph('Tukea omaishoitajille.'), counts: second }));
  assert.equal(second.organizationsUnchanged, 1);
  assert.equal(second.activitiesUnchanged, 1);
  const afterRow = await t.db.selectFrom('organization').select('updated_at').executeTakeFirstOrThrow();
  assert.equal(afterRow.updated_at.getTime(), before.updated_at.getTime());

  const links = await t.db.selectFrom('activity_municipality').selectAll().execute();
  assert.equal(links.length, 2);
});

test('a changed description counts as an update', async () => {
  const third = emptyCounts();
  await t.db.transaction().execute((trx) => saveOrganizationGraph({ db: trx, graph: graph('Uusi kuvaus.'), counts: third }));
  assert.equal(third.organizationsUpdated, 1);
  assert.equal(third.activitiesUnchanged, 1);
});
