import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Service } from '../../boot.js';
import type { Database } from '../../platform/db/database.js';
import { createTestService } from '../../../tests/support/test-app.js';
import { formatImportReport, importHsds } from './import-hsds.js';

/**
 * The importer reads what the HSDS API writes: the demo directory, exported through /api/hsds and imported back,
 * is accepted whole, keeps every linked row (places, schedules, terms, municipalities, contacts), and is a fixed point
 * from the first import on. The first import may still change two things the export cannot carry exactly: website
 * URLs in normalised form, and remote activities, which the export gives the nationwide area (profile).
 */

let service: Service;
before(async () => {
  service = await createTestService({ demo: true });
});
after(async () => {
  await service.close();
});

async function exportAll(path: string): Promise<unknown[]> {
  const contents: unknown[] = [];
  for (let page = 1; page < 100; page++) {
    const res = await service.app.inject({ method: 'GET', url: `${path}&per_page=100&page=${page}` });
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json() as { contents: unknown[]; last_page: boolean };
    contents.push(...body.contents);
    if (body.last_page) break;
  }
  return contents;
}

const CHILD_TABLES = ['location', 'activity_location', 'activity_municipality', 'activity_term', 'schedule', 'contact'] as const;
async function childRows(db: Database): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of CHILD_TABLES) out[table] = (await db.selectFrom(table).selectAll().execute()).map((r) => JSON.stringify(r)).sort();
  return out;
}

test('the API export of the demo directory imports back whole, and a second import changes nothing', async () => {
  const db = service.database.db;
  const published = await db
    .selectFrom('activity')
    .innerJoin('organization', 'organization.id', 'activity.organization_id')
    .select('activity.id')
    .where('activity.status', '=', 'published')
    .where('organization.status', '=', 'published')
    .execute();
  assert.ok(published.length > 300, 'the demo directory is there');
  const childrenBefore = await childRows(db);

  const organizations = await exportAll('/api/hsds/organizations?full=true&full_service=true');
  const first = await importHsds({ db, data: organizations });
  assert.equal(first.recordsRejected, 0, formatImportReport(first).join('\n'));
  assert.equal(first.counts.organizationsInserted + first.counts.activitiesInserted, 0);
  assert.equal(first.counts.activitiesUnchanged + first.counts.activitiesUpdated, published.length);
  assert.deepEqual(await childRows(db), childrenBefore, 'places, schedules, terms, municipalities and contacts survive the round trip');

  const again = await importHsds({ db, data: await exportAll('/api/hsds/organizations?full=true&full_service=true') });
  assert.equal(again.recordsRejected, 0);
  assert.equal(again.counts.organizationsUpdated + again.counts.organizationsInserted, 0, formatImportReport(again).join('\n'));
  assert.equal(again.counts.activitiesUpdated + again.counts.activitiesInserted, 0, formatImportReport(again).join('\n'));

  const services = await exportAll('/api/hsds/services?full=true');
  const asServices = await importHsds({ db, data: services });
  assert.equal(asServices.recordsRejected, 0, formatImportReport(asServices).join('\n'));
  assert.equal(asServices.recordsRead, published.length);
  assert.deepEqual(
    [asServices.counts.organizationsUpdated, asServices.counts.activitiesUpdated],
    [0, 0],
    'services with their (abbreviated) organization nested change nothing either',
  );
  assert.deepEqual(await childRows(db), childrenBefore);
});
