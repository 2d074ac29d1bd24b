import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../config.js';
import { daysBefore, daysBetween, helsinkiDate, isPossiblyOutdated } from './freshness-dates.js';

test('freshness settings have defaults and are read from the environment', () => {
  assert.deepEqual(loadConfig({}).freshness, { remindAfterDays: 182, secondReminderDays: 14, tellAdminsDays: 14, markAfterDays: 365, hideAfterDays: 548 });
  const c = loadConfig({ FRESHNESS_REMIND_AFTER_DAYS: '90', FRESHNESS_MARK_AFTER_DAYS: '200', FRESHNESS_HIDE_AFTER_DAYS: '300', FRESHNESS_SECOND_REMINDER_DAYS: '7', FRESHNESS_TELL_ADMINS_DAYS: '10' });
  assert.deepEqual(c.freshness, { remindAfterDays: 90, secondReminderDays: 7, tellAdminsDays: 10, markAfterDays: 200, hideAfterDays: 300 });
});

test('bad freshness settings stop the start, each named', () => {
  assert.throws(
    () => loadConfig({ FRESHNESS_REMIND_AFTER_DAYS: 'half a year', FRESHNESS_SECOND_REMINDER_DAYS: '0', FRESHNESS_TELL_ADMINS_DAYS: '-3' }),
    (err: unknown) => {
      assert.ok(err instanceof ConfigError);
      const text = err.problems.join('\n');
      for (const name of ['FRESHNESS_REMIND_AFTER_DAYS', 'FRESHNESS_SECOND_REMINDER_DAYS', 'FRESHNESS_TELL_ADMINS_DAYS']) assert.match(text, new RegExp(name));
      return true;
    },
  );
  assert.throws(() => loadConfig({ FRESHNESS_REMIND_AFTER_DAYS: '400' }), /FRESHNESS_MARK_AFTER_DAYS.*more than FRESHNESS_REMIND_AFTER_DAYS/);
  assert.throws(() => loadConfig({ FRESHNESS_HIDE_AFTER_DAYS: '365' }), /FRESHNESS_HIDE_AFTER_DAYS.*more than FRESHNESS_MARK_AFTER_DAYS/);
});

test('dates are Finnish calendar dates', () => {
  assert.equal(helsinkiDate(new Date('2026-06-30T21:30:00Z')), '2026-07-01');
  assert.equal(helsinkiDate(new Date('2026-12-31T21:59:00Z')), '2026-12-31');
  assert.equal(daysBefore('2026-06-01', 182), '2025-12-01');
  assert.equal(daysBetween('2025-12-01', '2026-06-01'), 182);
});

test('the mark starts at the configured age', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  assert.equal(isPossiblyOutdated('2025-11-23', now, 365), true);
  assert.equal(isPossiblyOutdated('2025-11-24', now, 365), false);
  assert.equal(isPossiblyOutdated(null, now, 365), false);
  assert.equal(isPossiblyOutdated('2026-10-24', now, 30), true);
  assert.equal(isPossiblyOutdated('2026-10-25', now, 30), false);
  // Finnish date: 23 Nov 22:30 UTC is already 24 Nov in Helsinki.
  assert.equal(isPossiblyOutdated('2025-11-24', new Date('2026-11-23T22:30:00Z'), 365), true);
});
