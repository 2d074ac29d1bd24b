import { test } from 'node:test';
import assert from 'node:assert/strict';
import { businessIdCheckDigit, isValidBusinessId, normalizeBusinessId } from './business-id.js';

test('accepts business IDs whose check digit is right', () => {
  // Weighted sums: 57 (remainder 2 → 9) and 220 (remainder 0 → 0).
  assert.equal(isValidBusinessId('0112038-9'), true);
  assert.equal(isValidBusinessId('1572860-0'), true);
});

test('rejects a wrong check digit and malformed text', () => {
  assert.equal(isValidBusinessId('0112038-8'), false);
  assert.equal(isValidBusinessId('1572860-1'), false);
  for (const bad of ['', '0112038', '01120389', '0112038 -9', ' 0112038-9', '112038-9', 'abcdefg-h', '0112038-99', '0112038–9']) {
    assert.equal(isValidBusinessId(bad), false, bad);
  }
});

test('a base whose remainder is 1 has no valid check digit', () => {
  // 1000004: 7 + 4*2 = 15, remainder 4 → 7. 1000003: 13, remainder 2 → 9. 1000002: 11, remainder 0 → 0.
  assert.equal(businessIdCheckDigit('1000004'), 7);
  assert.equal(businessIdCheckDigit('1000003'), 9);
  assert.equal(businessIdCheckDigit('1000002'), 0);
  // 2000000: 14, remainder 3 → 8. 0000006: 12, remainder 1 → no valid ID.
  assert.equal(businessIdCheckDigit('2000000'), 8);
  assert.equal(businessIdCheckDigit('0000006'), null);
  for (let d = 0; d <= 9; d++) assert.equal(isValidBusinessId(`0000006-${d}`), false);
  assert.equal(businessIdCheckDigit('123456'), null);
});

test('every base has exactly one valid check digit unless its remainder is 1', () => {
  let invalidBases = 0;
  for (let n = 0; n < 2000; n++) {
    const base = String(3000000 + n * 37).padStart(7, '0');
    const valid = [...Array(10).keys()].filter((d) => isValidBusinessId(`${base}-${d}`));
    if (valid.length === 0) invalidBases += 1;
    else assert.equal(valid.length, 1);
  }
  assert.ok(invalidBases > 0 && invalidBases < 400);
});

test('normalises what a person typed', () => {
  assert.equal(normalizeBusinessId(' 0112038-9 '), '0112038-9');
  assert.equal(normalizeBusinessId('112038-9'), '0112038-9');
  assert.equal(normalizeBusinessId('0112 038-9'), '0112038-9');
  assert.equal(normalizeBusinessId('0112038-1'), null);
});
