import { test } from 'node:test';
import assert from 'node:assert/strict';
import { visibilityOf } from './news-visibility.js';
import { helsinkiToday } from './news-item.js';
import { helsinkiMidnight } from './atom.js';

test('an item’s state as the public sees it on a Finnish date: publish and expiry days inclusive', () => {
  const item = { status: 'published' as const, publishOn: '2026-12-04', expiresOn: '2026-12-10' };
  assert.equal(visibilityOf(item, '2026-12-03'), 'scheduled');
  assert.equal(visibilityOf(item, '2026-12-04'), 'shown');
  assert.equal(visibilityOf(item, '2026-12-10'), 'shown');
  assert.equal(visibilityOf(item, '2026-12-11'), 'expired');
  assert.equal(visibilityOf({ ...item, expiresOn: null }, '2030-01-01'), 'shown');
  assert.equal(visibilityOf({ ...item, status: 'unpublished' }, '2026-12-05'), 'hidden');
  assert.equal(visibilityOf({ ...item, status: 'awaiting_review' }, '2026-12-05'), 'awaiting_review');
  assert.equal(visibilityOf({ ...item, status: 'rejected' }, '2026-12-05'), 'rejected');
});

test('the Finnish day turns at Helsinki midnight, in winter (UTC+2) and in summer (UTC+3)', () => {
  assert.equal(helsinkiToday(new Date('2026-12-04T21:59:59Z')), '2026-12-04');
  assert.equal(helsinkiToday(new Date('2026-12-04T22:00:00Z')), '2026-12-05');
  assert.equal(helsinkiToday(new Date('2026-06-30T21:00:00Z')), '2026-07-01');
  assert.equal(helsinkiMidnight('2026-12-05').toISOString(), '2026-12-04T22:00:00.000Z');
  assert.equal(helsinkiMidnight('2026-07-01').toISOString(), '2026-06-30T21:00:00.000Z');
});
