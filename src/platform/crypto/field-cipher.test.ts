import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFieldCipher, newDataKey, parseDataKeys, formatDataKeys } from './field-cipher.js';
import { loadDataKeys } from './load-data-keys.js';

test('a value round-trips, is not readable in the stored form, and differs each time', () => {
  const c = createFieldCipher([newDataKey('k1')]);
  const a = c.encrypt('+358401234567', 'phone');
  const b = c.encrypt('+358401234567', 'phone');
  assert.notEqual(a, b);
  assert.match(a, /^k1:/);
  assert.doesNotMatch(a, /358401234567/);
  assert.doesNotMatch(Buffer.from(a.slice(3), 'base64').toString('latin1'), /358401234567/);
  assert.equal(c.decrypt(a, 'phone'), '+358401234567');
});

test('a value moved to another field, or tampered with, does not decrypt', () => {
  const c = createFieldCipher([newDataKey('k1')]);
  const a = c.encrypt('Aino', 'first_name');
  assert.throws(() => c.decrypt(a, 'message'));
  const raw = Buffer.from(a.slice(3), 'base64');
  raw[raw.length - 1] = raw[raw.length - 1]! ^ 1;
  assert.throws(() => c.decrypt(`k1:${raw.toString('base64')}`, 'first_name'));
  assert.throws(() => c.decrypt('k9:AAAA', 'first_name'), /unknown key version/);
});

test('rotation: new values use the first key, old ones still decrypt, look-up hashes stay the same', () => {
  const k1 = newDataKey('k1');
  const old = createFieldCipher([k1]);
  const stored = old.encrypt('x@example.org', 'email');
  const rotated = createFieldCipher([newDataKey('k2'), k1]);
  assert.equal(rotated.decrypt(stored, 'email'), 'x@example.org');
  assert.match(rotated.encrypt('y', 'email'), /^k2:/);
  assert.equal(rotated.lookupHash('x@example.org'), old.lookupHash('x@example.org'));
  assert.notEqual(rotated.lookupHash('x@example.org'), rotated.lookupHash('y@example.org'));
});

test('keys: parsed from the setting, or created once in a file only the owner can read', () => {
  const keys = [newDataKey('k2'), newDataKey('k1')];
  assert.deepEqual(parseDataKeys(formatDataKeys(keys)), keys);
  assert.throws(() => createFieldCipher(parseDataKeys('k1:c2hvcnQ=')), /32 bytes/);
  const dir = mkdtempSync(join(tmpdir(), 'tarjotin-keys-'));
  const first = loadDataKeys({ dataKeys: undefined, dataDir: dir });
  assert.equal(first.source, 'new file');
  assert.equal(statSync(join(dir, 'data-keys')).mode & 0o777, 0o600);
  const again = loadDataKeys({ dataKeys: undefined, dataDir: dir });
  assert.equal(again.source, 'file');
  assert.deepEqual(again.keys, first.keys);
  assert.ok(readFileSync(join(dir, 'data-keys'), 'utf8').startsWith('k1:'));
});
