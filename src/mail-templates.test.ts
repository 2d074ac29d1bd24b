import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mailTemplates } from './mail-templates.js';

test('registered templates have unique names', () => {
  const names = mailTemplates.map((t) => t.name);
  assert.equal(new Set(names).size, names.length);
});
