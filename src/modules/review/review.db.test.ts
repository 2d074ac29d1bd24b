import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { adminScope } from '../../platform/auth/access.policy.js';
import { listRoles } from '../../platform/auth/auth.repo.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { createWorker } from '../../platform/jobs/worker.js';
import { findOutboxMessage, listOutboxRows } from '../../platform/mail/mail.repo.js';
import { mailTemplates } from '../../mail-templates.js';
import { createSendMailHandler } from '../../platform/mail/send-mail.job.js';
import { loadConfig } from '../../config.js';
import { searchActivities } from '../search/search-activities.js';
import { rebuildSearchIndex } from '../search/rebuild-search-index.js';
import { approveSubmission } from './approve-submission.js';
import { listAuditLog } from './list-audit-log.js';
import { listReviewQueue } from './list-review-queue.js';
import { rejectSubmission } from './reject-submission.js';
import { returnSubmission } from './return-submission.js';
import { insertSubmission, insertUser, sampleActivity, sampleDraft } from './review.fixture.js';

let database: TestDatabase;
let db: Database;
let admin: SessionUser; // regional administrator of Pohjois-Savo
let otherAdmin: SessionUser; // regional administrator of a second region (Uusimaa: Helsinki only)
let platformAdmin: SessionUser;
const config = loadConfig({ LOG_LEVEL: 'silent', DEMO_DATA: 'off', BASE_URL: 'http://localhost:3000' });

function user(id: string, email: string, roles: SessionUser['roles']): SessionUser {
  return { id, email, lang: 'fi', roles };
}

before(async () => {
  database = await createTestDatabase();
  db = database.db;
  await db.insertInto('region').values({ id: 'testimaa', name_fi: 'Testimaa', name_sv: 'Testland', name_en: 'Testland' }).execute();
  await db.insertInto('region_municipality').values({ region_id: 'testimaa', municipality_code: '091' }).execute();
  admin = user(await insertUser(db, 'alue.paakayttaja@example.org'), 'alue.paakayttaja@example.org', [{ role: 'regional_admin', scopeId: 'pohjois-savo' }]);
  otherAdmin = user(await insertUser(db, 'toinen.alue@example.org'), 'toinen.alue@example.org', [{ role: 'regional_admin', scopeId: 'testimaa' }]);
  platformAdmin = user(await insertUser(db, 'palvelu@example.org'), 'palvelu@example.org', [{ role: 'platform_admin', scopeId: null }]);
});

after(async () => {
  await database?.close();
});

async function deliverMail(): Promise<{ to: string; subject: string; text: string }[]> {
  const before = (await listOutboxRows({ db, limit: 1000 })).items.map((m) => m.id);
  const worker = createWorker({ db, handlers: [createSendMailHandler({ transport: { kind: 'outbox' }, templates: mailTemplates, config })] });
  while ((await worker.runDue()) > 0);
  const items = (await listOutboxRows({ db, limit: 1000 })).items.filter((m) => !before.includes(m.id));
  return Promise.all(items.map(async (m) => (await findOutboxMessage({ db, id: m.id }))!));
}

async function auditOf(subjectId: string) {
  return db.selectFrom('audit_event').selectAll().where('subject_id', '=', subjectId).orderBy('at').execute();
}

async function rejects(promise: Promise<unknown>, code: AppError['code']): Promise<void> {
  await assert.rejects(promise, (err: unknown) => err instanceof AppError && err.code === code);
}

