import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDocumentWords, chooseCorrections, fold, maxEdits } from './vocabulary.js';

test('document words: lower case, letters only, counted once per document', () => {
  const counts = new Map<string, number>();
  addDocumentWords(counts, ['Masennusryhmä Kuopiossa, masennusryhmä 2026', 'Ruoka-apu ja ab']);
  addDocumentWords(counts, ['Masennusryhmä']);
  assert.equal(counts.get('masennusryhmä'), 2);
  assert.equal(counts.get('kuopiossa'), 1);
  assert.equal(counts.get('ruoka'), 1);
  assert.equal(counts.get('apu'), 1);
  assert.equal(counts.has('2026'), false);
  assert.equal(counts.has('ab'), false, 'too short');
});

test('folding and edit budget', () => {
  assert.equal(fold('syöpä'), 'syopa');
  assert.equal(fold('närstående'), 'narstaende');
  assert.equal(maxEdits(4), 0);
  assert.equal(maxEdits(6), 1);
  assert.equal(maxEdits(11), 2);
});

test('corrections: fewest edits first, then the most common word; nothing too far', () => {
  const c = chooseCorrections('masenus', [
    { word: 'masennus', n: 10 },
    { word: 'masennusta', n: 30 },
    { word: 'maanantai', n: 50 },
  ]);
  assert.deepEqual(c.map((x) => x.word), ['masennus']);
  assert.deepEqual(chooseCorrections('syopa', [{ word: 'syöpä', n: 3 }, { word: 'sopu', n: 9 }]).map((x) => x.word), ['syöpä']);
  assert.deepEqual(chooseCorrections('omaishoitja', [{ word: 'omaishoitaja', n: 2 }, { word: 'omaishoitajat', n: 5 }]).map((x) => x.word), ['omaishoitaja']);
  assert.deepEqual(chooseCorrections('kela', [{ word: 'kelo', n: 3 }]), [], 'short words are not edited');
  assert.deepEqual(chooseCorrections('ahdistus', [{ word: 'ahdistus', n: 3 }]), [], 'the word itself is no correction');
});
