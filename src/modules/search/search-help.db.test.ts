import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Service } from '../../boot.js';
import { createTestService } from '../../../tests/support/test-app.js';
import { fx, KUOPIO, loadSearchFixture, SIILINJARVI } from './search.fixture.js';
import { helpWhenNothingFound } from './help-when-nothing-found.js';
import { listZeroResultQueries } from './list-zero-result-queries.js';
import { logZeroResult, normalizeLoggedQuery } from './log-zero-result.js';
import { pruneZeroResultsHandler, zeroResultCutoff } from './prune-zero-results.job.js';
import { searchActivities } from './search-activities.js';
import type { SearchPageState } from './search.schema.js';

let service: Service;
before(async () => {
  service = await createTestService();
  await loadSearchFixture(service.database.db);
});
after(async () => {
  await service.close();
});
beforeEach(async () => {
  await service.database.db.deleteFrom('search_zero_result').execute();
});

const db = () => service.database.db;
const get = (url: string, headers: Record<string, string> = {}) => service.app.inject({ method: 'GET', url, headers });
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const decode = (s: string) => s.replaceAll('&amp;', '&');
const logRows = () => db().selectFrom('search_zero_result').selectAll().orderBy('id').execute();
const state = (s: Partial<SearchPageState>): SearchPageState => ({ q: '', need: [], support: [], target: [], municipality: '', sort: 'relevance', page: 1, ...s });

test('the zero-result log has no column that could hold personal data', async () => {
  const { rows } = await sql<{ column_name: string }>`
    select column_name from information_schema.columns where table_name = 'search_zero_result' order by column_name`.execute(db());
  assert.deepEqual(
    rows.map((r) => r.column_name),
    ['approximate', 'id', 'lang', 'municipality', 'need_codes', 'query', 'searched_hour', 'support_codes', 'target_codes'],
  );
});

test('a search that finds nothing writes one row: normalised text, filter codes, language, the hour; nothing about the person', async () => {
  const res = await get(`/sv/search?q=%20Xyzzy%20%20QWERTY%20&need=perhe&support=vertaistuki&municipality=${KUOPIO}`, {
    'user-agent': 'Secret-Agent/1.0',
    'x-forwarded-for': '203.0.113.77',
    cookie: 'tarjotin_session=abc',
  });
  assert.equal(res.statusCode, 200);
  const rows = await logRows();
  assert.equal(rows.length, 1);
  const row = rows[0]!;
  assert.equal(row.query, 'xyzzy qwerty');
  assert.deepEqual(row.need_codes, ['perhe']);
  assert.deepEqual(row.support_codes, ['vertaistuki']);
  assert.deepEqual(row.target_codes, []);
  assert.equal(row.municipality, KUOPIO);
  assert.equal(row.lang, 'sv');
  assert.equal(row.approximate, false);
  const hour = new Date(row.searched_hour);
  assert.equal(hour.getUTCMinutes() + hour.getUTCSeconds() + hour.getUTCMilliseconds(), 0);
  assert.ok(Math.abs(Date.now() - hour.getTime()) < 2 * 3600_000);
  const stored = JSON.stringify(row);
  for (const secret of ['203.0.113', 'Secret-Agent', 'abc']) assert.ok(!stored.includes(secret), secret);
});

test('a search with results writes nothing; an approximate answer is logged as such', async () => {
  assert.equal((await get('/search?q=omaishoitajien')).statusCode, 200);
  assert.equal((await get(`/search?municipality=${KUOPIO}`)).statusCode, 200);
  assert.equal((await logRows()).length, 0);
  // Typo: answered by the trigram fallback only.
  const typo = await get('/search?q=omaishoitja');
  assert.match(text(typo.body), /ei löytynyt täsmällisiä osumia/);
  const rows = await logRows();
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.approximate, true);
  assert.equal(rows[0]!.query, 'omaishoitja');
});

