import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestService } from '../../../tests/support/test-app.js';
import type { Service } from '../../boot.js';
import { mailTemplates } from '../../mail-templates.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Database } from '../../platform/db/database.js';
import { createWorker } from '../../platform/jobs/worker.js';
import { createSendMailHandler } from '../../platform/mail/send-mail.job.js';
import { referralRemindersSchedule } from './referral-reminders.job.js';
import { ACTIVITIES, ADDRESSES, ORGS, PEOPLE, addRequest, addRetentionFixture } from './retention.fixture.js';
import { sendReferralReminders } from './send-referral-reminders.js';

/**
 * The reminder run on the real database with a fixed clock: one reminder per organisation after 2 working days,
 * the right administrators once after 5, weekends and holidays skipped, exactly once however often it runs, and
 * no client details in any job payload or e-mail.
 */

let service: Service;
let db: Database;
let cipher: FieldCipher;

const CLIENT = { phone: '+358401112233', email: 'asiakas@example.org', firstName: 'Tähtisilmä', message: 'Toivon soittoa vertaisryhmästä.' };
const SECRETS = [CLIENT.phone, '40 111 2233', '401112233', CLIENT.email, CLIENT.firstName, CLIENT.message, 'Iltapäivisin'];

/** 10:00 Finnish summer time (UTC+3) or winter time (UTC+2) on a date. */
const at = (date: string, hour = 10) => {
  const summer = date >= '2026-03-29' && date < '2026-10-25';
  return new Date(Date.parse(`${date}T${String(hour - (summer ? 3 : 2)).padStart(2, '0')}:00:00Z`));
};
/** The job's run: 07:15 in Finland. */
const runOn = (date: string) => sendReferralReminders({ db, now: at(date, 7) });

before(async () => {
  service = await createTestService();
  db = service.database.db;
  cipher = service.app.deps.cipher;
  await addRetentionFixture(db);
});

after(async () => {
  await service.close();
});

beforeEach(async () => {
  await db.deleteFrom('contact_request').execute();
  await db.deleteFrom('job').execute();
  await db.deleteFrom('outbox').execute();
  await db.deleteFrom('audit_event').execute();
});

interface MailJob {
  to: string;
  lang: string;
  template: string;
  params: Record<string, unknown>;
}

