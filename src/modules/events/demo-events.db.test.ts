import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { loadDemoData } from '../demo/load-demo-data.js';
import { addDemoEvents } from './demo-events.js';
import { listUpcomingEvents } from './list-upcoming-events.js';
import { dateInput } from './helsinki-time.js';

/** The demo's events: upcoming in each demo region, a recurring and a remote one in each; loading again is idempotent. */

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
  await loadDemoData({ db: database.db });
});
after(async () => {
  await database?.close();
});

test('each demo region has upcoming approved events, one recurring and one remote among them', async () => {
  const now = new Date();
  for (const region of ['pohjois-savo', 'kanta-hame']) {
    const items = await listUpcomingEvents({ db: database.db, regionId: region, now, limit: 20 });
    assert.ok(items.length >= 3, `${region}: ${items.length} upcoming`);
    assert.ok(items.every((i) => i.occurrence.start.getTime() > now.getTime() && i.event.reviewStatus === 'approved'));
    assert.ok(items.some((i) => i.event.rrule !== null), `${region}: a recurring event`);
    assert.ok(items.some((i) => i.event.attendance === 'remote'), `${region}: a remote event`);
    assert.ok(items.every((i) => i.event.contactEmail?.endsWith('@demo.tarjotin.invalid')), 'fictional addresses only');
  }
  const pending = await database.db.selectFrom('event').select(['organization_id', 'review_status']).where('review_status', '=', 'pending').execute();
  assert.equal(pending.length, 1, 'one sent by the demo maintainer’s organisation awaits approval');
  assert.ok(pending[0]!.organization_id);
});

test('loading again changes nothing; loading on a later day moves an event that is over', async () => {
  const before = await database.db.selectFrom('event').select(['id', 'starts_at', 'name_fi']).orderBy('id').execute();
  await loadDemoData({ db: database.db });
  const again = await database.db.selectFrom('event').select(['id', 'starts_at', 'name_fi']).orderBy('id').execute();
  assert.deepEqual(again, before);
  // An event already over (as if the demo had been loaded long ago) is moved ahead; the others stay.
  const [first, second] = before;
  await database.db.updateTable('event').set({ starts_at: new Date('2020-01-01T10:00:00Z'), ends_at: new Date('2020-01-01T12:00:00Z'), rrule: null, last_ends_at: new Date('2020-01-01T12:00:00Z') }).where('id', '=', first!.id).execute();
  await addDemoEvents(database.db, dateInput(new Date()));
  const moved = await database.db.selectFrom('event').select(['starts_at', 'last_ends_at']).where('id', '=', first!.id).executeTakeFirstOrThrow();
  assert.ok(new Date(moved.last_ends_at).getTime() > Date.now(), 'upcoming again');
  const kept = await database.db.selectFrom('event').select('starts_at').where('id', '=', second!.id).executeTakeFirstOrThrow();
  assert.equal(new Date(kept.starts_at).getTime(), new Date(second!.starts_at).getTime());
});
