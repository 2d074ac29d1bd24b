import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Service } from '../../boot.js';
import { generateNationalData } from '../../../bench/search/generate.js';
import { createTestService } from '../../../tests/support/test-app.js';
import { insertOrganizationGraphs } from '../demo/demo.repo.js';
import { rebuildSearchIndex } from './rebuild-search-index.js';
import { twoSignificantDigits } from './search-activities.js';
import { BROAD_SAMPLE, SAMPLE_SCALE } from './search.repo.js';

/*
 * The results page of a broad query (decision record 0004, "Broad queries"): its total and facet counts are
 * estimated from the index's sample, and the page says so. The sample is chosen by the last hex digit of an
 * activity's id, so the generated activities here all get an id ending in 0: a few hundred make a broad query.
 */
let service: Service;
let inSample = 0;
before(async () => {
  service = await createTestService();
  const db = service.database.db;
  await generateNationalData({ activities: BROAD_SAMPLE + 60, batchSize: 500, seed: 'search-broad-page' }, async (graphs) => {
    for (const g of graphs) for (const a of g.activities) a.activity.id = `${a.activity.id.slice(0, -1)}0`;
    await db.transaction().execute((trx) => insertOrganizationGraphs(trx, graphs));
  });
  await rebuildSearchIndex({ db });
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from search_document where sample`.execute(db);
  inSample = rows[0]!.n;
});
after(async () => {
  await service.close();
});

const get = (url: string) => service.app.inject({ method: 'GET', url });
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

test('a broad search’s results page says its total and facet counts are estimates, in fi / sv / en', async () => {
  assert.ok(inSample >= BROAD_SAMPLE, `${inSample} activities in the sample make a broad query`);
  const estimate = twoSignificantDigits(inSample * SAMPLE_SCALE).toLocaleString('fi-FI').replace(/\s/g, ' ');
  const fi = await get('/search?sort=name');
  assert.equal(fi.statusCode, 200);
  const page = text(fi.body);
  assert.match(page, new RegExp(`Noin ${estimate.replace(/\s/g, '\\s')} toimintaa löytyi`));
  assert.match(page, /\(noin \d/);
  assert.doesNotMatch(page, /\(\d[\d\s]*\)/, 'no facet count without "noin"');
  // No link to a last page computed from the estimate; the next pages are there.
  const last = Math.ceil(twoSignificantDigits(inSample * SAMPLE_SCALE) / 20);
  assert.doesNotMatch(fi.body, new RegExp(`page=${last}"`));
  assert.match(fi.body, /page=2"/);
  const sv = text((await get('/sv/search?sort=name')).body);
  assert.match(sv, /Cirka \d[\d\s]* verksamheter hittades/);
  assert.match(sv, /\(cirka \d/);
  const en = text((await get('/en/search?sort=name')).body);
  assert.match(en, /About \d[\d,]* activities found/);
  assert.match(en, /\(about \d/);
});

test('a narrower search keeps its exact total; its facet counts stay estimates while the matches they count are broad', async () => {
  const res = await get('/search?sort=name&municipality=091');
  assert.equal(res.statusCode, 200);
  const page = text(res.body);
  assert.match(page, /(^| )\d+ toimintaa löytyi/);
  assert.doesNotMatch(page, /Noin/);
  // The municipality facet counts every municipality's matches (the sample holds all of them here): estimates.
  assert.match(page, /\(noin \d/);
});
