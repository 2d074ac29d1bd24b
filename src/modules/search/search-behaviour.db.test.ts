import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { stableId } from '../../platform/ids.js';
import { emptyCounts, type ActivityGraph, type OrganizationGraph } from '../directory/organization-graph.js';
import { saveOrganizationGraph } from '../directory/save-organization-graph.js';
import { termId } from '../reference/load-reference-data.js';
import { rebuildSearchIndex } from './rebuild-search-index.js';
import { searchActivities } from './search-activities.js';
import type { SearchInput, SearchResult } from './search.types.js';

/**
 * Pinned behaviour of the Finnish-aware search (issue 4), on PGlite and (with TEST_DATABASE_URL) PostgreSQL:
 * inflection, compounds both ways, synonyms, typos, Swedish, English, municipality with nationwide labelled, and the
 * explain parts. Fictional organisations; texts written for these tests only.
 */

const KUOPIO = '297';
const IISALMI = '140';
const ORG = stableId('sbh-org', 'kajastus');
const a = {
  syopaRyhma: stableId('sbh-act', 'syopa-ryhma'),
  mielenterveys: stableId('sbh-act', 'mielenterveys'),
  nuoret: stableId('sbh-act', 'nuoret'),
  omaiset: stableId('sbh-act', 'omaiset'),
  omaisetIisalmi: stableId('sbh-act', 'omaiset-iisalmi'),
  omaisetVerkko: stableId('sbh-act', 'omaiset-verkko'),
  muisti: stableId('sbh-act', 'muisti'),
  yhdistys: stableId('sbh-act', 'yhdistys'),
  sorg: stableId('sbh-act', 'sorg'),
  english: stableId('sbh-act', 'english'),
  velka: stableId('sbh-act', 'velka'),
};

function activity(
  id: string,
  fields: Partial<ActivityGraph['activity']> & { name_fi: string; description_fi: string },
  municipalityCodes: string[],
  terms: string[] = [],
): ActivityGraph {
  return {
    activity: { id, status: 'published', last_checked: '2026-10-01', ...fields },
    municipalityCodes,
    termIds: terms.map((t) => {
      const [slug, code] = t.split(':') as [string, string];
      return termId(slug, code);
    }),
    places: [],
    schedules: [],
    contacts: [],
  };
}

const graph: OrganizationGraph = {
  organization: { id: ORG, name_fi: 'Kajastus ry', description_fi: 'Esimerkkijärjestö.', status: 'published', municipality_code: KUOPIO },
  contacts: [],
  locations: [],
  activities: [
    activity(a.syopaRyhma, { name_fi: 'Syöpäpotilaiden vertaistukiryhmä', description_fi: 'Tapaamme kuukausittain.' }, [KUOPIO]),
    activity(a.mielenterveys, { name_fi: 'Mielenterveysyhdistyksen olohuone', description_fi: 'Avoin kohtaamispaikka.' }, [KUOPIO]),
    activity(a.nuoret, { name_fi: 'Masentuneiden nuorten ryhmä', description_fi: 'Ryhmä nuorille, joilla on masennusta.' }, [KUOPIO]),
    activity(a.omaiset, { name_fi: 'Omaishoitajien kahvila', description_fi: 'Omaishoitaja saa levähtää.' }, [KUOPIO]),
    activity(a.omaisetIisalmi, { name_fi: 'Omaishoitajien ilta Iisalmessa', description_fi: 'Omaishoitaja saa tukea.' }, [IISALMI]),
    activity(a.omaisetVerkko, { name_fi: 'Omaishoitajien verkkoryhmä', description_fi: 'Koko Suomi, verkossa.', nationwide: true, remote: true }, []),
    activity(a.muisti, { name_fi: 'Muistisairaiden läheisten ilta', description_fi: 'Tietoa muistisairauksista.' }, [KUOPIO]),
    activity(a.yhdistys, { name_fi: 'Yhdistyksen kevätretki', description_fi: 'Retki jäsenille.' }, [KUOPIO]),
    activity(
      a.sorg,
      { name_fi: 'Sorggrupp', name_sv: 'Sorggrupp', description_fi: 'Stöd för dig som har förlorat en närstående.', description_sv: 'Stöd för dig som har förlorat en närstående.', languages: ['sv'] },
      [KUOPIO],
    ),
    activity(
      a.english,
      { name_fi: 'Peer support group', name_en: 'Peer support group', description_fi: 'A group for people living with anxiety.', description_en: 'A group for people living with anxiety.', languages: ['en'] },
      [KUOPIO],
    ),
    activity(a.velka, { name_fi: 'Talousneuvonta', description_fi: 'Apua velkoihin ja laskuihin.' }, [KUOPIO], ['need:talous']),
  ],
};

let t: TestDatabase;
before(async () => {
  t = await createTestDatabase();
  await t.db.transaction().execute(async (trx) => saveOrganizationGraph({ db: trx, graph, counts: emptyCounts() }));
  await rebuildSearchIndex({ db: t.db });
});
after(async () => {
  await t.close();
});

const search = (text: string, extra: Partial<SearchInput> = {}): Promise<SearchResult> =>
  searchActivities({ db: t.db, lang: 'fi', sort: 'relevance', page: 1, perPage: 50, text: `${text} `, explain: true, ...extra });
