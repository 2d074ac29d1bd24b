import { test } from 'node:test';
import assert from 'node:assert/strict';
import { safeReturnPath } from './auth-tokens.js';

test('only a maintainer\'s own pages are return addresses after sign-in', () => {
  assert.equal(safeReturnPath('/my/organisations/6f1d3c2e-4b7a-5e0f-9a1b-2c3d4e5f6a7b/edit'), '/my/organisations/6f1d3c2e-4b7a-5e0f-9a1b-2c3d4e5f6a7b/edit');
  assert.equal(safeReturnPath('/sv/my/organisations'), '/sv/my/organisations');
  for (const bad of ['//evil.example.org/my/', 'https://evil.example.org/my/', '/admin/outbox', '/my//x', '/my/a?b=c', '/my/a\\b', '/fi/my/x', 42, undefined, `/my/${'a'.repeat(400)}`]) {
    assert.equal(safeReturnPath(bad), null, String(bad));
  }
});
