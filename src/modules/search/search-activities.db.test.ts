import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { taxonomyId, termId } from '../reference/load-reference-data.js';
import { rebuildSearchIndex } from './rebuild-search-index.js';
import { searchActivities } from './search-activities.js';
import { fx, HELSINKI, KUOPIO, loadSearchFixture, PUBLIC_ACTIVITIES, SIILINJARVI } from './search.fixture.js';
import type { SearchInput } from './search.types.js';

let t: TestDatabase;
before(async () => {
  t = await createTestDatabase();
  await loadSearchFixture(t.db);
});
after(async () => {
  await t.close();
});

const base: SearchInput = { lang: 'fi', sort: 'relevance', page: 1, perPage: 50 };
const search = (input: Partial<SearchInput>) => searchActivities({ db: t.db, ...base, ...input });
const ids = async (input: Partial<SearchInput>) => (await search(input)).hits.map((h) => h.activityId);
const sameSet = (actual: string[], expected: string[]) => assert.deepEqual([...actual].sort(), [...expected].sort());

test('the index holds exactly the published activities of published organisations, and rebuilding is repeatable', async () => {
  const rows = await t.db.selectFrom('search_document').select('activity_id').execute();
  sameSet(rows.map((r) => r.activity_id), PUBLIC_ACTIVITIES);
  assert.equal(await rebuildSearchIndex({ db: t.db }), PUBLIC_ACTIVITIES.length);
  const all = await search({});
  assert.equal(all.total, PUBLIC_ACTIVITIES.length);
  sameSet(all.hits.map((h) => h.activityId), PUBLIC_ACTIVITIES);
});

test('draft and archived activities, and activities of archived organisations, are never returned', async () => {
  for (const text of ['luonnos retki', 'arkistoitu', 'vanha masennusryhmä', 'lakkautettu']) {
    const found = await ids({ text });
    for (const hidden of [fx.act.luonnos, fx.act.arkisto, fx.act.vanha]) assert.ok(!found.includes(hidden), `${text} found a hidden activity`);
  }
  sameSet(await ids({ needs: ['omaishoito'] }), [fx.act.omaisryhma, fx.act.svenska]);
});

test('text finds activities by name, organisation name, taxonomy synonyms and description; names rank first', async () => {
  const byName = await ids({ text: 'vertaisryhmä' });
  // Two have it in the name; the other peer-support activities carry it as a synonym of "Vertaistuki".
  sameSet(byName.slice(0, 2), [fx.act.omaisryhma, fx.act.aitien]);
  sameSet(byName, [fx.act.omaisryhma, fx.act.aitien, fx.act.masennusryhma, fx.act.svenska]);
  sameSet(await ids({ text: 'kahvitarjoilu' }), [fx.act.omaisryhma]);
  sameSet(await ids({ text: 'Mielenterveysseura' }), [fx.act.masennusryhma, fx.act.kriisipuhelin, fx.act.aitien, fx.act.oinen, fx.act.zumba, fx.act.aland, fx.act.svenska]);
  sameSet(await ids({ text: 'depressio' }), [fx.act.masennusryhma, fx.act.kriisipuhelin]);
});

test('Finnish stemming: inflected forms find each other', async () => {
  const found = await ids({ text: 'omaishoitajien' });
  assert.ok(found.includes(fx.act.muistikahvila), 'omaishoitajien finds the description word "omaishoitaja"');
  assert.ok(found.includes(fx.act.omaisryhma));
  assert.ok((await ids({ text: 'omaishoitajalle kahvitarjoilua' })).includes(fx.act.omaisryhma));
  assert.ok((await ids({ text: 'nuorille' })).includes(fx.act.masennusryhma));
});

test('the last word matches as a prefix; phrases, exclusions and "or" work', async () => {
  sameSet(await ids({ text: 'muistika' }), [fx.act.muistikahvila]);
  const ended = await search({ text: 'muistika ' });
  assert.equal(ended.approximate, true, 'an ended word is not a prefix: only the typo fallback finds it');
  // "Auttava puhelin" is in one description and is a synonym of the kind of support both phone/chat services carry.
  sameSet(await ids({ text: '"auttava puhelin"' }), [fx.act.kriisipuhelin, fx.act.oinen]);
  assert.equal((await search({ text: '"puhelin auttava"' })).approximate, true, 'word order matters in a phrase');
  sameSet(await ids({ text: 'vertaisryhmä -äitien -masennusryhmä' }), [fx.act.omaisryhma, fx.act.svenska]);
  sameSet(await ids({ text: 'zumba or muistikahvila' }), [fx.act.zumba, fx.act.muistikahvila]);
});

test('Swedish and English words are found', async () => {
  sameSet(await ids({ text: 'närstående', lang: 'sv' }), [fx.act.omaisryhma, fx.act.svenska, fx.act.muistikahvila]);
  assert.ok((await ids({ text: 'stödgrupp' })).includes(fx.act.svenska));
  assert.ok((await ids({ text: 'anhöriga' })).includes(fx.act.svenska));
  assert.ok((await ids({ text: 'crisis line' })).includes(fx.act.kriisipuhelin));
});

