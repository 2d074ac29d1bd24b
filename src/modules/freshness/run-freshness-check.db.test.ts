import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { loadConfig } from '../../config.js';
import { listJobs } from '../../platform/jobs/job.repo.js';
import { rebuildSearchIndex } from '../search/rebuild-search-index.js';
import { searchActivities } from '../search/search-activities.js';
import { checkConfirmLink, confirmFreshness } from './confirm-freshness.js';
import { addOrganization, addPerson, addTestRegion, HELSINKI } from './freshness.fixture.js';
import { runFreshnessCheck } from './run-freshness-check.js';

/** The daily run with a given clock, on PGlite and (with TEST_DATABASE_URL) PostgreSQL. */

const settings = loadConfig({}).freshness;
const DAY = 86_400_000;
/** 09:00 in Finland on 1 June 2026; 182 days after 1 December 2025. */
const T0 = new Date('2026-06-01T06:00:00Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY);

let tdb: TestDatabase;
let orgA: { id: string; activityIds: string[] };
let orgB: { id: string; activityIds: string[] };
let orgOld: { id: string; activityIds: string[] };

interface MailPayload {
  to: string;
  template: string;
  params: Record<string, unknown>;
}

async function mails(): Promise<MailPayload[]> {
  return (await listJobs(tdb.db, { name: 'send-mail', limit: 10_000 })).map((j) => j.payload as MailPayload);
}

async function mailsTo(to: string, template: string): Promise<MailPayload[]> {
  return (await mails()).filter((m) => m.to === to && m.template === template);
}

before(async () => {
  tdb = await createTestDatabase();
  const db = tdb.db;
  await addTestRegion(db);
  // A: Kuopio (Pohjois-Savo), due exactly at T0; two maintainers.
  orgA = await addOrganization(db, 'a', { name: 'Esimerkkilän Omaisyhdistys ry', lastChecked: '2025-12-01', activities: 2 });
  // B: Helsinki (test region, which has no regional administrator), due at T0 too.
  orgB = await addOrganization(db, 'b', { name: 'Testikaupungin Vertaistuki ry', lastChecked: '2025-12-01', municipality: HELSINKI });
  // Fresh: checked recently, never reminded in these tests.
  await addOrganization(db, 'fresh', { name: 'Tuore Yhdistys ry', lastChecked: '2026-05-20' });
  // Old: unchecked for 18 months (548 days) at T0 + 35 days.
  orgOld = await addOrganization(db, 'old', { name: 'Unohtunut Kerho ry', lastChecked: '2025-01-04' });
  // A draft is never reminded.
  await addOrganization(db, 'draft', { name: 'Luonnos ry', lastChecked: '2024-01-01', status: 'draft' });
  await addPerson(db, 'yllapitaja.a@example.org', 'maintainer', orgA.id);
  await addPerson(db, 'toinen.a@example.org', 'maintainer', orgA.id, 'sv');
  await addPerson(db, 'yllapitaja.b@example.org', 'maintainer', orgB.id);
  await addPerson(db, 'yllapitaja.old@example.org', 'maintainer', orgOld.id);
  await addPerson(db, 'alue@example.org', 'regional_admin', 'pohjois-savo');
  await addPerson(db, 'alusta@example.org', 'platform_admin', null);
  await rebuildSearchIndex({ db });
});

after(async () => {
  await tdb.close();
});

test('the first reminder goes at 6 months, to each maintainer, and not again the next day', async () => {
  const early = await runFreshnessCheck({ db: tdb.db, settings, now: at(-1) });
  assert.deepEqual(await mailsTo('yllapitaja.a@example.org', 'freshness-reminder'), []);
  assert.equal(early.firstReminders, 1, 'only the organisation unchecked for 18 months is due a day early');

  const first = await runFreshnessCheck({ db: tdb.db, settings, now: at(0) });
  assert.equal(first.firstReminders, 2);
  assert.equal(first.mails.reminder, 3);
  const [toA] = await mailsTo('yllapitaja.a@example.org', 'freshness-reminder');
  assert.ok(toA);
  assert.equal(toA.params.second, false);
  assert.equal(toA.params.organizationId, orgA.id);
  assert.equal(toA.params.checkedOn, '2025-12-01');
  assert.equal((await mailsTo('toinen.a@example.org', 'freshness-reminder')).length, 1);

  const again = await runFreshnessCheck({ db: tdb.db, settings, now: at(1) });
  assert.equal(again.firstReminders, 0);
  assert.equal(again.mails.reminder + again.mails.secondReminder + again.mails.admin, 0);
  assert.equal((await mailsTo('yllapitaja.a@example.org', 'freshness-reminder')).length, 1);
});

test('the confirmation link shows its organisation without using it; a made-up token is refused', async () => {
  const [toA] = await mailsTo('yllapitaja.a@example.org', 'freshness-reminder');
  const link = await checkConfirmLink({ db: tdb.db, token: String(toA!.params.token), now: at(1) });
  assert.equal(link?.organizationId, orgA.id);
  assert.equal(link?.names.fi, 'Esimerkkilän Omaisyhdistys ry');
  assert.equal(await checkConfirmLink({ db: tdb.db, token: 'x'.repeat(43), now: at(1) }), null);
  assert.equal(await confirmFreshness({ db: tdb.db, token: 'x'.repeat(43), now: at(1) }), null);
  assert.equal(await confirmFreshness({ db: tdb.db, token: '../../etc', now: at(1) }), null);
});

test('a second reminder after 2 weeks, then the regional administrators are told 2 weeks later, each once', async () => {
  await runFreshnessCheck({ db: tdb.db, settings, now: at(13) });
  assert.equal((await mailsTo('yllapitaja.a@example.org', 'freshness-reminder')).length, 1, 'not before 2 weeks');

  const second = await runFreshnessCheck({ db: tdb.db, settings, now: at(14) });
  assert.ok(second.secondReminders >= 2);
  const toA = await mailsTo('yllapitaja.a@example.org', 'freshness-reminder');
  assert.equal(toA.length, 2);
  assert.equal(toA[1]!.params.second, true);
  assert.notEqual(toA[1]!.params.token, toA[0]!.params.token, 'each reminder has its own link');
  assert.equal((await runFreshnessCheck({ db: tdb.db, settings, now: at(15) })).secondReminders, 0);
  assert.equal((await mailsTo('alue@example.org', 'freshness-admin')).length, 0);

  const told = await runFreshnessCheck({ db: tdb.db, settings, now: at(28) });
  assert.ok(told.adminsTold >= 2);
  const [toRegion] = await mailsTo('alue@example.org', 'freshness-admin');
  assert.ok(toRegion, 'the regional administrator of Pohjois-Savo is told about A');
  const overdueNames = (toRegion.params.overdue as { names: { fi: string } }[]).map((o) => o.names.fi);
  assert.ok(overdueNames.includes('Esimerkkilän Omaisyhdistys ry'));
  assert.ok(!overdueNames.includes('Testikaupungin Vertaistuki ry'), 'B is not in Pohjois-Savo');
  const [toPlatform] = await mailsTo('alusta@example.org', 'freshness-admin');
  assert.ok(toPlatform, 'B has no regional administrator: the platform administrator is told');
  assert.deepEqual(
    (toPlatform.params.overdue as { names: { fi: string } }[]).map((o) => o.names.fi),
    ['Testikaupungin Vertaistuki ry'],
  );

  const later = await runFreshnessCheck({ db: tdb.db, settings, now: at(29) });
  assert.equal(later.adminsTold, 0);
  assert.equal((await mailsTo('alue@example.org', 'freshness-admin')).length, 1);
});

test('unchecked for 18 months: the activities leave search and the administrators are told; confirming brings them back', async () => {
  const search = async () =>
    (await searchActivities({ db: tdb.db, text: 'Unohtunut', lang: 'fi', sort: 'relevance', page: 1, perPage: 10 })).hits.map((h) => h.activityId);
  assert.deepEqual(await search(), orgOld.activityIds);

  // 2025-01-04 + 548 days = 2026-07-06 = T0 + 35 days.
  const notYet = await runFreshnessCheck({ db: tdb.db, settings, now: at(34) });
  assert.equal(notYet.hidden, 0);
  const hidden = await runFreshnessCheck({ db: tdb.db, settings, now: at(35) });
  assert.equal(hidden.hidden, 1);
  assert.deepEqual(await search(), [], 'hidden from search');
  const toRegion = await mailsTo('alue@example.org', 'freshness-admin');
  assert.ok(toRegion.some((m) => (m.params.hidden as { names: { fi: string } }[]).some((o) => o.names.fi === 'Unohtunut Kerho ry')));
  assert.equal((await runFreshnessCheck({ db: tdb.db, settings, now: at(36) })).hidden, 0, 'told once');

  // Its maintainer's latest link still works (second reminder at day 13, valid 30 days).
  const links = await mailsTo('yllapitaja.old@example.org', 'freshness-reminder');
  const token = String(links.at(-1)!.params.token);
  const done = await confirmFreshness({ db: tdb.db, token, now: at(37) });
  assert.deepEqual(done, { organizationId: orgOld.id });
  assert.deepEqual(await search(), orgOld.activityIds, 'back in search at once');
  const org = await tdb.db.selectFrom('organization').select(['last_checked', 'stale_hidden_at']).where('id', '=', orgOld.id).executeTakeFirstOrThrow();
  assert.equal(org.last_checked, '2026-07-08');
  assert.equal(org.stale_hidden_at, null);
});

test('still unanswered when the data gets marked at 12 months: asked once more from the start, administrators told again', async () => {
  // B (checked 2025-12-01) was reminded twice and its administrators were told; the mark comes on 2026-12-01.
  const count = async (template: string, to: string) => (await mailsTo(to, template)).length;
  const before = await count('freshness-reminder', 'yllapitaja.b@example.org');
  await runFreshnessCheck({ db: tdb.db, settings, now: new Date('2026-11-30T06:00:00Z') });
  assert.equal(await count('freshness-reminder', 'yllapitaja.b@example.org'), before);
  const r = await runFreshnessCheck({ db: tdb.db, settings, now: new Date('2026-12-01T06:00:00Z') });
  assert.ok(r.markedReminders >= 1);
  const sent = await mailsTo('yllapitaja.b@example.org', 'freshness-reminder');
  assert.equal(sent.length, before + 1);
  assert.equal(sent.at(-1)!.params.marked, true);
  assert.equal(sent.at(-1)!.params.second, false);
  await runFreshnessCheck({ db: tdb.db, settings, now: new Date('2026-12-02T06:00:00Z') });
  assert.equal(await count('freshness-reminder', 'yllapitaja.b@example.org'), before + 1, 'once');
  await runFreshnessCheck({ db: tdb.db, settings, now: new Date('2026-12-15T06:00:00Z') });
  assert.equal(await count('freshness-reminder', 'yllapitaja.b@example.org'), before + 2, 'a second reminder again');
  const admins = await count('freshness-admin', 'alusta@example.org');
  await runFreshnessCheck({ db: tdb.db, settings, now: new Date('2026-12-29T06:00:00Z') });
  assert.equal(await count('freshness-admin', 'alusta@example.org'), admins + 1, 'the administrators are told again');
  await runFreshnessCheck({ db: tdb.db, settings, now: new Date('2026-12-30T06:00:00Z') });
  assert.equal(await count('freshness-reminder', 'yllapitaja.b@example.org'), before + 2, 'and then no more until confirmed');
});

test('confirming sets last checked for the organisation and its activities, stops the reminders; the link works once', async () => {
  const [first, second] = await mailsTo('yllapitaja.a@example.org', 'freshness-reminder');
  assert.equal(await confirmFreshness({ db: tdb.db, token: String(first!.params.token), now: at(38) }), null, 'the first link has expired');
  const token = String(second!.params.token);
  const done = await confirmFreshness({ db: tdb.db, token, now: at(38) });
  assert.deepEqual(done, { organizationId: orgA.id });
  const org = await tdb.db.selectFrom('organization').select('last_checked').where('id', '=', orgA.id).executeTakeFirstOrThrow();
  assert.equal(org.last_checked, '2026-07-09');
  const acts = await tdb.db.selectFrom('activity').select('last_checked').where('organization_id', '=', orgA.id).execute();
  assert.deepEqual(acts.map((a) => a.last_checked), ['2026-07-09', '2026-07-09']);
  const audit = await tdb.db.selectFrom('audit_event').selectAll().where('subject_id', '=', orgA.id).where('action', '=', 'freshness.confirm').execute();
  assert.equal(audit.length, 1);
  assert.equal(audit[0]!.from_state, '2025-12-01');
  assert.equal(audit[0]!.to_state, '2026-07-09');

  assert.equal(await confirmFreshness({ db: tdb.db, token, now: at(38) }), null, 'used');
  const [, secondLink] = await mailsTo('toinen.a@example.org', 'freshness-reminder');
  assert.equal(await confirmFreshness({ db: tdb.db, token: String(secondLink!.params.token), now: at(38) }), null, 'the cycle is closed');

  const before = (await mailsTo('yllapitaja.a@example.org', 'freshness-reminder')).length;
  for (const day of [39, 45, 60, 100]) await runFreshnessCheck({ db: tdb.db, settings, now: at(day) });
  assert.equal((await mailsTo('yllapitaja.a@example.org', 'freshness-reminder')).length, before, 'no more reminders');
  // Six months (182 days) after the confirmation, a new cycle begins.
  await runFreshnessCheck({ db: tdb.db, settings, now: new Date('2027-01-06T06:00:00Z') });
  assert.equal((await mailsTo('yllapitaja.a@example.org', 'freshness-reminder')).length, before);
  await runFreshnessCheck({ db: tdb.db, settings, now: new Date('2027-01-07T06:00:00Z') });
  assert.equal((await mailsTo('yllapitaja.a@example.org', 'freshness-reminder')).length, before + 1);
});

test('an expired link is refused', async () => {
  // B's second link was sent at day 14 and is valid 30 days.
  const links = await mailsTo('yllapitaja.b@example.org', 'freshness-reminder');
  const token = String(links[1]!.params.token);
  assert.equal(await checkConfirmLink({ db: tdb.db, token, now: at(45) }), null);
  assert.equal(await confirmFreshness({ db: tdb.db, token, now: at(45) }), null);
  const org = await tdb.db.selectFrom('organization').select('last_checked').where('id', '=', orgB.id).executeTakeFirstOrThrow();
  assert.equal(org.last_checked, '2025-12-01');
  // Still valid the day before it expires.
  assert.deepEqual(await confirmFreshness({ db: tdb.db, token, now: at(43) }), { organizationId: orgB.id });
});