async function mailJobs(template?: string): Promise<MailJob[]> {
  const rows = await db.selectFrom('job').select('payload').where('name', '=', 'send-mail').orderBy('created_at').orderBy('id').execute();
  const jobs = rows.map((r) => (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as MailJob);
  return template ? jobs.filter((j) => j.template === template) : jobs;
}

function assertNoClientDetails(text: string, where: string) {
  for (const s of SECRETS) assert.ok(!text.includes(s), `${where} must not contain "${s}"`);
}

async function recipient(id: string) {
  return db.selectFrom('contact_request_recipient').select(['status', 'reminded_at', 'admins_told_at']).where('id', '=', id).executeTakeFirstOrThrow();
}

test('juhannus: a request on Thursday 18.6.2026 is reminded on Wednesday 24.6. and told to the region’s administrator on Monday 29.6., each once', async () => {
  const req = await addRequest(db, cipher, { to: [{ organizationId: ORGS.savoA, activityId: ACTIVITIES.savoGroup }], createdAt: at('2026-06-18'), ...CLIENT });
  const [rid] = req.recipientIds;

  for (const day of ['2026-06-19', '2026-06-20', '2026-06-21', '2026-06-22', '2026-06-23']) {
    assert.deepEqual(await runOn(day), { reminded: 0, reminderMails: 0, adminsTold: 0, adminMails: 0 }, `nothing on ${day}`);
  }
  assert.equal((await recipient(rid!)).reminded_at, null);

  assert.deepEqual(await runOn('2026-06-24'), { reminded: 1, reminderMails: 1, adminsTold: 0, adminMails: 0 });
  assert.deepEqual(await runOn('2026-06-24'), { reminded: 0, reminderMails: 0, adminsTold: 0, adminMails: 0 }, 'a second run the same day sends nothing');
  const reminders = await mailJobs('contact-request-reminder');
  assert.equal(reminders.length, 1);
  assert.equal(reminders[0]!.to, ADDRESSES.savoA);
  assert.deepEqual(reminders[0]!.params, {
    organization: { fi: 'Savon Vertaiset ry', sv: 'Savolax Kamrater rf', en: null },
    requests: [{ reference: req.reference, sentOn: '2026-06-18' }],
  });
  assert.ok((await recipient(rid!)).reminded_at);

  for (const day of ['2026-06-25', '2026-06-26', '2026-06-27', '2026-06-28']) {
    assert.deepEqual(await runOn(day), { reminded: 0, reminderMails: 0, adminsTold: 0, adminMails: 0 }, `nothing more on ${day}`);
  }
  assert.deepEqual(await runOn('2026-06-29'), { reminded: 0, reminderMails: 0, adminsTold: 1, adminMails: 1 });
  assert.deepEqual(await runOn('2026-06-30'), { reminded: 0, reminderMails: 0, adminsTold: 0, adminMails: 0 });
  const admin = await mailJobs('contact-request-overdue-admin');
  assert.deepEqual(
    admin.map((m) => m.to),
    [PEOPLE.savoAdmin],
  );
  assert.deepEqual(admin[0]!.params, {
    organizations: [{ names: { fi: 'Savon Vertaiset ry', sv: 'Savolax Kamrater rf', en: null }, requests: [{ reference: req.reference, sentOn: '2026-06-18' }] }],
  });
  assert.ok((await recipient(rid!)).admins_told_at);

  const audit = await db.selectFrom('audit_event').select(['action', 'subject_id', 'organization_id', 'detail']).orderBy('at').execute();
  assert.deepEqual(
    audit.map((a) => [a.action, a.subject_id, a.organization_id]),
    [
      ['contact_request.remind', req.requestId, ORGS.savoA],
      ['contact_request.tell_admins', req.requestId, ORGS.savoA],
    ],
  );
  for (const a of audit) assertNoClientDetails(JSON.stringify(a.detail), 'an audit entry');
});

test('itsenäisyyspäivä: a request on Thursday 2.12.2027 is reminded on Wednesday 8.12. (6.12.2027 is a Monday), not before', async () => {
  await addRequest(db, cipher, { to: [{ organizationId: ORGS.helsinki }], createdAt: at('2027-12-02'), ...CLIENT });
  assert.equal((await runOn('2027-12-07')).reminded, 0);
  assert.equal((await runOn('2027-12-08')).reminded, 1);
  // 5 working days: 3.12., 7.12., 8.12., 9.12., 10.12. → told on Monday 13.12.
  assert.equal((await runOn('2027-12-10')).adminsTold, 0);
  assert.equal((await runOn('2027-12-13')).adminsTold, 1);
});

test('a request made on Friday evening is reminded on Wednesday; nothing is sent on a weekend or a holiday', async () => {
  await addRequest(db, cipher, { to: [{ organizationId: ORGS.savoB }], createdAt: at('2026-12-04', 20), ...CLIENT });
  assert.equal((await runOn('2026-12-08')).reminded, 0, 'Monday 7.12. and Tuesday 8.12. are the two working days');
  assert.equal((await runOn('2026-12-09')).reminded, 1);

  await addRequest(db, cipher, { to: [{ organizationId: ORGS.savoA }], createdAt: at('2026-12-16'), ...CLIENT });
  // Due on Monday 21.12. (Thursday 17.12., Friday 18.12. are over) → sent that day.
  assert.equal((await runOn('2026-12-19')).reminded, 0, 'Saturday');
  assert.equal((await runOn('2026-12-21')).reminded, 1);
  await addRequest(db, cipher, { to: [{ organizationId: ORGS.helsinki }], createdAt: at('2026-12-21'), ...CLIENT });
  // 22.12. and 23.12. are the working days; 24.–27.12. are days off: the reminder goes on Monday 28.12.
  for (const day of ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27']) assert.equal((await runOn(day)).reminded, 0, day);
  assert.equal((await runOn('2026-12-28')).reminded, 1);
});

test('only recipients that did nothing are reminded: opened counts, acted does not; erased requests are left alone', async () => {
  const created = at('2026-11-02');
  const req = await addRequest(db, cipher, {
    to: [
      { organizationId: ORGS.savoA, status: 'opened' },
      { organizationId: ORGS.savoB, status: 'contacted' },
      { organizationId: ORGS.helsinki, status: 'declined' },
      { organizationId: ORGS.turku, status: 'unreachable' },
    ],
    createdAt: created,
    ...CLIENT,
  });
  const erased = await addRequest(db, cipher, { to: [{ organizationId: ORGS.roaming }], createdAt: created, ...CLIENT });
  await db.updateTable('contact_request').set({ erased_at: created }).where('id', '=', erased.requestId).execute();

  const result = await runOn('2026-11-05');
  assert.deepEqual(result, { reminded: 1, reminderMails: 1, adminsTold: 0, adminMails: 0 });
  assert.deepEqual((await mailJobs()).map((m) => m.to), [ADDRESSES.savoA]);
  assert.ok((await recipient(req.recipientIds[0]!)).reminded_at);
  assert.equal((await recipient(req.recipientIds[1]!)).reminded_at, null);
});

test('one reminder per organisation lists all its overdue requests; the administrators get one e-mail each with their own organisations', async () => {
  const created = at('2026-11-02'); // Monday
  const one = await addRequest(db, cipher, {
    to: [{ organizationId: ORGS.savoA }, { organizationId: ORGS.savoB }, { organizationId: ORGS.helsinki }, { organizationId: ORGS.roaming }, { organizationId: ORGS.turku }],
    createdAt: created,
    ...CLIENT,
  });
  const two = await addRequest(db, cipher, { to: [{ organizationId: ORGS.savoA }], createdAt: at('2026-11-03'), ...CLIENT });

  const first = await runOn('2026-11-06'); // Friday: 2 working days after Tuesday are over
  assert.deepEqual(first, { reminded: 6, reminderMails: 5, adminsTold: 0, adminMails: 0 });
  const savoReminder = (await mailJobs('contact-request-reminder')).find((m) => m.to === ADDRESSES.savoA)!;
  assert.deepEqual((savoReminder.params.requests as { reference: string }[]).map((r) => r.reference), [one.reference, two.reference]);

  const told = await runOn('2026-11-10'); // 5 working days after Monday 2.11. are over on Tuesday 10.11.; not yet for 3.11.
  assert.deepEqual(told, { reminded: 0, reminderMails: 0, adminsTold: 5, adminMails: 3 });
  const admin = await mailJobs('contact-request-overdue-admin');
  const orgsOf = (to: string) =>
    (admin.find((m) => m.to === to)!.params.organizations as { names: { fi: string }; requests: { reference: string }[] }[]).map(
      (o) => `${o.names.fi}: ${o.requests.map((r) => r.reference).join(' ')}`,
    );
  assert.deepEqual(admin.map((m) => m.to).sort(), [PEOPLE.platform, PEOPLE.savoAdmin, PEOPLE.testimaaAdmin].sort());
  assert.deepEqual(orgsOf(PEOPLE.savoAdmin), [`Kallaveden Tuki ry: ${one.reference}`, `Savon Vertaiset ry: ${one.reference}`]);
  assert.deepEqual(orgsOf(PEOPLE.testimaaAdmin), [`Helsingin Kohtaamo ry: ${one.reference}`, `Kiertävä Kerho ry: ${one.reference}`]);
  assert.deepEqual(orgsOf(PEOPLE.platform), [`Turun Apu ry: ${one.reference}`], 'Turku is in no region: the platform administrators');
  assert.equal(admin.find((m) => m.to === PEOPLE.testimaaAdmin)!.lang, 'sv', 'in the administrator’s language');

  assert.deepEqual(await runOn('2026-11-11'), { reminded: 0, reminderMails: 0, adminsTold: 1, adminMails: 1 }, 'the second request of savoA, a day later');
});

test('run twice at the same moment (two instances): each e-mail is queued once', async () => {
  await addRequest(db, cipher, { to: [{ organizationId: ORGS.savoA }, { organizationId: ORGS.helsinki }, { organizationId: ORGS.turku }], createdAt: at('2026-11-02'), ...CLIENT });
  const now = at('2026-11-10', 7);
  const results = await Promise.all([sendReferralReminders({ db, now }), sendReferralReminders({ db, now }), sendReferralReminders({ db, now })]);
  assert.equal(results.reduce((n, r) => n + r.reminderMails, 0), 3);
  assert.equal(results.reduce((n, r) => n + r.adminMails, 0), 3);
  assert.equal((await mailJobs('contact-request-reminder')).length, 3);
  assert.equal((await mailJobs('contact-request-overdue-admin')).length, 3);
});

test('the reminder is in the language of the original e-mail; the e-mails hold no client details and point to the inbox', async () => {
  await addRequest(db, cipher, { to: [{ organizationId: ORGS.savoA }, { organizationId: ORGS.savoB }], createdAt: at('2026-11-02'), uiLang: 'sv', ...CLIENT });
  await runOn('2026-11-10');
  const jobs = await mailJobs();
  assert.equal(jobs.find((j) => j.to === ADDRESSES.savoA)!.lang, 'sv', 'savoA has a Swedish name');
  assert.equal(jobs.find((j) => j.to === ADDRESSES.savoB)!.lang, 'fi', 'savoB has only a Finnish name');
  for (const j of jobs) assertNoClientDetails(JSON.stringify(j), `the ${j.template} job`);

  const worker = createWorker({ db, handlers: [createSendMailHandler({ transport: { kind: 'outbox' }, templates: mailTemplates, config: service.app.deps.config })] });
  while ((await worker.runDue()) > 0);
  const outbox = await db.selectFrom('outbox').selectAll().execute();
  assert.equal(outbox.length, 3);
  for (const m of outbox) assertNoClientDetails(`${m.subject}\n${m.text}\n${m.html}`, `the ${m.template} mail`);
  const sv = outbox.find((m) => m.to === ADDRESSES.savoA)!;
  assert.match(sv.subject, /^Påminnelse: en kontaktförfrågan väntar \(YP-/);
  assert.ok(sv.text.includes('http://localhost:3000/sv/my/contact-requests'));
  assert.ok(sv.text.includes('Savolax Kamrater rf'));
  const fi = outbox.find((m) => m.to === ADDRESSES.savoB)!;
  assert.ok(fi.text.includes('Alkuperäisessä sähköpostissa on suora linkki'));
  assert.ok(fi.text.includes('2.11.2026'));
  const admin = outbox.find((m) => m.to === PEOPLE.savoAdmin)!;
  assert.equal(admin.subject, 'Yhteydenottopyyntöihin ei ole vastattu viidessä arkipäivässä');
  assert.ok(admin.text.includes('Kallaveden Tuki ry: YP-'));
  assert.ok(admin.text.includes('http://localhost:3000/admin/contact-requests/stats'));
});

test('the job is scheduled daily in Finnish time', () => {
  assert.equal(referralRemindersSchedule.every, '15 7 * * *');
  assert.equal(referralRemindersSchedule.timezone, 'Europe/Helsinki');
});