/** Hits that hold every word of the query (partial matches may follow them). */
const full = async (text: string, extra: Partial<SearchInput> = {}) =>
  (await search(text, extra)).hits.filter((h) => h.explain!.coverage === 3).map((h) => h.activityId);
const first = async (text: string, extra: Partial<SearchInput> = {}) => (await search(text, extra)).hits[0]?.activityId;

test('inflection with consonant gradation: inflected query words find base forms and other inflections', async () => {
  assert.deepEqual(await full('masentuneelle nuorelle'), [a.nuoret]);
  assert.deepEqual(new Set(await full('yhdistyksen')), new Set([a.yhdistys, a.mielenterveys]));
  assert.ok((await full('omaishoitajille')).includes(a.omaiset));
  assert.ok((await full('muistisairaille')).includes(a.muisti));
});

test('compounds both ways: a part finds the compound, and words typed apart find it', async () => {
  assert.ok((await full('mielenterveys')).includes(a.mielenterveys));
  assert.ok((await full('yhdistys')).includes(a.mielenterveys));
  assert.deepEqual(await full('vertaistuki ryhmä'), [a.syopaRyhma]);
  assert.deepEqual(await full('syöpä vertaistuki'), [a.syopaRyhma]);
  assert.equal(await first('vertaistukiryhmä'), a.syopaRyhma);
});

test('synonyms and lay words: the word the searcher uses finds the word the organisation wrote', async () => {
  assert.ok((await full('depressio')).includes(a.nuoret));
  assert.ok((await full('dementia')).includes(a.muisti));
  assert.ok((await full('rahahuolet')).includes(a.velka));
});

test('typos: a misspelt word finds the right activity, and an exact match stays first', async () => {
  const omais = (await search('omaishoitja')).hits;
  assert.deepEqual(new Set(omais.slice(0, 3).map((h) => h.activityId)), new Set([a.omaiset, a.omaisetIisalmi, a.omaisetVerkko]));
  assert.equal(omais[0]?.explain?.typoPenalty, -1, 'matched through the correction, and says so');
  assert.equal(await first('masenus'), a.nuoret);
  const exact = await search('omaishoitajien kahvila');
  assert.equal(exact.hits[0]?.activityId, a.omaiset);
  assert.equal(exact.hits[0]?.explain?.typoPenalty, 0);
  const typo = await search('syöpäpotilaiden vertaistukiryhmä');
  assert.equal(typo.hits[0]?.activityId, a.syopaRyhma);
});

test('Swedish: Swedish words find Swedish texts and rank them first in the Swedish interface', async () => {
  assert.equal(await first('sorg', { lang: 'sv' }), a.sorg);
  assert.equal(await first('stöd för närstående', { lang: 'sv' }), a.sorg);
  assert.ok((await full('sorggrupp', { lang: 'fi' })).includes(a.sorg), 'a Swedish word on the Finnish site works too');
});

test('English: English words find English texts and rank them first in the English interface', async () => {
  assert.equal(await first('peer support', { lang: 'en' }), a.english);
  assert.equal(await first('anxiety group', { lang: 'en' }), a.english);
  const r = await search('peer support', { lang: 'en' });
  assert.equal(r.hits[0]?.explain?.languageFactor, 1);
});

test('municipality: local activities first, nationwide ones after and labelled, other towns left out', async () => {
  const r = await search('omaishoitaja', { municipality: KUOPIO });
  const ids = r.hits.map((h) => h.activityId);
  assert.equal(ids[0], a.omaiset);
  assert.ok(ids.includes(a.omaisetVerkko));
  assert.ok(!ids.includes(a.omaisetIisalmi));
  assert.equal(r.hits.find((h) => h.activityId === a.omaiset)?.availability, 'local');
  assert.equal(r.hits.find((h) => h.activityId === a.omaisetVerkko)?.availability, 'nationwide');
  assert.equal(r.hits.find((h) => h.activityId === a.omaisetVerkko)?.nationwide, true);
});

test('explain: every hit carries its score parts, and they multiply out to the score', async () => {
  const r = await search('omaishoitaja', { municipality: KUOPIO });
  assert.ok(r.hits.length >= 2);
  for (const h of r.hits) {
    const e = h.explain!;
    for (const k of ['textRank', 'literalBonus', 'nameBonus', 'taxonomyBonus', 'coverage', 'typoPenalty', 'facetBonus', 'localityFactor', 'freshnessFactor', 'languageFactor'] as const) {
      assert.equal(typeof e[k], 'number', k);
    }
    const sum = e.textRank + e.literalBonus + e.nameBonus + e.taxonomyBonus + e.coverage + e.typoPenalty + e.facetBonus;
    assert.ok(Math.abs(sum * e.localityFactor * e.freshnessFactor * e.languageFactor - h.score) < 1e-6);
  }
  const local = r.hits.find((h) => h.activityId === a.omaiset)!.explain!;
  const remote = r.hits.find((h) => h.activityId === a.omaisetVerkko)!.explain!;
  assert.equal(local.localityFactor, 1.25);
  assert.equal(remote.localityFactor, 1);
  assert.equal((await searchActivities({ db: t.db, lang: 'fi', sort: 'relevance', page: 1, perPage: 5, text: 'omaishoitaja' })).hits[0]?.explain, undefined);
});
