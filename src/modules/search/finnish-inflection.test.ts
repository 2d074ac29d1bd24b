import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseFormCandidates } from './finnish-inflection.js';

test('base forms of inflected Finnish words, with stem changes and consonant gradation', () => {
  const cases: [string, string][] = [
    ['nuorelle', 'nuori'],
    ['masennuksen', 'masennus'],
    ['yhdistyksen', 'yhdistys'],
    ['omaishoitajille', 'omaishoitaja'],
    ['lapsiperheille', 'lapsiperhe'],
    ['naisille', 'nainen'],
    ['potilaille', 'potilas'],
    ['työttömille', 'työtön'],
    ['kodittomille', 'koditon'],
    ['hoidon', 'hoito'],
    ['päihteiden', 'päihde'],
    ['diabeetikoille', 'diabeetikko'],
    ['vanhuksille', 'vanhus'],
    ['yksinäisille', 'yksinäinen'],
    ['leskille', 'leski'],
    ['syöpään', 'syöpä'],
    ['masentuneelle', 'masentunut'],
    ['sairastuneille', 'sairastunut'],
    ['puhelimen', 'puhelin'],
    ['ryhmiin', 'ryhmä'],
    ['vanhemmille', 'vanhempi'],
    ['perheiden', 'perhe'],
    ['ystävänsä', 'ystävä'],
  ];
  for (const [word, base] of cases) assert.ok(baseFormCandidates(word).includes(base), `${word} → ${base}: ${baseFormCandidates(word).join(', ')}`);
});

test('candidates are few, never the word itself, and none for short or non-letter words', () => {
  for (const w of ['omaishoitajille', 'päihteiden', 'masennuksen']) {
    const c = baseFormCandidates(w);
    assert.ok(!c.includes(w));
    assert.ok(c.length <= 30, `${w}: ${c.length}`);
  }
  assert.deepEqual(baseFormCandidates('tuen'), []);
  assert.deepEqual(baseFormCandidates('covid19'), []);
});
