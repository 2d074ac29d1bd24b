import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stableId } from '../../platform/ids.js';
import { searchActivities } from './search-activities.js';
import { textActivity, textOrganization, useIndexedGraph } from './text-graph.fixture.js';
import { suggestSpelling } from './suggest-spelling.js';

/** Typo tolerance and "Tarkoititko …?", on PGlite and (with TEST_DATABASE_URL) PostgreSQL. */

const ORG = stableId('sps-org', 'kaisla');
const act = {
  omais: stableId('sps-act', 'omais'),
  omais2: stableId('sps-act', 'omais-2'),
  omais3: stableId('sps-act', 'omais-3'),
  omaisTypo: stableId('sps-act', 'omais-typo'),
  syopa: stableId('sps-act', 'syopa'),
  ahdistus: stableId('sps-act', 'ahdistus'),
  kuulla: stableId('sps-act', 'kuulla'),
  stod: stableId('sps-act', 'stod'),
  help: stableId('sps-act', 'help'),
};

const graph = textOrganization(ORG, 'Esimerkkilän Kaisla ry', [
  textActivity(act.omais, 'Omaishoitajan kahvila', 'Omaishoitaja saa tukea ja vertaisseuraa.'),
  textActivity(act.omais2, 'Omaishoitaja jaksaa', 'Virkistystä.'),
  textActivity(act.omais3, 'Omaishoitajien retki', 'Omaishoitaja ja hoidettava yhdessä.'),
  // Someone wrote the same word wrongly: the typed typo finds this one exactly, and it stays first.
  textActivity(act.omaisTypo, 'Iltapäivä omaishoitjalle', 'Tervetuloa.'),
  textActivity(act.syopa, 'Syöpäyhdistyksen olohuone', 'Syöpä koskettaa koko perhettä.'),
  textActivity(act.ahdistus, 'Ahdistuksen hallinta', 'Kurssi ahdistus ja pelot.'),
  // Words one edit away from real words the directory does not use (kuolla, stöt, hell).
  textActivity(act.kuulla, 'Kuulla ja tulla kuulluksi', 'Keskusteluryhmä.'),
  textActivity(act.stod, 'Stöd för anhöriga', 'Samtal och stöd.'),
  textActivity(act.help, 'Help with forms', 'We help.'),
]);

const testDatabase = useIndexedGraph(graph);

const search = (text: string) => searchActivities({ db: testDatabase().db, lang: 'fi', sort: 'relevance', page: 1, perPage: 50, text: `${text} ` });

test('a misspelt word finds its nearest indexed words; without ä / ö too', async () => {
  const r = await search('ahdstus');
  assert.deepEqual(r.hits.map((h) => h.activityId), [act.ahdistus]);
  assert.equal(r.approximate, true, 'every hit needed a correction');
  assert.equal((await search('ahdistus')).approximate, undefined);
  assert.deepEqual((await search('syopa')).hits.map((h) => h.activityId), [act.syopa]);
});

test('exact matches of a word are never drowned by corrections', async () => {
  // "omaishoitja" is written in one text (rare: perhaps itself a typo), "omaishoitaja" in three: the typed word's
  // own match comes first, the corrections after it.
  const ids = (await search('omaishoitja')).hits.map((h) => h.activityId);
  assert.equal(ids[0], act.omaisTypo);
  assert.deepEqual(new Set(ids.slice(1)), new Set([act.omais, act.omais2, act.omais3]));
});

test('suggestSpelling: the corrected query, or null when nothing is better', async () => {
  assert.equal(await suggestSpelling({ db: testDatabase().db, text: 'ahdstus', lang: 'fi' }), 'ahdistus');
  assert.equal(await suggestSpelling({ db: testDatabase().db, text: 'Syopa kuopio', lang: 'fi' }), 'syöpä kuopio');
  assert.equal(await suggestSpelling({ db: testDatabase().db, text: 'ahdistus', lang: 'fi' }), null, 'known word');
  assert.equal(await suggestSpelling({ db: testDatabase().db, text: 'ahdistuksen', lang: 'fi' }), null, 'inflected form of a known word');
  assert.equal(await suggestSpelling({ db: testDatabase().db, text: 'xqzvw', lang: 'fi' }), null, 'nothing near');
  assert.equal(await suggestSpelling({ db: testDatabase().db, text: '', lang: 'fi' }), null);
});

test('"Tarkoititko …?" never replaces a real Finnish, Swedish or English word, even one the directory does not use', async () => {
  const spell = (text: string) => suggestSpelling({ db: testDatabase().db, text, lang: 'fi' });
  // Real words one edit from an indexed word: kept as typed.
  assert.equal(await spell('haluan kuolla'), null);
  assert.equal(await spell('en halua kuolla'), null);
  assert.equal(await spell('stöt'), null);
  assert.equal(await spell('hell'), null);
  // Misspellings of the same indexed words are still corrected, so the check is not switching suggestions off.
  assert.equal(await spell('kkuulla'), 'kuulla');
  assert.equal(await spell('anhörgia'), 'anhörig');
  assert.equal(await spell('keskustelryhmä'), 'keskusteluryhmä');
});
