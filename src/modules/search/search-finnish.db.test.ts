import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stableId } from '../../platform/ids.js';
import { forgetSynonyms } from './list-synonyms.js';
import { loadSynonyms } from './load-synonyms.js';
import { synonymEntries } from './synonyms.data.js';
import { searchActivities } from './search-activities.js';
import { textActivity, textOrganization, useIndexedGraph } from './text-graph.fixture.js';
import type { SearchInput } from './search.types.js';

/** Finnish compounds, inflection and curated synonyms, on PGlite and (with TEST_DATABASE_URL) PostgreSQL. */

const ORG = stableId('sfi-org', 'tuulikello');
const act = {
  yhdistys: stableId('sfi-act', 'yhdistys'),
  syopa: stableId('sfi-act', 'syopa'),
  masennus: stableId('sfi-act', 'masennus'),
  muisti: stableId('sfi-act', 'muisti'),
  paihde: stableId('sfi-act', 'paihde'),
  liikunta: stableId('sfi-act', 'liikunta'),
};

const graph = textOrganization(ORG, 'Esimerkkilän Tuulikello ry', [
  textActivity(act.yhdistys, 'Mielenterveysyhdistyksen avoin ilta', 'Kaikille avoin kohtaamispaikka.'),
  textActivity(act.syopa, 'Syöpäpotilaiden vertaistukiryhmä', 'Tapaamme joka toinen torstai.'),
  textActivity(act.masennus, 'Masennuksesta toipuvien ryhmä', 'Keskustelua ja kahvia.'),
  textActivity(act.muisti, 'Muistisairaiden omaisten ilta', 'Tietoa ja tukea läheisille.'),
  textActivity(act.paihde, 'Päihdetyön kohtaamispaikka', 'Matalan kynnyksen paikka.'),
  textActivity(act.liikunta, 'Kävelyretki', 'Ulkoillaan yhdessä luonnossa.'),
]);

const testDatabase = useIndexedGraph(graph);

// The hits that match every word (with few of them, hits matching some of the words follow; explain tells which).
const ids = async (text: string, extra: Partial<SearchInput> = {}) =>
  (await searchActivities({ db: testDatabase().db, lang: 'fi', sort: 'relevance', page: 1, perPage: 50, text: `${text} `, explain: true, ...extra })).hits
    .filter((h) => h.explain!.coverage === 3)
    .map((h) => h.activityId);

test('compounds: a part finds the compound, and a compound typed apart finds it', async () => {
  assert.deepEqual(await ids('yhdistys'), [act.yhdistys]);
  assert.deepEqual(await ids('mielenterveys'), [act.yhdistys]);
  assert.deepEqual(await ids('vertaistuki ryhmä'), [act.syopa]);
  assert.deepEqual(await ids('syöpä vertaistuki'), [act.syopa]);
  assert.deepEqual(await ids('syöpäpotilas'), [act.syopa]);
  assert.ok((await ids('päihde')).includes(act.paihde));
});

test('inflection with consonant gradation: base forms are found from inflected ones and back', async () => {
  assert.deepEqual(await ids('yhdistyksen'), [act.yhdistys]);
  assert.deepEqual(await ids('masennus'), [act.masennus]);
  assert.deepEqual(await ids('potilaille'), [act.syopa]);
});

test('curated synonyms and lay words expand the query', async () => {
  assert.deepEqual(await ids('depressio'), [act.masennus]);
  assert.deepEqual(await ids('dementia'), [act.muisti]);
  assert.deepEqual(await ids('alkoholi'), [act.paihde]);
  assert.ok((await ids('en jaksa')).includes(act.masennus));
  assert.deepEqual(await ids('huumeet'), [act.paihde]);
});

test('the words as typed rank above their synonyms', async () => {
  const r = await searchActivities({ db: testDatabase().db, lang: 'fi', sort: 'relevance', page: 1, perPage: 50, text: 'masennus depressio' });
  assert.equal(r.hits[0]?.activityId, act.masennus);
});

test('synonyms are data: seeded idempotently, and an administrator\'s edit is kept and used', async () => {
  const count = await testDatabase().db.selectFrom('search_synonym').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  assert.equal(Number(count.n), synonymEntries().length);
  assert.ok(synonymEntries().length >= 80);
  assert.equal(await loadSynonyms({ db: testDatabase().db }), 0, 'a second seeding changes nothing');
  await testDatabase().db
    .insertInto('search_synonym')
    .values({ id: stableId('sfi-syn', 'kävelylenkki'), lang: 'fi', term: 'kävelylenkki', expansion: ['kävelyretki'], source: 'admin' })
    .execute();
  forgetSynonyms({ db: testDatabase().db });
  assert.deepEqual(await ids('kävelylenkki'), [act.liikunta]);
  await loadSynonyms({ db: testDatabase().db });
  const kept = await testDatabase().db.selectFrom('search_synonym').select(['expansion', 'source']).where('term', '=', 'kävelylenkki').executeTakeFirstOrThrow();
  assert.deepEqual(kept, { expansion: ['kävelyretki'], source: 'admin' });
});