test('approving a join publishes the organisation, grants maintainers, logs, mails and makes it searchable at once', async () => {
  const submitterId = await insertUser(db, 'liittyja@example.org', 'sv');
  const draft = sampleDraft({ activities: [sampleActivity({ nameFi: 'Kuutamokävely Kallaveden rannalla' })] });
  const { id, organizationId } = await insertSubmission(db, { draft, createdBy: submitterId });

  const queue = await listReviewQueue({ db, actor: admin, status: 'awaiting_review', lang: 'fi', page: 1 });
  assert.ok(queue.items.some((i) => i.id === id && i.municipalities.includes('Kuopio') && i.kind === 'join'));

  assert.equal((await searchActivities({ db, text: 'Kuutamokävely', lang: 'fi', sort: 'relevance', page: 1, perPage: 20 })).total, 0, 'not searchable before approval');
  await approveSubmission({ db, actor: admin, submissionId: id, message: 'Tervetuloa mukaan!', today: '2026-11-23' });

  const sub = await db.selectFrom('submission').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  assert.equal(sub.status, 'approved');
  assert.equal(sub.decided_by, admin.id);
  assert.equal(sub.decision_message, 'Tervetuloa mukaan!');
  const org = await db.selectFrom('organization').selectAll().where('id', '=', organizationId).executeTakeFirstOrThrow();
  assert.equal(org.status, 'published');
  assert.equal(org.name_fi, 'Kuopion Kävelykaverit ry');
  assert.equal(String(org.last_checked).slice(0, 10), '2026-11-23');
  const activities = await db.selectFrom('activity').select(['status']).where('organization_id', '=', organizationId).execute();
  assert.deepEqual(activities.map((a) => a.status), ['published']);

  const found = await searchActivities({ db, text: 'Kuutamokävely', lang: 'fi', sort: 'relevance', page: 1, perPage: 20 });
  assert.equal(found.total, 1, 'found by search right after approval');

  assert.deepEqual(await listRoles(db, submitterId), [{ role: 'maintainer', scopeId: organizationId }]);
  const coMaintainer = await db.selectFrom('app_user').selectAll().where('email', '=', 'toinen.yllapitaja@example.org').executeTakeFirstOrThrow();
  assert.equal(coMaintainer.lang, 'sv', 'a new maintainer account gets the sender’s language');
  assert.deepEqual(await listRoles(db, coMaintainer.id), [{ role: 'maintainer', scopeId: organizationId }]);

  const events = await auditOf(id);
  assert.deepEqual(
    events.map((e) => [e.action, e.from_state, e.to_state, e.actor_id]),
    [['submission.approve', 'awaiting_review', 'approved', admin.id]],
  );
  assert.equal((events[0]!.detail as Record<string, unknown>).message, 'Tervetuloa mukaan!');
  const orgEvents = await db.selectFrom('audit_event').select(['action']).where('organization_id', '=', organizationId).execute();
  assert.deepEqual(orgEvents.map((e) => e.action).sort(), ['organization.publish', 'role.grant', 'role.grant', 'submission.approve']);

  const mails = await deliverMail();
  assert.deepEqual(mails.map((m) => m.to).sort(), ['liittyja@example.org', 'toinen.yllapitaja@example.org']);
  const sv = mails.find((m) => m.to === 'liittyja@example.org')!;
  assert.equal(sv.subject, 'Uppgifterna har publicerats: Kuopion Kävelykaverit ry');
  assert.match(sv.text, /Tervetuloa mukaan!/);
  assert.match(sv.text, new RegExp(`http://localhost:3000/sv/organisations/${organizationId}`));

  // A second approval of the same submission is refused and changes nothing.
  await rejects(approveSubmission({ db, actor: admin, submissionId: id, message: '' }), 'CONFLICT');
  assert.equal((await auditOf(id)).length, 1);
  assert.equal((await deliverMail()).length, 0);
});

test('approving a change of an organisation hidden for being unchecked brings it back into search at once', async () => {
  const submitterId = await insertUser(db, 'piilossa@example.org');
  const draft = sampleDraft({ organization: { nameFi: 'Unohdettu ry' }, activities: [sampleActivity({ nameFi: 'Sammalkerho metsäpolulla' })] });
  const join = await insertSubmission(db, { draft, createdBy: submitterId });
  await approveSubmission({ db, actor: admin, submissionId: join.id, message: '', today: '2026-11-23' });
  const find = async () => (await searchActivities({ db, text: 'Sammalkerho', lang: 'fi', sort: 'relevance', page: 1, perPage: 20 })).total;
  assert.equal(await find(), 1);

  // The daily freshness job hid it (as after 18 months without a check).
  await db.updateTable('organization').set({ stale_hidden_at: new Date(), last_checked: '2025-01-01' }).where('id', '=', join.organizationId).execute();
  await rebuildSearchIndex({ db, activityIds: (await db.selectFrom('activity').select('id').where('organization_id', '=', join.organizationId).execute()).map((a) => a.id) });
  assert.equal(await find(), 0, 'hidden');

  const change = await insertSubmission(db, { draft, createdBy: submitterId, kind: 'change', organizationId: join.organizationId });
  await approveSubmission({ db, actor: admin, submissionId: change.id, message: '', today: '2026-11-23' });
  const org = await db.selectFrom('organization').select(['stale_hidden_at', 'last_checked']).where('id', '=', join.organizationId).executeTakeFirstOrThrow();
  assert.equal(org.stale_hidden_at, null);
  assert.equal(org.last_checked, '2026-11-23');
  assert.equal(await find(), 1, 'back in search');
  await deliverMail();
});

