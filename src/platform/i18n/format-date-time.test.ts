import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDateTime, formatDayOf } from './i18n.js';

test('an instant is shown in Finnish time: 21.30 UTC on 1 June is already 2 June in Helsinki', () => {
  const instant = new Date('2026-06-01T21:30:00Z');
  assert.equal(formatDayOf(instant, 'fi'), '2.6.2026');
  assert.match(formatDateTime(instant, 'fi'), /^2\.6\.2026\D+0[.:]30$/);
  assert.match(formatDateTime(instant, 'en'), /^02\/06\/2026, 00:30$/);
  assert.equal(formatDayOf(new Date('2026-01-15T10:00:00Z'), 'sv'), '15.1.2026');
});
