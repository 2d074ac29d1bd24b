import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { generateNationalData } from '../../../bench/search/generate.js';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { insertOrganizationGraphs } from '../demo/demo.repo.js';
import { rebuildSearchIndex } from './rebuild-search-index.js';
import { searchActivities, twoSignificantDigits } from './search-activities.js';
import { SAMPLE_SCALE } from './search.repo.js';
import type { SearchInput } from './search.types.js';

/*
 * Broad queries (decision record 0004, "Broad queries"). A broad query is one whose matches in the index's sample
 * (one activity in sixteen) reach BROAD_SAMPLE, about 5 000 matches; here the threshold is lowered (`broadSample`) so
 * that 800 generated activities (the speed benchmark's generator) make broad queries.
 */
let t: TestDatabase;
before(async () => {
  t = await createTestDatabase();
  await generateNationalData({ activities: 800, batchSize: 200, seed: 'search-broad-test' }, async (graphs) => {
    await t.db.transaction().execute((trx) => insertOrganizationGraphs(trx, graphs));
  });
  await rebuildSearchIndex({ db: t.db });
});
after(async () => {
  await t.close();
});

const base: SearchInput = { lang: 'fi', sort: 'relevance', page: 1, perPage: 20 };
const search = (input: Partial<SearchInput>) => searchActivities({ db: t.db, ...base, ...input });
const BROAD = 3;

/** Every match of the exact path, in its order. */
async function allExact(input: Partial<SearchInput>): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page += 1) {
    const r = await search({ ...input, page, perPage: 100, exactTotal: true });
    ids.push(...r.hits.map((h) => h.activityId));
    if (r.hits.length < 100) return ids;
  }
}

test('a broad query has an estimated total: the sample’s matches × 16, shown to two significant digits', async () => {
  const every = await allExact({ text: 'vertaistuki' });
  const inSample = every.filter((id) => id.endsWith('0')).length;
  assert.ok(inSample >= BROAD, `the data set makes "vertaistuki" broad (${inSample} in the sample)`);
  const broad = await search({ text: 'vertaistuki', broadSample: BROAD });
  assert.equal(broad.totalEstimated, true);
  assert.equal(broad.total, twoSignificantDigits(inSample * SAMPLE_SCALE));
  const exact = await search({ text: 'vertaistuki', broadSample: BROAD, exactTotal: true });
  assert.equal(exact.totalEstimated, undefined);
  assert.equal(exact.total, every.length);
  // When only a share of the sample's matches is scored (SAMPLE_READ), the total still counts all of them.
  const share = await search({ text: 'vertaistuki', broadSample: BROAD, broadSampleRead: 2 });
  assert.equal(share.total, twoSignificantDigits(inSample * SAMPLE_SCALE));
  // Below the threshold the query is not broad, and the total is exact.
  const narrow = await search({ text: 'vertaistuki', broadSample: inSample + 1 });
  assert.equal(narrow.totalEstimated, undefined);
  assert.equal(narrow.total, every.length);
});

test('a broad query’s page holds the same hits as the exact ranking when its best are name or term matches', async () => {
  for (const text of ['vertaistuki', 'mielenterveys', 'omaishoitaja']) {
    const exact = await search({ text, exactTotal: true, explain: true });
    assert.ok(exact.hits.length === 20, `${text}: a full page`);
    // The tiers bring every name match and every match of a matching set of terms: when the exact page is made of
    // those, the broad page is the same page in the same order.
    assert.ok(exact.hits.every((h) => h.explain!.nameBonus > 0 || h.explain!.taxonomyBonus > 0), `${text}: the exact page is made of strong matches`);
    const broad = await search({ text, broadSample: BROAD });
    assert.equal(broad.totalEstimated, true, `${text} is broad`);
    assert.deepEqual(
      broad.hits.map((h) => h.activityId),
      exact.hits.map((h) => h.activityId),
      text,
    );
    // Scoring only a share of the sample's matches leaves the tiers' decision to the whole sample: the same page.
    const share = await search({ text, broadSample: BROAD, broadSampleRead: 2 });
    assert.deepEqual(share.hits.map((h) => h.activityId), exact.hits.map((h) => h.activityId), `${text}, a share of the sample scored`);
    // Page 2 as well (the candidates cover the page's end).
    const exact2 = await search({ text, exactTotal: true, page: 2 });
    const broad2 = await search({ text, broadSample: BROAD, page: 2 });
    assert.deepEqual(broad2.hits.map((h) => h.activityId).slice(0, 5), exact2.hits.map((h) => h.activityId).slice(0, 5), `${text} page 2`);
  }
});

