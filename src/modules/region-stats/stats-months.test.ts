import { test } from 'node:test';
import assert from 'node:assert/strict';
import { helsinkiDateYearBefore, helsinkiMonthStart, lastTwelveMonths } from './stats-months.js';

test('a Finnish month starts at local midnight, in winter (UTC+2) and in summer (UTC+3)', () => {
  assert.equal(helsinkiMonthStart(2026, 12).toISOString(), '2026-11-30T22:00:00.000Z');
  assert.equal(helsinkiMonthStart(2026, 7).toISOString(), '2026-06-30T21:00:00.000Z');
  assert.equal(helsinkiMonthStart(2026, 13).toISOString(), '2026-12-31T22:00:00.000Z', 'month 13 is next January');
});

test('the twelve months end with the Finnish month of the moment, even when UTC is still in the previous one', () => {
  const r = lastTwelveMonths(new Date('2026-11-30T22:30:00Z')); // 00:30 on 1 December in Helsinki
  assert.deepEqual(r.current, { year: 2026, month: 12 });
  assert.equal(r.months.length, 12);
  assert.equal(r.months[0], '2026-01');
  assert.equal(r.months[11], '2026-12');
  assert.equal(helsinkiDateYearBefore(new Date('2026-12-04T10:00:00Z')), '2025-12-04');
});
