import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Service } from '../../boot.js';
import { createTestService } from '../../../tests/support/test-app.js';
import { stableId } from '../../platform/ids.js';
import { emptyCounts } from '../directory/organization-graph.js';
import { saveOrganizationGraph } from '../directory/save-organization-graph.js';
import { fx, KUOPIO, loadSearchFixture } from './search.fixture.js';
import { SUGGEST_LIMITS } from './suggest.routes.js';
import type { Suggestions } from './suggest.js';

let service: Service;
const draftOrg = stableId('suggest-org', 'draft');
before(async () => {
  service = await createTestService();
  await loadSearchFixture(service.database.db);
  await saveOrganizationGraph({
    db: service.database.db,
    counts: emptyCounts(),
    graph: { organization: { id: draftOrg, name_fi: 'Omaishoitajien Luonnosyhdistys ry', status: 'draft' }, contacts: [], locations: [], activities: [] },
  });
});
after(async () => {
  await service.close();
});

let ip = 0;
/** Each call from its own address, so the rate limit never interferes except where tested. */
const get = (url: string, from = `198.51.100.${++ip % 250}`) => service.app.inject({ method: 'GET', url, remoteAddress: from });
async function suggest(q: string, lang?: string): Promise<Suggestions> {
  const res = await get(`/api/suggest?q=${encodeURIComponent(q)}${lang ? `&lang=${lang}` : ''}`);
  assert.equal(res.statusCode, 200, `${q}: ${res.body}`);
  assert.match(res.headers['content-type'] as string, /^application\/json/);
  return res.json() as Suggestions;
}
const labels = (list: { label: string }[]) => list.map((i) => i.label);

test('a prefix of a word finds needs, organisations and municipalities, with links to the filtered results or the card', async () => {
  const s = await suggest('mielen');
  assert.deepEqual(Object.keys(s), ['needs', 'supports', 'targets', 'organizations', 'municipalities']);
  assert.deepEqual(s.needs[0], { label: 'Mielenterveys', code: 'mielenterveys', url: '/search?need=mielenterveys' });
  assert.deepEqual(s.organizations, [{ label: 'Mielenterveysseura Esimerkki ry', id: fx.org.mieli, url: `/organisations/${fx.org.mieli}` }]);
  // A word inside the name, not only its first word; a synonym ("omaishoitaja" of "Omaiset ja läheiset").
  const omais = await suggest('omaishoitaj');
  assert.deepEqual(labels(omais.organizations), ['Kuopion Omaishoitajat ry']);
  assert.deepEqual(labels(omais.targets), ['Omaiset ja läheiset']);
  const kuo = await suggest('Kuop');
  assert.deepEqual(kuo.municipalities, [{ label: 'Kuopio', code: KUOPIO, url: `/search?municipality=${KUOPIO}` }]);
  const vertais = await suggest('vertais');
  assert.deepEqual(vertais.supports[0], { label: 'Vertaistuki', code: 'vertaistuki', url: '/search?support=vertaistuki' });
  // The label that starts with the prefix comes before one that merely contains a word starting with it.
  const paih = await suggest('päih');
  assert.equal(paih.needs[0]?.label, 'Päihteet');
});

test('case and accents do not matter: ä, ö and å typed or not', async () => {
  for (const q of ['yksinä', 'YKSINA', 'Yksina']) assert.deepEqual(labels((await suggest(q)).needs), ['Yksinäisyys'], q);
  for (const q of ['syöp', 'SYOP']) assert.ok(labels((await suggest(q)).needs).includes('Syöpä'), q);
  assert.deepEqual(labels((await suggest('ikaih')).targets), ['Ikäihmiset']);
});

test('compound words are found from 4 characters on, after word starts; municipalities only by word start', async () => {
  const seura = await suggest('seura');
  assert.deepEqual(labels(seura.organizations), ['Mielenterveysseura Esimerkki ry']);
  assert.deepEqual(labels((await suggest('terveys')).needs).slice(0, 1), ['Mielenterveys']);
  assert.deepEqual(labels((await suggest('ter')).organizations), [], 'three letters: word starts only');
  assert.deepEqual(labels((await suggest('opio')).municipalities), []);
});