test('every hit of a broad query is a real match, ordered by score', async () => {
  for (const text of ['ryhmä', 'tuki', 'yhdistys']) {
    const every = new Set(await allExact({ text }));
    for (const broadSampleRead of [undefined, 2]) {
      const broad = await search({ text, broadSample: BROAD, ...(broadSampleRead ? { broadSampleRead } : {}) });
      assert.equal(broad.totalEstimated, true, `${text} is broad`);
      assert.ok(broad.hits.length > 0);
      for (const h of broad.hits) assert.ok(every.has(h.activityId), `${text}: ${h.activityId} matches`);
      const scores = broad.hits.map((h) => h.score);
      assert.deepEqual(scores, [...scores].sort((a, b) => b - a), `${text}: by score`);
    }
  }
});

test('in name order a broad query is exact: the same pages as counting every match, from the sort key’s index', async () => {
  for (const input of [{ municipality: '091' }, { municipality: '297' }, {}, { text: 'vertaistuki' }, { text: 'ryhmä', municipality: '091' }] as Partial<SearchInput>[]) {
    for (const page of [1, 2, 5]) {
      const exact = await search({ ...input, sort: 'name', page, exactTotal: true });
      const broad = await search({ ...input, sort: 'name', page, broadSample: BROAD });
      assert.equal(broad.totalEstimated, true);
      assert.deepEqual(broad.hits.map((h) => h.activityId), exact.hits.map((h) => h.activityId), `${JSON.stringify(input)} page ${page}`);
    }
  }
  // Swedish and English have their own sort keys.
  for (const lang of ['sv', 'en'] as const) {
    const exact = await search({ lang, sort: 'name', exactTotal: true });
    const broad = await search({ lang, sort: 'name', broadSample: BROAD });
    assert.deepEqual(broad.hits.map((h) => h.activityId), exact.hits.map((h) => h.activityId), lang);
  }
});

test('with facets (the results page) a broad query’s facet counts are the sample’s counts × 16, marked as estimates', async () => {
  const withFacets = await search({ text: 'vertaistuki', broadSample: BROAD, facets: true });
  assert.equal(withFacets.totalEstimated, true);
  assert.equal(withFacets.facetsEstimated, true);
  // The same page as without facets.
  const page = await search({ text: 'vertaistuki', broadSample: BROAD });
  assert.deepEqual(withFacets.hits.map((h) => h.activityId), page.hits.map((h) => h.activityId));
  // Each need's count: the sample's matches with that need, × 16, to two significant digits.
  const inSample = new Set((await allExact({ text: 'vertaistuki' })).filter((id) => id.endsWith('0')));
  const { rows } = await sql<{ activity_id: string; need_codes: string[] }>`select activity_id, need_codes from search_document where sample`.execute(t.db);
  const needs = new Map<string, number>();
  for (const r of rows) if (inSample.has(r.activity_id)) for (const c of r.need_codes) needs.set(c, (needs.get(c) ?? 0) + 1);
  assert.ok(needs.size > 1, 'the sample’s matches have several needs');
  assert.deepEqual(
    new Map(withFacets.facets!.need.map((v) => [v.code, v.count])),
    new Map([...needs].map(([code, n]) => [code, twoSignificantDigits(n * SAMPLE_SCALE)])),
  );
  // Counting every match: exact counts, not marked.
  const exact = await search({ text: 'vertaistuki', broadSample: BROAD, facets: true, exactTotal: true });
  assert.equal(exact.facetsEstimated, undefined);
  assert.equal(exact.totalEstimated, undefined);
});

test('when only the matches the facets count are broad, the page and its total stay exact and the facet counts are estimated', async () => {
  const every = await allExact({ text: 'vertaistuki' });
  const inSample = every.filter((id) => id.endsWith('0')).length;
  // The text alone is broad at this threshold; with the municipality chosen it is not.
  const input: Partial<SearchInput> = { text: 'vertaistuki', municipality: '297', facets: true, broadSample: inSample };
  const exact = await search({ ...input, exactTotal: true });
  assert.ok(exact.total > 0 && exact.total < every.length, 'the municipality narrows the matches');
  const r = await search(input);
  assert.equal(r.totalEstimated, undefined);
  assert.equal(r.total, exact.total);
  assert.deepEqual(r.hits.map((h) => h.activityId), exact.hits.map((h) => h.activityId));
  assert.equal(r.facetsEstimated, true);
  assert.equal(exact.facetsEstimated, undefined);
  // The municipality's own facet count is an estimate from the sample (a multiple of 16 below 100, else rounded).
  for (const v of r.facets!.municipality) assert.ok(v.count % SAMPLE_SCALE === 0 || v.count >= 100, `${v.code}: ${v.count}`);
});

test('partial matching and the typo fallback are never answered as broad', async () => {
  const trigram = await search({ text: 'vrtaistkui', broadSample: 1 });
  assert.equal(trigram.totalEstimated, undefined);
});

test('an estimate is never shown more precisely than it is', () => {
  assert.equal(twoSignificantDigits(54_896), 55_000);
  assert.equal(twoSignificantDigits(5_232), 5_200);
  assert.equal(twoSignificantDigits(1_049), 1_000);
  assert.equal(twoSignificantDigits(160), 160);
  assert.equal(twoSignificantDigits(96), 96);
  assert.equal(twoSignificantDigits(0), 0);
});