test('personal details typed into the search box are not logged', () => {
  assert.equal(normalizeLoggedQuery('Matti.Meikäläinen@example.org masennus'), '[email] masennus');
  assert.equal(normalizeLoggedQuery('010190-123A'), '[hetu]');
  assert.equal(normalizeLoggedQuery('soita 040 123 4567'), 'soita [number]');
  assert.equal(normalizeLoggedQuery('  Päihde   APU  '), 'päihde apu');
});

test('a failing log write never throws, so the page is shown anyway', async () => {
  const failing = new Proxy(db(), {
    get(target, prop, receiver) {
      if (prop === 'insertInto') return () => ({ values: () => ({ execute: async () => Promise.reject(new Error('disk full')) }) });
      return Reflect.get(target, prop, receiver);
    },
  });
  await logZeroResult({ db: failing, search: { text: 'x', needs: [], supports: [], targets: [], municipality: '', lang: 'fi' } });
  assert.equal((await logRows()).length, 0);
});

test('listZeroResultQueries groups identical searches with counts, most frequent first, since a moment', async () => {
  const at = (iso: string) => new Date(iso);
  const base = { needs: [], supports: [], targets: [], municipality: '', lang: 'fi' as const };
  await logZeroResult({ db: db(), now: at('2026-11-20T10:15:00Z'), search: { ...base, text: 'Kuplahoito' } });
  await logZeroResult({ db: db(), now: at('2026-11-20T12:40:00Z'), search: { ...base, text: 'kuplahoito ' } });
  await logZeroResult({ db: db(), now: at('2026-11-21T08:05:00Z'), search: { ...base, text: 'kuplahoito', approximate: true } });
  await logZeroResult({ db: db(), now: at('2026-11-21T09:00:00Z'), search: { ...base, text: 'kuplahoito', municipality: KUOPIO } });
  await logZeroResult({ db: db(), now: at('2026-11-21T09:00:00Z'), search: { ...base, text: '', needs: ['syopa'], municipality: SIILINJARVI, lang: 'sv' } });
  await logZeroResult({ db: db(), now: at('2026-10-01T09:00:00Z'), search: { ...base, text: 'vanha' } });

  const list = await listZeroResultQueries({ db: db(), since: at('2026-11-01T00:00:00Z') });
  assert.equal(list.length, 3);
  assert.deepEqual(
    { query: list[0]!.query, count: list[0]!.count, approx: list[0]!.approximateCount, municipality: list[0]!.municipality },
    { query: 'kuplahoito', count: 3, approx: 1, municipality: '' },
  );
  assert.equal(list[0]!.firstSeen.toISOString(), '2026-11-20T10:00:00.000Z');
  assert.equal(list[0]!.lastSeen.toISOString(), '2026-11-21T08:00:00.000Z');
  const filtersOnly = list.find((q) => q.query === '');
  assert.deepEqual(filtersOnly && { needs: filtersOnly.needs, municipality: filtersOnly.municipality, lang: filtersOnly.lang, count: filtersOnly.count }, {
    needs: ['syopa'],
    municipality: SIILINJARVI,
    lang: 'sv',
    count: 1,
  });
  assert.ok(!list.some((q) => q.query === 'vanha'));
});

test('rows older than 24 months are deleted by the scheduled job', async () => {
  const now = new Date();
  const base = { text: 'vanha', needs: [], supports: [], targets: [], municipality: '', lang: 'fi' as const };
  const cutoff = zeroResultCutoff(now);
  await logZeroResult({ db: db(), now: new Date(cutoff.getTime() - 2 * 3600_000), search: base });
  await logZeroResult({ db: db(), now: new Date(cutoff.getTime() + 2 * 3600_000), search: { ...base, text: 'uusi' } });
  await pruneZeroResultsHandler.run({ payload: {}, db: db() } as never);
  assert.deepEqual((await logRows()).map((r) => r.query), ['uusi']);
});

