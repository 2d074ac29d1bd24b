import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { OrganizationGraph } from '../../src/modules/directory/organization-graph.js';
import { benchPlaces, generateNationalData } from './generate.js';

async function generate(activities: number): Promise<{ graphs: OrganizationGraph[]; summary: Awaited<ReturnType<typeof generateNationalData>> }> {
  const graphs: OrganizationGraph[] = [];
  const summary = await generateNationalData({ activities, batchSize: 100 }, async (batch) => {
    graphs.push(...batch);
  });
  return { graphs, summary };
}

test('the national data set covers every municipality with long Finnish descriptions, some nationwide', async () => {
  const places = benchPlaces();
  assert.ok(places.length >= 309, `${places.length} municipalities`);
  const { graphs, summary } = await generate(1200);
  assert.ok(summary.activities >= 1200);
  assert.equal(summary.organizations, graphs.length);
  assert.equal(summary.municipalities, places.length);
  const activities = graphs.flatMap((g) => g.activities);
  assert.equal(activities.length, summary.activities);
  for (const a of activities) {
    const length = a.activity.description_fi!.length;
    assert.ok(length >= 300 && length <= 1500, `description of ${length} characters`);
    assert.ok(a.termIds.length > 0);
    assert.equal(a.activity.nationwide, a.municipalityCodes.length === 0);
  }
  assert.ok(summary.nationwide > 0 && summary.nationwide < summary.activities * 0.2);
  assert.ok(summary.withSwedish > 0 && summary.withEnglish > 0);
  const ids = new Set(activities.map((a) => a.activity.id));
  assert.equal(ids.size, activities.length, 'activity ids are unique');
  assert.equal(new Set(graphs.map((g) => g.organization.business_id).filter(Boolean)).size, graphs.filter((g) => g.organization.business_id).length);
});

test('the data set is the same on every run', async () => {
  const a = await generate(300);
  const b = await generate(300);
  assert.deepEqual(a.graphs, b.graphs);
});