test('when full-text search knows none of the words, trigrams find near spellings', async () => {
  const r = await search({ text: 'omaishoitja' });
  assert.equal(r.approximate, true);
  assert.ok(r.hits.some((h) => h.activityId === fx.act.omaisryhma));
  const exact = await search({ text: 'omaishoitaja' });
  assert.equal(exact.approximate, undefined);
  const none = await search({ text: 'xyzzyqwv' });
  assert.equal(none.total, 0);
});

test('filters: any value within a list, all lists together', async () => {
  sameSet(await ids({ needs: ['masennus', 'omaishoito'] }), [fx.act.omaisryhma, fx.act.svenska, fx.act.masennusryhma, fx.act.kriisipuhelin]);
  sameSet(await ids({ needs: ['masennus', 'omaishoito'], supports: ['vertaistuki'] }), [fx.act.omaisryhma, fx.act.svenska, fx.act.masennusryhma]);
  sameSet(await ids({ needs: ['masennus', 'omaishoito'], supports: ['vertaistuki'], targets: ['nuoret'] }), [fx.act.masennusryhma]);
  sameSet(await ids({ termIds: [termId('support', 'liikunta'), termId('need', 'perhe')] }), [fx.act.zumba, fx.act.aitien]);
  sameSet(await ids({ taxonomyId: taxonomyId('target'), needs: ['kotoutuminen'] }), [fx.act.aland]);
  assert.equal((await search({ organizationId: fx.org.omaiset })).total, 2);
  assert.equal((await search({ needs: ['ei-ole'] })).total, 0);
});

test('municipality: available there or nationwide / remote, and marked which', async () => {
  const r = await search({ municipality: SIILINJARVI });
  sameSet(r.hits.map((h) => h.activityId), [fx.act.omaisryhma, fx.act.aitien, fx.act.kriisipuhelin, fx.act.oinen]);
  for (const h of r.hits) {
    const local = h.activityId === fx.act.omaisryhma || h.activityId === fx.act.aitien;
    assert.equal(h.availability, local ? 'local' : 'nationwide');
  }
  // Relevance order without text: local ones first.
  assert.deepEqual(r.hits.slice(0, 2).map((h) => h.availability), ['local', 'local']);
  sameSet(await ids({ remoteOnly: true }), [fx.act.kriisipuhelin, fx.act.oinen]);
  sameSet(await ids({ municipality: '999' }), [fx.act.kriisipuhelin, fx.act.oinen]);
});

test('facet counts: a value counts what choosing it would find, with text and other filters applied', async () => {
  const cases: Partial<SearchInput>[] = [
    {},
    { text: 'vertaisryhmä' },
    { needs: ['omaishoito'] },
    { municipality: KUOPIO, supports: ['vertaistuki'] },
    { text: 'ryhmä', targets: ['omaiset'], municipality: HELSINKI },
  ];
  for (const input of cases) {
    const r = await search({ ...input, facets: true });
    assert.ok(r.facets);
    for (const v of r.facets.need) assert.equal((await search({ ...input, needs: [v.code] })).total, v.count, `need ${v.code} in ${JSON.stringify(input)}`);
    for (const v of r.facets.support) assert.equal((await search({ ...input, supports: [v.code] })).total, v.count, `support ${v.code}`);
    for (const v of r.facets.target) assert.equal((await search({ ...input, targets: [v.code] })).total, v.count, `target ${v.code}`);
    for (const v of r.facets.municipality) assert.equal((await search({ ...input, municipality: v.code })).total, v.count, `municipality ${v.code}`);
    assert.equal((await search({ ...input, municipality: undefined, remoteOnly: true })).total, r.facets.nationwide);
    if (!input.needs) {
      // Without a need filter, every result carries at least one need, so the need counts cover the total.
      const sum = r.facets.need.reduce((s, v) => s + v.count, 0);
      assert.ok(sum >= r.total);
    }
  }
  const r = await search({ facets: true });
  assert.equal(r.facets!.need.find((v) => v.code === 'omaishoito')?.label, 'Omaishoito ja läheisen tukeminen');
  assert.equal(r.facets!.municipality.find((v) => v.code === KUOPIO)?.label, 'Kuopio');
  const sv = await search({ facets: true, lang: 'sv' });
  assert.equal(sv.facets!.municipality.find((v) => v.code === HELSINKI)?.label, 'Helsingfors');
});

test('sorting by name follows the Finnish alphabet: Å, Ä and Ö after Z', async () => {
  const r = await search({ sort: 'name' });
  const names = await t.db.selectFrom('activity').select(['id', 'name_fi']).execute();
  const nameOf = new Map(names.map((n) => [n.id, n.name_fi]));
  const sorted = r.hits.map((h) => nameOf.get(h.activityId)!);
  assert.deepEqual(sorted.slice(-4), ['Zumba ikäihmisille', 'Ålandsryhmä', 'Äitien vertaisryhmä', 'Öinen chat']);
  assert.deepEqual(sorted, [...sorted].sort(new Intl.Collator('fi').compare));
});