test('did you mean: a corrected text, offered when nothing or only approximate matches were found', async () => {
  const spell = async ({ text }: { text: string }) => (text === 'omaishoitja' ? 'omaishoitaja' : text === 'same' ? 'Same' : null);
  const help = async (s: SearchPageState) => {
    const result = await searchActivities({ db: db(), text: s.q, needs: s.need, lang: 'fi', sort: 'relevance', page: 1, perPage: 20, facets: true });
    return helpWhenNothingFound({ db: db(), state: s, result, lang: 'fi', spell });
  };
  assert.equal((await help(state({ q: 'omaishoitja' }))).didYouMean, 'omaishoitaja');
  assert.equal((await help(state({ q: 'same' }))).didYouMean, null, 'never the same text again');
  assert.equal((await help(state({ q: 'omaishoitajien' }))).didYouMean, null, 'not asked when exact hits exist');
  const throwing = async () => {
    throw new Error('boom');
  };
  const result = await searchActivities({ db: db(), text: 'xyzzy', lang: 'fi', sort: 'relevance', page: 1, perPage: 20 });
  assert.equal((await helpWhenNothingFound({ db: db(), state: state({ q: 'xyzzy' }), result, lang: 'fi', spell: throwing })).didYouMean, null);
});

test('with a municipality and nothing found there, the page offers the whole country with its count', async () => {
  // "Äitien vertaisryhmä" is in Siilinjärvi only.
  const res = await get(`/search?need=perhe&municipality=${KUOPIO}`);
  assert.equal(res.statusCode, 200);
  const html = decode(res.body);
  assert.match(text(html), /Toimintaa ei löytynyt/);
  assert.match(html, /<h3 id="search-widen-title">Laajenna hakualuetta<\/h3>/);
  assert.match(html, /<a href="\/search\?need=perhe">Hae kaikilta alueilta \(1\)<\/a>/);
  // The nationwide / remote choice would find nothing more here (they are already included), so it is not offered.
  assert.doesNotMatch(html, /municipality=remote">Näytä vain etänä/);
  // English, and few (not zero) results: the offer comes after the hits.
  const few = await get(`/en/search?need=omaishoito&municipality=${KUOPIO}`);
  assert.match(text(few.body), /1 activity found/);
  assert.match(decode(few.body), /<h2 id="search-widen-title">Widen the area<\/h2>.*<a href="\/en\/search\?need=omaishoito">Search all areas \(2\)<\/a>/s);
  assert.ok(few.body.indexOf('search-widen-title') > few.body.indexOf(fx.act.omaisryhma));
});

test('no offer to widen when the whole country has nothing more, nor without a municipality', async () => {
  const res = await get(`/search?need=syopa&municipality=${KUOPIO}`);
  assert.equal(res.statusCode, 200);
  assert.doesNotMatch(res.body, /search-widen/);
  assert.match(res.body, /Poista rajaus: <\/span>Syöpä/);
  const none = await get('/search?q=xyzzyqwv');
  assert.doesNotMatch(none.body, /search-widen/);
  const many = await get('/search?need=omaishoito');
  assert.doesNotMatch(many.body, /search-widen/);
});

test('the results page asks "Tarkoititko …?" in fi, sv and en, linking to the corrected search with the same filters', async () => {
  const fi = decode((await get(`/search?q=masenus&municipality=${SIILINJARVI}`)).body);
  assert.match(fi, new RegExp(`<p class="search-did-you-mean">Tarkoititko <a href="/search\\?q=masennus&municipality=${SIILINJARVI}">masennus</a>\\?</p>`));
  const sv = decode((await get('/sv/search?q=n%C3%A4rst%C3%A5endevrd')).body);
  assert.match(sv, /<p class="search-did-you-mean">Menade du <a href="\/sv\/search\?q=n%C3%A4rst%C3%A5endev%C3%A5rd">närståendevård<\/a>\?<\/p>/);
  const en = decode((await get('/en/search?q=lonelyness')).body);
  assert.match(en, /<p class="search-did-you-mean">Did you mean <a href="\/en\/search\?q=loneliness">loneliness<\/a>\?<\/p>/);
  // Correctly spelt words, or nothing close: no question.
  assert.doesNotMatch((await get('/search?q=masennus')).body, /search-did-you-mean/);
  assert.doesNotMatch((await get('/search?q=xyzzyqwv')).body, /search-did-you-mean/);
});
