import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateInput, formatRange, fromWall, instantOf, timeInput, toWall } from './helsinki-time.js';

test('Helsinki wall clock: +2 in winter, +3 in summer, whatever the process time zone', () => {
  assert.equal(instantOf('2026-12-15', '18:00')!.toISOString(), '2026-12-15T16:00:00.000Z');
  assert.equal(instantOf('2026-06-15', '18.00')!.toISOString(), '2026-06-15T15:00:00.000Z');
  assert.equal(toWall(new Date('2026-06-15T15:00:00Z')).toISOString(), '2026-06-15T18:00:00.000Z');
  // The spring change (29.3.2026 03:00 → 04:00) and the autumn one (25.10.2026 04:00 → 03:00).
  assert.equal(instantOf('2026-03-29', '02:30')!.toISOString(), '2026-03-29T00:30:00.000Z');
  assert.equal(instantOf('2026-03-29', '04:30')!.toISOString(), '2026-03-29T01:30:00.000Z');
  assert.equal(instantOf('2026-10-25', '05:00')!.toISOString(), '2026-10-25T03:00:00.000Z');
  assert.equal(fromWall(new Date('2026-03-29T03:30:00Z')).toISOString(), '2026-03-29T01:30:00.000Z', 'a skipped time lands an hour later');
  assert.equal(dateInput(new Date('2026-12-31T22:30:00Z')), '2027-01-01');
  assert.equal(timeInput(new Date('2026-12-31T22:30:00Z')), '00:30');
});

test('malformed or impossible dates and times are null', () => {
  for (const [d, t] of [['2026-02-30', '10:00'], ['2026-13-01', '10:00'], ['15.12.2026', '10:00'], ['2026-12-15', '24:00'], ['2026-12-15', '10:60'], ['', '']]) {
    assert.equal(instantOf(d!, t!), null, `${d} ${t}`);
  }
});

test('Finnish style in every language, Helsinki time', () => {
  const start = new Date('2026-12-15T16:00:00Z');
  const end = new Date('2026-12-15T18:00:00Z');
  assert.equal(formatRange(start, end, 'fi', 'klo'), 'ti 15.12.2026 klo 18.00–20.00');
  assert.equal(formatRange(start, end, 'sv', 'kl.'), 'tis 15.12.2026 kl. 18.00–20.00');
  assert.equal(formatRange(start, end, 'en', 'at'), 'Tue 15.12.2026 at 18:00–20:00');
  assert.equal(formatRange(new Date('2027-01-01T16:00:00Z'), new Date('2027-01-02T10:00:00Z'), 'fi', 'klo'), 'pe 1.1.2027 klo 18.00 – la 2.1.2027 klo 12.00');
});