test('Swedish and English labels and links', async () => {
  const sv = await suggest('närst', 'sv');
  assert.deepEqual(sv.needs, [{ label: 'Närståendevård', code: 'omaishoito', url: '/sv/search?need=omaishoito' }]);
  assert.deepEqual(labels(sv.targets), ['Anhöriga och närstående']);
  assert.deepEqual(labels((await suggest('kuopio n', 'sv')).organizations), ['Kuopio närståendevårdare rf']);
  const svCity = await suggest('helsingf', 'sv');
  assert.deepEqual(svCity.municipalities, [{ label: 'Helsingfors', code: '091', url: '/sv/search?municipality=091' }]);
  const en = await suggest('lonel', 'en');
  assert.deepEqual(en.needs, [{ label: 'Loneliness', code: 'yksinaisyys', url: '/en/search?need=yksinaisyys' }]);
});

test('only published organisations: drafts and archived ones are never suggested', async () => {
  const s = await suggest('omaishoitajien');
  assert.ok(!s.organizations.some((o) => o.id === draftOrg), 'draft');
  assert.deepEqual(labels((await suggest('lakkautet')).organizations), [], 'archived');
  assert.deepEqual(labels((await suggest('luonnosyhd')).organizations), [], 'draft');
  // Hidden from search for being unchecked too long (src/modules/freshness): hidden from suggestions too.
  const db = service.database.db;
  await db.updateTable('organization').set({ stale_hidden_at: new Date() }).where('id', '=', fx.org.omaiset).execute();
  try {
    assert.deepEqual(labels((await suggest('omaishoitaj')).organizations), []);
  } finally {
    await db.updateTable('organization').set({ stale_hidden_at: null }).where('id', '=', fx.org.omaiset).execute();
  }
  assert.deepEqual(labels((await suggest('omaishoitaj')).organizations), ['Kuopion Omaishoitajat ry']);
});

test('at most 5 of each kind; too short or empty text gives empty lists', async () => {
  const many = await suggest('ka');
  for (const list of Object.values(many)) assert.ok(list.length <= 5);
  assert.equal(many.municipalities.length, 5, 'many municipalities start with "ka"');
  for (const q of ['', 'a', '  ', '--', '%', '_']) {
    const s = await suggest(q);
    assert.deepEqual(s, { needs: [], supports: [], targets: [], organizations: [], municipalities: [] }, q);
  }
  // LIKE and regular expression characters are plain text.
  for (const q of ['%%', 'mie%', 'a_b', '.*', "o'neill", '\\', '(((']) assert.equal((await get(`/api/suggest?q=${encodeURIComponent(q)}`)).statusCode, 200, q);
});

test('bad input is a 400 JSON answer, never a 500', async () => {
  for (const url of ['/api/suggest', '/api/suggest?q=a&q=b', `/api/suggest?q=${'x'.repeat(101)}`, '/api/suggest?q=mielen&lang=de', '/api/suggest?q=mielen&lang=']) {
    const res = await get(url);
    assert.equal(res.statusCode, 400, url);
    assert.equal((res.json() as { error: string }).error, 'bad_request', url);
  }
});

test('rate-limited per client address: 429 with Retry-After, other addresses unaffected', async () => {
  const from = '192.0.2.9';
  for (let i = 0; i < SUGGEST_LIMITS.perIp; i++) assert.equal((await get('/api/suggest?q=a', from)).statusCode, 200);
  const limited = await get('/api/suggest?q=a', from);
  assert.equal(limited.statusCode, 429);
  assert.equal((limited.json() as { error: string }).error, 'too_many_requests');
  assert.ok(Number(limited.headers['retry-after']) >= 1);
  assert.equal((await get('/api/suggest?q=a', '192.0.2.10')).statusCode, 200);
});

test('the endpoint is in the OpenAPI document and on the API page', async () => {
  const doc = (await get('/api/openapi.json')).json() as { paths: Record<string, { servers?: { url: string }[]; get: { parameters: { name: string }[] } }> };
  const path = doc.paths['/suggest'];
  assert.ok(path);
  assert.deepEqual(path.servers, [{ url: 'http://localhost:3000/api' }]);
  assert.deepEqual(path.get.parameters.map((p) => p.name), ['q', 'lang']);
  const page = await get('/en/api');
  assert.match(page.body, /<a href="\/api\/suggest\?q=mielen&amp;lang=en"><code>GET \/api\/suggest\?q=mielen&amp;lang=en<\/code><\/a>/);
});
