import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contrastRatio, isUsableAccent, normaliseHexColour, relativeLuminance } from './contrast.js';

test('relative luminance of black, white and the primaries (WCAG 2.1 formula)', () => {
  assert.equal(relativeLuminance('#000000'), 0);
  assert.equal(relativeLuminance('#ffffff'), 1);
  assert.ok(Math.abs(relativeLuminance('#ff0000') - 0.2126) < 1e-9);
  assert.ok(Math.abs(relativeLuminance('#00ff00') - 0.7152) < 1e-9);
  assert.ok(Math.abs(relativeLuminance('#0000ff') - 0.0722) < 1e-9);
});

test('contrast ratios match known values, in either order', () => {
  assert.equal(contrastRatio('#000000', '#ffffff'), 21);
  assert.equal(contrastRatio('#ffffff', '#ffffff'), 1);
  // #767676 on white is the classic 4.54:1, the lightest grey passing AA; #777777 is 4.48:1.
  assert.equal(Number(contrastRatio('#767676', '#ffffff').toFixed(2)), 4.54);
  assert.equal(Number(contrastRatio('#ffffff', '#777777').toFixed(2)), 4.48);
});

test('an accent colour needs 4.5:1 against white', () => {
  assert.equal(isUsableAccent('#767676'), true);
  assert.equal(isUsableAccent('#777777'), false);
  assert.equal(isUsableAccent('#1d4f91'), true);
  assert.equal(isUsableAccent('#ffcc00'), false);
  assert.equal(isUsableAccent('#0a6e3c'), true);
});

test('hex colours are normalised to lower-case #rrggbb; anything else is null', () => {
  assert.equal(normaliseHexColour(' #1D4F91 '), '#1d4f91');
  assert.equal(normaliseHexColour('#abc'), '#aabbcc');
  for (const bad of ['', '1d4f91', '#1d4f9', '#1d4f911', 'red', '#ggg000', 'rgb(0,0,0)', '#000;}body{']) assert.equal(normaliseHexColour(bad), null, bad);
});
