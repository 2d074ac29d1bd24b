import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildMix, runsSearch, WEIGHTS, type LoadKind } from './mix.js';

const ids = {
  organizations: Array.from({ length: 50 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
  activities: Array.from({ length: 80 }, (_, i) => `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`),
};

test('the weights add up to 100 and a mix of 1 000 holds each kind exactly in proportion', () => {
  assert.equal(
    Object.values(WEIGHTS).reduce((a, b) => a + b, 0),
    100,
  );
  const mix = buildMix(ids, 1000);
  assert.equal(mix.length, 1000);
  for (const [kind, weight] of Object.entries(WEIGHTS) as [LoadKind, number][]) {
    assert.equal(mix.filter((r) => r.kind === kind).length, weight * 10, kind);
  }
});

test('the mix is the same for the same ids and seed, and interleaves the kinds', () => {
  assert.deepEqual(buildMix(ids), buildMix(ids));
  assert.notDeepEqual(buildMix(ids, 1000, 'another seed'), buildMix(ids));
  const first = buildMix(ids).slice(0, 100);
  assert.ok(new Set(first.map((r) => r.kind)).size >= 7, 'the first hundred requests are of many kinds');
});

test('paths are the real routes with the given ids; the tray carries its cookie', () => {
  const mix = buildMix(ids);
  const known = new Set([...ids.organizations, ...ids.activities]);
  const shapes: Record<LoadKind, RegExp> = {
    front: /^\/(sv|en)?$/,
    results: /^\/((sv|en)\/)?search\?/,
    organisation: /^(\/sv|\/en)?\/organisations\/([0-9a-f-]{36})$/,
    activity: /^(\/sv|\/en)?\/activities\/([0-9a-f-]{36})$/,
    'hsds-list': /^\/api\/hsds\/services\?/,
    'hsds-one': /^\/api\/hsds\/services\/([0-9a-f-]{36})$/,
    tray: /^(\/sv|\/en)?\/tray$/,
    'contact-form': /^\/contact-requests\/new\?(activity|organization)=([0-9a-f-]{36})$/,
    'sign-in': /^(\/sv|\/en)?\/sign-in$/,
  };
  for (const r of mix) {
    const m = shapes[r.kind].exec(r.path);
    assert.ok(m, `${r.kind}: ${r.path}`);
    const id = m.slice(1).find((g) => g?.length === 36);
    if (id) assert.ok(known.has(id), r.path);
    if (r.kind === 'tray') {
      const value = decodeURIComponent(r.cookie!.replace(/^tarjotin_tray=/, ''));
      const entries = value.split(',');
      assert.ok(entries.length >= 1 && entries.length <= 4);
      for (const e of entries) assert.ok(known.has(e.slice(2)) && /^[oa]:/.test(e), e);
    } else assert.equal(r.cookie, undefined);
  }
  // Many distinct cards, not one cached row.
  assert.ok(new Set(mix.filter((r) => r.kind === 'activity').map((r) => r.path)).size >= 50);
});

test('results pages and HSDS searches count as search; cards and plain paging do not', () => {
  assert.equal(runsSearch({ kind: 'results', path: '/search?q=masennus' }), true);
  assert.equal(runsSearch({ kind: 'hsds-list', path: '/api/hsds/services?search=masennus' }), true);
  assert.equal(runsSearch({ kind: 'hsds-list', path: '/api/hsds/services?municipality=837' }), true);
  assert.equal(runsSearch({ kind: 'hsds-list', path: '/api/hsds/services?page=2&per_page=50' }), false);
  assert.equal(runsSearch({ kind: 'activity', path: `/activities/${ids.activities[0]}` }), false);
});
