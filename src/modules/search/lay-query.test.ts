import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TAXONOMIES } from '../reference/taxonomies.data.js';
import { readLayQuery } from './lay-query.js';
import { LAY_VOCABULARY } from './lay-vocabulary.data.js';
import { parseQuery, queryWords } from './search-query.js';
import { swedishBaseForms, swedishSplit } from './swedish-words.js';

const read = (text: string, lang: 'fi' | 'sv' | 'en' = 'fi') => readLayQuery(parseQuery(`${text} `), lang);
const alts = (m: Map<string, string[][]>, word: string) => (m.get(word) ?? []).map((a) => a.join(' '));

test('the lay vocabulary covers every need, kind of support and target group in Finnish, Swedish and English', () => {
  const entries = [...LAY_VOCABULARY.needs, ...LAY_VOCABULARY.supports, ...LAY_VOCABULARY.relations, ...LAY_VOCABULARY.targets];
  for (const taxonomy of TAXONOMIES) {
    const key = taxonomy.slug === 'need' ? 'needs' : taxonomy.slug === 'support' ? 'supports' : 'targets';
    for (const term of taxonomy.terms) {
      const named = entries.filter((e) => e[key]?.includes(term.code));
      assert.ok(named.length > 0, `${taxonomy.slug}:${term.code} has no lay entry`);
      for (const lang of ['fi', 'sv', 'en'] as const) {
        assert.ok(named.some((e) => e[lang].length > 0), `${taxonomy.slug}:${term.code} has no ${lang} phrase`);
      }
    }
  }
  const codes = new Set(TAXONOMIES.flatMap((t) => t.terms.map((x) => x.code)));
  for (const e of entries) {
    for (const c of [...(e.needs ?? []), ...(e.supports ?? []), ...(e.targets ?? [])]) assert.ok(codes.has(c), `unknown code ${c}`);
    assert.ok(e.means.length > 0);
    for (const lang of ['fi', 'sv', 'en'] as const) {
      for (const p of e[lang]) assert.match(p, /^[\p{L}\p{N}' -]+\*?$/u, `odd phrase "${p}"`);
    }
  }
});

test('a lay phrase becomes one word that also means what services write, and names its need', () => {
  const r = read('en jaksa enää');
  assert.deepEqual(queryWords(r.parsed), ['jaksa']);
  assert.ok(alts(r.extra, 'jaksa').includes('uupumus'));
  assert.ok(r.boost.needs.includes('uupumus'));
  assert.equal(r.fixed.size, 0);
});

test('a relation word means the people close to someone, never its base form, and lifts family members', () => {
  const r = read('mieheni juo');
  assert.deepEqual(alts(r.fixed, 'mieheni').sort(), ['anhörig', 'family', 'läheinen', 'närstående', 'omainen', 'partner', 'puoliso', 'relative']);
  assert.ok(!alts(r.fixed, 'mieheni').includes('mies'), '"mieheni" is not a search for men');
  assert.ok(alts(r.extra, 'juo').includes('alkoholi'));
  assert.deepEqual(r.boost.targets, ['omaiset']);
  assert.ok(r.light.has('mieheni'));
  const sv = read('min man dricker', 'sv');
  assert.deepEqual(queryWords(sv.parsed), ['läheinen', 'dricker'], '"min" and "man" are stop words');
  assert.ok(sv.boost.needs.includes('paihteet'));
  assert.deepEqual(queryWords(read('my wife drinks too much', 'en').parsed), ['wife', 'drinks']);
});

test('"äiti" is a relation with other words ("äiti dementia") and the word itself alone or when a group is named', () => {
  const relation = read('äiti dementia');
  assert.ok(alts(relation.fixed, 'äiti').includes('omainen'));
  assert.deepEqual(relation.boost.targets, ['omaiset']);
  const family = read('väsynyt äiti vauva');
  assert.deepEqual(queryWords(family.parsed), ['väsynyt', 'äiti', 'vauva']);
  assert.ok(!alts(family.extra, 'äiti').includes('omainen'));
  assert.ok(!family.boost.targets.includes('omaiset'));
  assert.ok(family.boost.targets.includes('perheet'));
  const alone = read('äiti');
  assert.deepEqual(queryWords(alone.parsed), ['äiti']);
  assert.deepEqual(alone.boost.targets, []);
});

test('target-group words lift their group and keep their own matching; filler words go when others remain', () => {
  const r = read('lapsen diagnoosi adhd');
  assert.deepEqual(queryWords(r.parsed), ['lapsen', 'adhd']);
  assert.ok(r.boost.targets.includes('lapset'));
  assert.equal(r.extra.has('lapsen'), false, 'matched by its start: base forms do the rest');
  assert.ok(r.light.has('lapsen'));
  const men = read('miehille vertaisryhmä');
  assert.ok(alts(men.extra, 'miehille').includes('miehet'));
  assert.deepEqual(men.boost.targets, ['miehet']);
  assert.deepEqual(queryWords(read('apua').parsed), ['apua'], 'a filler word alone stays');
});

test('single Swedish and English words are read only in their own interface; quoted, excluded and or-ed words never', () => {
  assert.equal(read('dog', 'fi').boost.needs.length, 0);
  assert.equal(read('lonely', 'fi').boost.needs.length, 0);
  assert.ok(read('lonely', 'en').boost.needs.includes('yksinaisyys'));
  assert.ok(read("can't cope anymore", 'fi').boost.needs.includes('uupumus'), 'a phrase of several words in any interface');
  assert.equal(read('"en jaksa"').boost.needs.length, 0);
  assert.equal(read('-ahdistaa masennus').boost.needs.includes('ahdistus'), false);
  assert.equal(read('ahdistaa or masennus').boost.needs.length, 0);
});

test('Swedish base forms and compounds', () => {
  assert.ok(swedishBaseForms('pappor').includes('pappa'));
  assert.ok(swedishBaseForms('grupperna').includes('grupp'));
  assert.ok(swedishBaseForms('barnets').includes('barn'));
  assert.ok(swedishBaseForms('anhörigas').includes('anhöriga'));
  assert.deepEqual(swedishSplit('anhöriggrupperna'), ['anhörig', 'grupp']);
  assert.deepEqual(swedishSplit('kamratstödsgrupp'), ['kamratstöd', 'grupp']);
  assert.deepEqual(swedishSplit('cancersjukas'), ['cancer', 'sjuka']);
  assert.deepEqual(swedishSplit('depression'), []);
  assert.deepEqual(swedishSplit('mielenterveys'), []);
});