test('returning for changes needs a message, mails it to the sender and leaves the published version alone', async () => {
  const submitterId = await insertUser(db, 'palautus@example.org');
  const { id, organizationId } = await insertSubmission(db, { draft: sampleDraft({ organization: { nameFi: 'Palautettava ry' } }), createdBy: submitterId });
  await rejects(returnSubmission({ db, actor: admin, submissionId: id, message: '   ' }), 'BAD_REQUEST');
  await returnSubmission({ db, actor: admin, submissionId: id, message: 'Lisää toiminnan aikataulu.' });
  const sub = await db.selectFrom('submission').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  assert.equal(sub.status, 'returned');
  assert.equal(sub.decision_message, 'Lisää toiminnan aikataulu.');
  assert.equal(await db.selectFrom('organization').select('id').where('id', '=', organizationId).executeTakeFirst(), undefined, 'nothing published');
  assert.deepEqual(await listRoles(db, submitterId), [], 'no role granted');
  assert.deepEqual(
    (await auditOf(id)).map((e) => [e.action, e.from_state, e.to_state]),
    [['submission.return', 'awaiting_review', 'returned']],
  );
  const mails = await deliverMail();
  assert.deepEqual(mails.map((m) => m.to), ['palautus@example.org']);
  assert.equal(mails[0]!.subject, 'Tiedot palautettiin täydennettäväksi: Palautettava ry');
  assert.match(mails[0]!.text, /Lisää toiminnan aikataulu\./);
  assert.match(mails[0]!.text, new RegExp(`http://localhost:3000/my/submissions/${id}`), 'links to the returned submission');
  await rejects(approveSubmission({ db, actor: admin, submissionId: id, message: '' }), 'CONFLICT');
});

