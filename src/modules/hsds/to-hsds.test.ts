import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeDateTime, serviceListQuery } from './hsds.schema.js';
import { absoluteUrl, compact, emailAddress, toPage } from './to-hsds.js';

test('absoluteUrl keeps http(s) URLs, adds a scheme to bare domains, drops the rest', () => {
  assert.equal(absoluteUrl('https://example.org/a b'), 'https://example.org/a%20b');
  assert.equal(absoluteUrl('www.example.org/ryhmä'), 'https://www.example.org/ryhm%C3%A4');
  assert.match(absoluteUrl('https://yhdistys-ä.example.org') ?? '', /^https:\/\/xn--yhdistys-[a-z0-9-]+\.example\.org\/$/);
  assert.equal(absoluteUrl('mailto:a@example.org'), undefined);
  assert.equal(absoluteUrl('javascript:alert(1)'), undefined);
  assert.equal(absoluteUrl('ei osoite'), undefined);
  assert.equal(absoluteUrl(null), undefined);
});

test('emailAddress accepts plain addresses only', () => {
  assert.equal(emailAddress(' toimisto@example.org '), 'toimisto@example.org');
  assert.equal(emailAddress('toimisto(at)example.org'), undefined);
  assert.equal(emailAddress(''), undefined);
});

test('compact drops null, undefined and empty strings but keeps 0, false and arrays', () => {
  assert.deepEqual(compact({ a: null, b: undefined, c: '', d: 0, e: false, f: [] }), { d: 0, e: false, f: [] });
});

test('toPage fills the HSDA page envelope', () => {
  assert.deepEqual(toPage([1, 2], 5, 1, 2), { total_items: 5, total_pages: 3, page_number: 1, size: 2, first_page: true, last_page: false, empty: false, contents: [1, 2] });
  assert.deepEqual(toPage([], 0, 1, 50), { total_items: 0, total_pages: 0, page_number: 1, size: 0, first_page: true, last_page: true, empty: true, contents: [] });
});

test('modified_after: dates, date-times, offsets (also with "+" decoded as a space); no offset means UTC', () => {
  assert.equal(normalizeDateTime('2026-01-01'), '2026-01-01');
  assert.equal(normalizeDateTime('2026-01-01T10:00'), '2026-01-01T10:00Z');
  assert.equal(normalizeDateTime('2026-01-01 10:00:00'), '2026-01-01T10:00:00Z');
  assert.equal(normalizeDateTime('2026-01-01T10:00:00 02:00'), '2026-01-01T10:00:00+02:00');
  assert.equal(normalizeDateTime('2026-01-01T10:00:00.123Z'), '2026-01-01T10:00:00.123Z');
  const parse = (modified_after: string) => serviceListQuery.safeParse({ modified_after });
  assert.equal(parse('2026-01-01T10:00:00').data?.modified_after?.toISOString(), '2026-01-01T10:00:00.000Z');
  assert.equal(parse('2026-01-01T10:00:00+02:00').data?.modified_after?.toISOString(), '2026-01-01T08:00:00.000Z');
  for (const bad of ['yesterday', '2026-13-45', '2026-01-01T25:00', '2026-01-01+02:00', '']) assert.equal(parse(bad).success, false, bad);
});

test('list queries: defaults and limits', () => {
  assert.deepEqual(serviceListQuery.parse({}), { page: 1, per_page: 50, lang: 'fi' });
  assert.equal(serviceListQuery.safeParse({ per_page: '101' }).success, false);
  assert.equal(serviceListQuery.safeParse({ page: '0' }).success, false);
  assert.equal(serviceListQuery.parse({ full: 'true' }).full, true);
  assert.equal(serviceListQuery.parse({ full: 'false' }).full, false);
});
