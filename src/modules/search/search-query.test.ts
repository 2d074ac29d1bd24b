import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTsQuery, MAX_TERMS, parseQuery, queryWords, trigramWords, type WordStems } from './search-query.js';

/** Stems as PostgreSQL would give them, faked: the word itself, and '' for the listed stop words. */
function fakeStems(words: string[], stop: string[] = []): Map<string, WordStems> {
  return new Map(
    words.map((w) => {
      const q = stop.includes(w) ? '' : `'${w}'`;
      return [w, { fi: q, sv: q, en: q, simple: `'${w}'` }];
    }),
  );
}
const build = (text: string, stop: string[] = []) => {
  const q = parseQuery(text);
  return buildTsQuery(q, fakeStems(queryWords(q), stop));
};

test('words are ANDed, the last one also as a prefix', () => {
  assert.equal(build('masennus nuoret'), "(('masennus')) & (('nuoret') | ('nuoret':*))");
  assert.equal(build('masennus nuoret '), "(('masennus')) & (('nuoret'))");
  assert.equal(build('ab'), "(('ab'))", 'too short for a prefix');
});

test('phrases, exclusions and or', () => {
  assert.equal(build('"auttava puhelin"'), "('auttava' <-> 'puhelin')");
  assert.equal(build('ryhmä -"auttava puhelin" -chat'), "(('ryhmä')) & !('auttava' <-> 'puhelin') & !(('chat'))");
  assert.equal(build('zumba or jooga kurssi'), "((('zumba')) | (('jooga'))) & (('kurssi') | ('kurssi':*))");
  assert.equal(build('or'), null);
  assert.equal(build('ms-tauti'), "(('ms')) & (('tauti') | ('tauti':*))", 'a hyphen inside a word is not an exclusion');
});

test('stop words are left out; only punctuation gives nothing', () => {
  assert.equal(build('tukea ja apua ', ['ja']), "(('tukea')) & (('apua'))");
  assert.equal(build('&|!:*()<->\'\\'), null);
  assert.equal(build(''), null);
  assert.equal(build('   '), null);
});

test('every character outside letters and digits stays out of the query', () => {
  const q = parseQuery("a'b c:*d (e|f) g&h !i \\j");
  assert.deepEqual(queryWords(q), ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
});

test('long input is cut to a bounded number of terms', () => {
  const q = parseQuery('sana '.repeat(400));
  assert.ok(q.groups.length <= MAX_TERMS);
  const long = parseQuery('x'.repeat(5000));
  assert.ok(queryWords(long)[0]!.length <= 60);
});

test('lower case and Unicode normalisation', () => {
  assert.deepEqual(queryWords(parseQuery('ÄITI Öljy')), ['äiti', 'öljy']);
  assert.deepEqual(queryWords(parseQuery('a\u0308iti')), ['äiti']);
});

test('trigram words: positive, not stop words, at least three letters', () => {
  const q = parseQuery('omaishoitja ja -masennus ry');
  assert.deepEqual(trigramWords(q, fakeStems(queryWords(q), ['ja'])), ['omaishoitja']);
});

test('A–Ö sort key puts å, ä, ö after z and folds accents the Finnish way', async () => {
  const { sortKeyOf } = await import('./search.repo.js');
  const names = ['Öinen chat', 'Zumba', 'Äiti', 'Åland', 'ampiainen', 'Émile', '"Lainausmerkki"', 'Über', 'Yö', 'Vaahtera', 'Wiima'];
  const sorted = [...names].sort((a, b) => (sortKeyOf(a) < sortKeyOf(b) ? -1 : sortKeyOf(a) > sortKeyOf(b) ? 1 : 0));
  assert.deepEqual(sorted, ['ampiainen', 'Émile', '"Lainausmerkki"', 'Vaahtera', 'Wiima', 'Über', 'Yö', 'Zumba', 'Åland', 'Äiti', 'Öinen chat']);
  assert.deepEqual(sorted, [...names].sort(new Intl.Collator('fi', { ignorePunctuation: true }).compare));
});