test('rejecting needs a reason and mails it; a change is mailed to the existing maintainers too', async () => {
  const submitterId = await insertUser(db, 'hylatty@example.org');
  const { id } = await insertSubmission(db, { draft: sampleDraft({ organization: { nameFi: 'Hylättävä ry' } }), createdBy: submitterId });
  await rejects(rejectSubmission({ db, actor: admin, submissionId: id, message: '' }), 'BAD_REQUEST');
  await rejectSubmission({ db, actor: admin, submissionId: id, message: 'Toiminta ei ole sosiaali- tai terveysalan toimintaa.' });
  assert.equal((await db.selectFrom('submission').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status, 'rejected');
  assert.deepEqual(
    (await auditOf(id)).map((e) => [e.action, e.from_state, e.to_state]),
    [['submission.reject', 'awaiting_review', 'rejected']],
  );
  const mails = await deliverMail();
  assert.deepEqual(mails.map((m) => m.to), ['hylatty@example.org']);
  assert.equal(mails[0]!.subject, 'Tietoja ei julkaistu: Hylättävä ry');
  assert.match(mails[0]!.text, /Toiminta ei ole sosiaali- tai terveysalan toimintaa\./);

  // A change of a published organisation: sent by one maintainer, the other maintainer hears of it too.
  const first = await insertSubmission(db, { draft: sampleDraft({ organization: { nameFi: 'Muutettava ry' } }), createdBy: submitterId });
  await approveSubmission({ db, actor: platformAdmin, submissionId: first.id, message: '' });
  await deliverMail();
  const change = await insertSubmission(db, {
    draft: sampleDraft({ organization: { nameFi: 'Muutettava ry', phone: '017 123 456', maintainerEmails: [] } }),
    createdBy: submitterId,
    kind: 'change',
    organizationId: first.organizationId,
  });
  await rejectSubmission({ db, actor: admin, submissionId: change.id, message: 'Puhelinnumero ei ole yhdistyksen.' });
  assert.deepEqual((await deliverMail()).map((m) => m.to).sort(), ['hylatty@example.org', 'toinen.yllapitaja@example.org']);
});

test('a regional administrator cannot decide or see a submission only in another region; that region’s administrator can', async () => {
  const submitterId = await insertUser(db, 'helsinki@example.org');
  const helsinki = sampleDraft({
    organization: { nameFi: 'Helsingin Testiyhdistys ry', municipalityCode: '091' },
    activities: [sampleActivity({ municipalityCodes: ['091'], city: 'Helsinki' })],
  });
  const { id, organizationId } = await insertSubmission(db, { draft: helsinki, createdBy: submitterId, municipalityCodes: ['091'] });

  await rejects(approveSubmission({ db, actor: admin, submissionId: id, message: '' }), 'FORBIDDEN');
  await rejects(returnSubmission({ db, actor: admin, submissionId: id, message: 'Ei käy' }), 'FORBIDDEN');
  await rejects(rejectSubmission({ db, actor: admin, submissionId: id, message: 'Ei käy' }), 'FORBIDDEN');
  const maintainer = user(submitterId, 'helsinki@example.org', [{ role: 'maintainer', scopeId: organizationId }]);
  await rejects(approveSubmission({ db, actor: maintainer, submissionId: id, message: '' }), 'FORBIDDEN');

  const ownQueue = await listReviewQueue({ db, actor: admin, status: 'awaiting_review', lang: 'fi', page: 1 });
  assert.ok(!ownQueue.items.some((i) => i.id === id), 'not in the Pohjois-Savo queue');
  const otherQueue = await listReviewQueue({ db, actor: otherAdmin, status: 'awaiting_review', lang: 'fi', page: 1 });
  assert.deepEqual(otherQueue.items.map((i) => i.id), [id], 'only the Helsinki submission in the Testimaa queue');
  assert.equal(adminScope(maintainer), null);
  await rejects(listReviewQueue({ db, actor: maintainer, status: 'awaiting_review', lang: 'fi', page: 1 }), 'FORBIDDEN');
  await rejects(listAuditLog({ db, actor: maintainer, page: 1 }), 'FORBIDDEN');

  assert.equal((await db.selectFrom('submission').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status, 'awaiting_review');
  await approveSubmission({ db, actor: otherAdmin, submissionId: id, message: '' });

  // The audit log of a region shows only its organisations.
  const own = await listAuditLog({ db, actor: admin, page: 1 });
  assert.ok(!own.events.some((e) => e.organizationId === organizationId));
  assert.ok(!own.organizations.some((o) => o.id === organizationId));
  const other = await listAuditLog({ db, actor: otherAdmin, page: 1 });
  assert.ok(other.events.length > 0 && other.events.every((e) => e.organizationId === organizationId));
  const all = await listAuditLog({ db, actor: platformAdmin, organizationId, page: 1 });
  await rejects(listAuditLog({ db, actor: admin, organizationId, page: 1 }), 'FORBIDDEN');
  assert.ok(all.events.some((e) => e.action === 'submission.approve' && e.actorEmail === 'toinen.alue@example.org'));
});

test('the queue lists the oldest first with its age, and counts each state', async () => {
  const submitterId = await insertUser(db, 'jono@example.org');
  const now = new Date('2026-11-23T10:00:00Z');
  const old = await insertSubmission(db, { draft: sampleDraft({ organization: { nameFi: 'Vanha ry' } }), createdBy: submitterId, submittedAt: new Date('2026-11-20T09:00:00Z') });
  const queue = await listReviewQueue({ db, actor: platformAdmin, status: 'awaiting_review', lang: 'fi', page: 1, now });
  assert.equal(queue.items[0]!.id, old.id, 'oldest first');
  assert.equal(queue.items[0]!.ageDays, 3);
  assert.equal(queue.counts.awaiting_review, queue.total);
  assert.ok(queue.counts.approved >= 2 && queue.counts.returned >= 1 && queue.counts.rejected >= 2);
});
