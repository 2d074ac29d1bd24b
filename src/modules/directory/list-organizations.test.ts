import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collator } from '../../platform/i18n/i18n.js';
import { initialLetter, OTHER_GROUP } from './list-organizations.js';

test('names are listed under their first letter in the Finnish alphabet', () => {
  const fi = collator('fi');
  assert.equal(initialLetter('Äänekosken Ystävät ry', fi), 'Ä');
  assert.equal(initialLetter('åbo stödförening', fi), 'Å');
  assert.equal(initialLetter('Émile-kerho', fi), 'E');
  assert.equal(initialLetter('"Kotipesä" ry', fi), 'K');
  assert.equal(initialLetter('Ørsted-seura', fi), 'Ö');
  assert.equal(initialLetter('4H-yhdistys', fi), OTHER_GROUP);
  assert.equal(initialLetter('   ', fi), OTHER_GROUP);
});

test('the Finnish collator sorts Å, Ä and Ö after Z', () => {
  const names = ['Öljy', 'Äiti', 'Åbo', 'Zeta', 'Aamu', 'Vesi', 'Wilho'];
  assert.deepEqual([...names].sort(collator('fi').compare), ['Aamu', 'Vesi', 'Wilho', 'Zeta', 'Åbo', 'Äiti', 'Öljy']);
  assert.deepEqual([...names].sort(collator('sv').compare), ['Aamu', 'Vesi', 'Wilho', 'Zeta', 'Åbo', 'Äiti', 'Öljy']);
});