test('pagination: pages cover every hit once; a page past the end is empty, with the total', async () => {
  const seen: string[] = [];
  for (let page = 1; page <= 3; page += 1) {
    const r = await search({ sort: 'name', perPage: 4, page });
    assert.equal(r.total, PUBLIC_ACTIVITIES.length);
    seen.push(...r.hits.map((h) => h.activityId));
  }
  sameSet(seen, PUBLIC_ACTIVITIES);
  const beyond = await search({ perPage: 4, page: 99 });
  assert.equal(beyond.hits.length, 0);
  assert.equal(beyond.total, PUBLIC_ACTIVITIES.length);
});

test('hostile and odd input never throws', async () => {
  const strings = [
    '"', '""', '"""', "'", "''", '\\', '&', '|', '!', ':', '*', '(', ')', '&|!:*()', 'a & b | !c:* (d)', "o'brien", 'omais:*', '!!!masennus',
    '-', '--', '- -', '-"', 'or', 'or or', 'masennus or', 'or masennus', '-masennus', '<->', 'a <-> b', '\u0000', '💥', 'ä'.repeat(500),
    'x'.repeat(500), 'masennus '.repeat(60), '%', '_', '%_%', "'; drop table activity; --", 'ja', 'och', 'the', 'ms-tauti', 'e-mail',
  ];
  for (const text of strings) {
    const r = await search({ text, facets: true });
    assert.ok(r.total >= 0, text);
  }
  const odd = await search({ municipality: "'; --", needs: ['"'], termIds: ['not-a-uuid'], organizationId: 'x', taxonomyId: 'y' } as Partial<SearchInput>);
  assert.equal(odd.total, 0);
  assert.equal((await search({ page: -5, perPage: 100000 })).total, PUBLIC_ACTIVITIES.length);
  assert.equal((await search({ modifiedAfter: new Date('invalid') })).total, PUBLIC_ACTIVITIES.length);
});

test('modifiedAfter keeps activities whose activity or organisation row changed later', async () => {
  const future = new Date(Date.now() + 3_600_000);
  assert.equal((await search({ modifiedAfter: future })).total, 0);
  await sql`update organization set updated_at = ${future.toISOString()}::timestamptz + interval '1 minute' where id = ${fx.org.omaiset}`.execute(t.db);
  sameSet(await ids({ modifiedAfter: future }), [fx.act.omaisryhma, fx.act.muistikahvila]);
});

test('rebuilding given ids drops an activity that is no longer published', async () => {
  await t.db.updateTable('activity').set({ status: 'archived' }).where('id', '=', fx.act.zumba).execute();
  assert.ok(!(await ids({ text: 'zumba' })).includes(fx.act.zumba), 'the live status already hides it');
  await rebuildSearchIndex({ db: t.db, activityIds: [fx.act.zumba] });
  const row = await t.db.selectFrom('search_document').select('activity_id').where('activity_id', '=', fx.act.zumba).executeTakeFirst();
  assert.equal(row, undefined);
  await t.db.updateTable('activity').set({ status: 'published' }).where('id', '=', fx.act.zumba).execute();
  assert.equal(await rebuildSearchIndex({ db: t.db, activityIds: [fx.act.zumba] }), 1);
  assert.ok((await ids({ text: 'zumba' })).includes(fx.act.zumba));
});

test('a region scope (withinMunicipalities): activities in its municipalities and nationwide / remote ones, nothing elsewhere; the municipality facet stays inside', async () => {
  const found = await search({ withinMunicipalities: [KUOPIO, SIILINJARVI], facets: true });
  assert.ok(found.hits.some((h) => h.activityId === fx.act.masennusryhma), 'Kuopio');
  assert.ok(found.hits.some((h) => h.activityId === fx.act.aitien), 'Siilinjärvi');
  assert.ok(found.hits.some((h) => h.activityId === fx.act.kriisipuhelin), 'nationwide');
  assert.ok(found.hits.some((h) => h.activityId === fx.act.oinen), 'remote');
  for (const elsewhere of [fx.act.aland, fx.act.svenska]) assert.ok(!found.hits.some((h) => h.activityId === elsewhere), 'Helsinki is outside');
  assert.deepEqual(found.facets!.municipality.map((m) => m.code).sort(), [KUOPIO, SIILINJARVI]);
  // Within the scope a municipality still narrows as before.
  sameSet(await ids({ withinMunicipalities: [KUOPIO, SIILINJARVI], municipality: SIILINJARVI, needs: ['perhe'] }), [fx.act.aitien]);
  assert.equal((await search({ withinMunicipalities: [KUOPIO], needs: ['omaishoito'] })).hits.some((h) => h.activityId === fx.act.svenska), false);
});
