import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resultsPathFrom, withFrom } from './back-to-results.views.js';

test('the results path is accepted only as a same-site path to the results page', () => {
  assert.equal(resultsPathFrom('/search'), '/search');
  assert.equal(resultsPathFrom('/search?q=masennus&municipality=297&page=2'), '/search?q=masennus&municipality=297&page=2');
  assert.equal(resultsPathFrom('/sv/search?q=a'), '/search?q=a', 'a language prefix is dropped: the link follows the page language');
  assert.equal(resultsPathFrom('/en/search'), '/search');
  for (const bad of [
    undefined,
    null,
    42,
    ['/search?q=a'],
    '',
    'search?q=a',
    'https://evil.example/search',
    'http:/search',
    '//evil.example/search',
    '///evil.example/search',
    '/\\evil.example',
    '\\/evil.example/search',
    'javascript:alert(1)',
    'data:text/html,x',
    '/search/../admin',
    '/search/x',
    '/searchx',
    '/de/search',
    '/sv/sv/search',
    '/search?q=a#top',
    '/search?q=a b',
    '/search?q=\na',
    ' /search',
    `/search?q=${'a'.repeat(2100)}`,
  ]) {
    assert.equal(resultsPathFrom(bad), null, String(bad));
  }
});

test('links carry the results path encoded as one query value', () => {
  assert.equal(withFrom('/activities/1', '/search?q=a&page=2'), '/activities/1?from=%2Fsearch%3Fq%3Da%26page%3D2');
  assert.equal(withFrom('/x?y=1', '/search'), '/x?y=1&from=%2Fsearch');
  assert.equal(withFrom('/activities/1', null), '/activities/1');
});
