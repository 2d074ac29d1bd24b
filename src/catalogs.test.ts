import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogParts } from './catalogs.js';
import { registeredCatalogParts } from './platform/i18n/catalog.js';

test('every message exists in Finnish, Swedish and English, and none is empty', () => {
  for (const part of catalogParts) {
    const fi = Object.keys(part.fi).sort();
    assert.deepEqual(Object.keys(part.sv).sort(), fi, 'sv keys differ from fi');
    assert.deepEqual(Object.keys(part.en).sort(), fi, 'en keys differ from fi');
    for (const lang of ['fi', 'sv', 'en'] as const) {
      for (const [k, v] of Object.entries(part[lang] as Record<string, string>)) assert.ok(v.trim().length > 0, `${lang} ${k} is empty`);
    }
  }
});

test('importing the registry registers every messages file once', () => {
  assert.equal(registeredCatalogParts().length, catalogParts.length);
});
