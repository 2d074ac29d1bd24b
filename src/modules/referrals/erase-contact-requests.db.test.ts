import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestService } from '../../../tests/support/test-app.js';
import type { Service } from '../../boot.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Database } from '../../platform/db/database.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { contactRequestConfirmationMail } from './contact-request-confirmation.mail.js';
import { eraseContactRequestsSchedule } from './erase-contact-requests.job.js';
import { eraseExpiredContactRequests } from './erase-expired-contact-requests.js';
import { contactRequestFollowUpMail } from './follow-up.mail.js';
import { ACTIVITIES, ORGS, addRequest, addRetentionFixture } from './retention.fixture.js';

/**
 * The scheduled erasure on the real database, checked with SQL: the personal fields of requests closed more than
 * 90 days ago or made more than 180 days ago are gone (and the recipients' notes, and the e-mails to the client),
 * everything statistics count survives, and a second run changes nothing.
 */

let service: Service;
let db: Database;
let cipher: FieldCipher;

const DAY = 86_400_000;
const NOW = new Date('2026-12-01T01:40:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY);
const settings = { eraseAfterClosedDays: 90, eraseAfterDays: 180 };

const PERSONAL = [
  'sender_unit',
  'follow_up_email_enc',
  'client_first_name_enc',
  'client_phone_enc',
  'client_email_enc',
  'preferred_time_enc',
  'message_enc',
  'phone_lookup',
  'email_lookup',
] as const;

const requests: Record<string, { requestId: string; reference: string; recipientIds: string[] }> = {};

before(async () => {
  service = await createTestService();
  db = service.database.db;
  cipher = service.app.deps.cipher;
  await addRetentionFixture(db);
  const professional = { senderKind: 'professional' as const, senderUnit: 'Kuopion päihdepoliklinikka', followUpEmail: 'ammattilainen@example.org', note: 'Soitettu, sovittu tapaaminen.' };
  const to = [
    { organizationId: ORGS.savoA, activityId: ACTIVITIES.savoGroup, status: 'contacted' as const },
    { organizationId: ORGS.helsinki, status: 'declined' as const },
  ];
  requests.closedLongAgo = await addRequest(db, cipher, { to, createdAt: daysAgo(100), closedAt: daysAgo(91), ...professional, municipality: '297' });
  requests.closedRecently = await addRequest(db, cipher, { to, createdAt: daysAgo(100), closedAt: daysAgo(89), ...professional });
  requests.openTooOld = await addRequest(db, cipher, { to: [{ organizationId: ORGS.savoB, status: 'opened' }], createdAt: daysAgo(181), note: 'Ei vielä soitettu.' });
  requests.openYoung = await addRequest(db, cipher, { to: [{ organizationId: ORGS.savoB, status: 'opened' }], createdAt: daysAgo(179) });
  requests.closedLateButOld = await addRequest(db, cipher, { to, createdAt: daysAgo(200), closedAt: daysAgo(10) });
  requests.alreadyErased = await addRequest(db, cipher, { to: [{ organizationId: ORGS.turku, status: 'unreachable' }], createdAt: daysAgo(400), closedAt: daysAgo(300) });
  await db
    .updateTable('contact_request')
    .set({ ...Object.fromEntries(PERSONAL.map((c) => [c, null])), erased_at: daysAgo(200) })
    .where('id', '=', requests.alreadyErased.requestId)
    .execute();

  // E-mails to the resident and to the professional about two of them (one to be erased, one kept).
  for (const key of ['closedLongAgo', 'closedRecently']) {
    const reference = requests[key]!.reference;
    await enqueueMail(db, { to: 'asiakas@example.org', lang: 'fi', template: contactRequestConfirmationMail, params: { reference, organizations: ['Savon Vertaiset ry'], eraseAfterDays: 180 } });
    const jobId = await enqueueMail(db, {
      to: 'ammattilainen@example.org',
      lang: 'fi',
      template: contactRequestFollowUpMail,
      params: { reference, organization: { fi: 'Savon Vertaiset ry', sv: null, en: null }, outcome: 'contacted' },
    });
    await db
      .insertInto('outbox')
      .values({ id: jobId, job_id: jobId, to: 'ammattilainen@example.org', lang: 'fi', template: 'contact-request-follow-up', subject: `Yhteydenottopyyntö ${reference}: Savon Vertaiset ry on ottanut yhteyttä`, text: 'x', html: 'x', message_id: `<${jobId}@test>` })
      .execute();
  }
});

after(async () => {
  await service.close();
});

async function row(key: string) {
  return db.selectFrom('contact_request').selectAll().where('id', '=', requests[key]!.requestId).executeTakeFirstOrThrow();
}

/** What statistics read, per request and recipient: must be the same before and after erasure. */
async function statisticsSnapshot() {
  const { rows } = await sql`
    select q.reference, q.sender_kind, q.contact_lang, q.ui_lang, q.municipality_code, q.created_at, q.closed_at, q.consent_at,
      r.organization_id, r.activity_id, r.status, r.decline_reason, r.opened_at, r.acted_at, r.reminded_at, r.admins_told_at
    from contact_request q join contact_request_recipient r on r.request_id = q.id
    order by q.reference, r.organization_id`.execute(db);
  return rows;
}

test('the job runs every night in Finnish time', () => {
  assert.equal(eraseContactRequestsSchedule.every, '40 3 * * *');
  assert.equal(eraseContactRequestsSchedule.timezone, 'Europe/Helsinki');
});

test('requests closed more than 90 days ago or made more than 180 days ago lose every personal field; statistics survive', async () => {
  const before = await statisticsSnapshot();
  const counts = async () => ({
    requests: Number((await sql<{ n: number }>`select count(*)::int as n from contact_request`.execute(db)).rows[0]!.n),
    recipients: Number((await sql<{ n: number }>`select count(*)::int as n from contact_request_recipient`.execute(db)).rows[0]!.n),
  });
  const countsBefore = await counts();

  const result = await eraseExpiredContactRequests({ db, settings, now: NOW });
  assert.deepEqual(result, { closed: 1, age: 2, mails: 3 }, 'two jobs and one outbox copy of the closed request’s mails');

  for (const key of ['closedLongAgo', 'openTooOld', 'closedLateButOld']) {
    const r = await row(key);
    for (const c of PERSONAL) assert.equal(r[c], null, `${key}.${c} is erased`);
    assert.deepEqual(r.erased_at, NOW, `${key} is marked erased`);
  }
  for (const key of ['closedRecently', 'openYoung']) {
    const r = await row(key);
    assert.equal(r.erased_at, null, `${key} is kept`);
    assert.ok(r.client_phone_enc && r.client_email_enc && r.client_first_name_enc && r.phone_lookup && r.email_lookup, `${key} keeps its fields`);
    assert.equal(cipher.decrypt(r.client_phone_enc, 'contact_request.client_phone'), '+358401112233');
  }
  assert.deepEqual((await row('alreadyErased')).erased_at, daysAgo(200), 'an erased request is not erased again');
  assert.equal(cipher.decrypt((await row('closedRecently')).sender_unit!, 'contact_request.sender_unit'), 'Kuopion päihdepoliklinikka');

  // SQL over the whole table: no erased request holds a personal field, no recipient of one holds a note.
  const { rows: leftovers } = await sql<{ n: number }>`
    select count(*)::int as n from contact_request
    where erased_at is not null and (sender_unit is not null or follow_up_email_enc is not null or client_first_name_enc is not null
      or client_phone_enc is not null or client_email_enc is not null or preferred_time_enc is not null or message_enc is not null
      or phone_lookup is not null or email_lookup is not null)`.execute(db);
  assert.equal(Number(leftovers[0]!.n), 0);
  const { rows: notes } = await sql<{ erased: number; kept: number }>`
    select count(*) filter (where q.erased_at is not null and r.note_enc is not null)::int as erased,
           count(*) filter (where q.erased_at is null and r.note_enc is not null)::int as kept
    from contact_request_recipient r join contact_request q on q.id = r.request_id`.execute(db);
  assert.deepEqual(notes.map((n) => [Number(n.erased), Number(n.kept)]), [[0, 2]], 'notes go with their request; the kept request keeps its two');

  assert.deepEqual(await counts(), countsBefore, 'no row is deleted');
  assert.deepEqual(await statisticsSnapshot(), before, 'statuses, dates, organisations, activities, municipality and reasons survive');

  // The e-mails to the client and the professional about the erased request are gone; the kept request's stay.
  const mails = await db.selectFrom('job').select(sql<string>`payload->'params'->>'reference'`.as('reference')).where('name', '=', 'send-mail').execute();
  assert.deepEqual(mails.map((m) => m.reference).sort(), [requests.closedRecently!.reference, requests.closedRecently!.reference]);
  const outbox = await db.selectFrom('outbox').select('subject').execute();
  assert.deepEqual(outbox.map((o) => o.subject.includes(requests.closedRecently!.reference)), [true]);

  const audit = await db.selectFrom('audit_event').select(['subject_id', 'detail', 'actor_id']).where('action', '=', 'contact_request.erase').execute();
  assert.equal(audit.length, 3);
  const byId = new Map(audit.map((a) => [a.subject_id, a.detail]));
  assert.deepEqual(byId.get(requests.closedLongAgo!.requestId), { reason: 'closed_days', reference: requests.closedLongAgo!.reference });
  assert.deepEqual(byId.get(requests.openTooOld!.requestId), { reason: 'created_days', reference: requests.openTooOld!.reference });
});

test('a second run erases nothing and changes nothing', async () => {
  const snapshot = await db.selectFrom('contact_request').selectAll().orderBy('id').execute();
  assert.deepEqual(await eraseExpiredContactRequests({ db, settings, now: new Date(NOW.getTime() + 60_000) }), { closed: 0, age: 0, mails: 0 });
  assert.deepEqual(await db.selectFrom('contact_request').selectAll().orderBy('id').execute(), snapshot);
});

test('the settings decide: with 30 days after closing, the recently closed request goes too', async () => {
  const result = await eraseExpiredContactRequests({ db, settings: { eraseAfterClosedDays: 30, eraseAfterDays: 180 }, now: NOW });
  assert.deepEqual(result, { closed: 1, age: 0, mails: 3 });
  assert.ok((await row('closedRecently')).erased_at);
  assert.equal((await row('openYoung')).erased_at, null);
});
