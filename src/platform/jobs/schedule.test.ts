import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { defineJobType } from './job-types.js';
import { parseInterval, periodOf, schedule } from './schedule.js';
import { backoffDelay, describeError } from './worker.js';

test('intervals are parsed and their periods aligned to the epoch', () => {
  assert.equal(parseInterval('1 day'), 86_400_000);
  assert.equal(parseInterval('6 hours'), 6 * 3_600_000);
  assert.equal(parseInterval('30 minutes'), 1_800_000);
  assert.equal(parseInterval('2 weeks'), 14 * 86_400_000);
  assert.equal(parseInterval('0 3 * * *'), undefined);
  const now = new Date('2026-11-23T17:45:12Z');
  assert.deepEqual(periodOf({ every: '1 day', timezone: 'UTC' }, now), {
    key: '2026-11-23T00:00:00.000Z',
    runAt: new Date('2026-11-23T00:00:00Z'),
  });
  assert.equal(periodOf({ every: '6 hours', timezone: 'UTC' }, now).key, '2026-11-23T12:00:00.000Z');
});

test('a cron schedule is due at its next moment in its time zone', () => {
  const p = periodOf({ every: '0 3 * * *', timezone: 'Europe/Helsinki' }, new Date('2026-06-01T12:00:00Z'));
  assert.equal(p.runAt.toISOString(), '2026-06-02T00:00:00.000Z'); // 03:00 EEST
  const winter = periodOf({ every: '0 3 * * *', timezone: 'Europe/Helsinki' }, new Date('2026-12-01T12:00:00Z'));
  assert.equal(winter.runAt.toISOString(), '2026-12-02T01:00:00.000Z'); // 03:00 EET
});

test('a bad schedule is refused when it is declared', () => {
  const type = defineJobType({ name: 'x', version: 1, schema: z.object({}) });
  assert.throws(() => schedule(type, 'every now and then'), /neither an interval/);
  assert.throws(() => schedule(type, '0 days'), /positive/);
  assert.doesNotThrow(() => schedule(type, '1 day'));
});

test('backoff doubles from its base up to its cap, with at most 10 % jitter', () => {
  const b = { baseMs: 1000, maxMs: 5000 };
  assert.equal(backoffDelay(1, b, () => 0), 1000);
  assert.equal(backoffDelay(2, b, () => 0), 2000);
  assert.equal(backoffDelay(3, b, () => 0), 4000);
  assert.equal(backoffDelay(4, b, () => 0), 5000);
  assert.equal(backoffDelay(40, b, () => 0.999), 5000 * 1.0999);
});

test('errors are described without e-mail addresses, stacks or line breaks', () => {
  const err = Object.assign(new Error('Can\'t send mail - all recipients were rejected: 550 5.1.1 <Liisa.Esimerkki@example.org>:\nRecipient address rejected'), {
    code: 'EENVELOPE',
    responseCode: 550,
  });
  assert.equal(
    describeError(err),
    "Error EENVELOPE 550: Can't send mail - all recipients were rejected: 550 5.1.1 <[address]>: Recipient address rejected",
  );
  assert.equal(describeError('a string'), 'non-error thrown');
  assert.ok(describeError(new Error('x'.repeat(2000))).length <= 500);
});
