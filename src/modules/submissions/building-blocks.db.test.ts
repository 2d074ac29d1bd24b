import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { addRole, ensureUser } from '../../platform/auth/auth.repo.js';
import { newId, stableId } from '../../platform/ids.js';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { emptyCounts } from '../directory/organization-graph.js';
import { saveOrganizationGraph } from '../directory/save-organization-graph.js';
import { validActivity, validDraft } from './draft.fixture.js';
import type { OrganizationDraft } from './draft.types.js';
import { graphFromDraft } from './graph-from-draft.js';
import { loadPublishedDraft } from './load-published-draft.js';
import { startChange } from './start-change.js';
import { submitSubmission } from './submit-submission.js';
import { findSubmission, insertSubmission } from './submissions.repo.js';

let t: TestDatabase;
before(async () => {
  t = await createTestDatabase();
});
after(async () => {
  await t.close();
});

async function publish(draft: OrganizationDraft, organizationId: string) {
  const counts = emptyCounts();
  await t.db.transaction().execute((trx) =>
    saveOrganizationGraph({ db: trx, graph: graphFromDraft(draft, { organizationId, status: 'published', lastChecked: '2026-11-01' }), counts }),
  );
  return counts;
}

test('a draft saved through graphFromDraft reads back as the same draft, and saving it again changes nothing', async () => {
  const orgId = stableId('test-org', 'roundtrip');
  const draft = validDraft('r');
  draft.organization.website = 'www.testila.example.org';
  draft.activities.push({ ...validActivity('r', 1), municipalityCodes: [], remote: true, nationwide: true, placeName: '', streetAddress: '', postalCode: '', city: '', contactName: '', contactEmail: '', contactPhone: '', languages: ['fi', 'sv'] });
  const first = await publish(draft, orgId);
  assert.equal(first.organizationsInserted, 1);
  assert.equal(first.activitiesInserted, 2);

  const loaded = await loadPublishedDraft({ db: t.db, organizationId: orgId });
  assert.ok(loaded);
  const expected = structuredClone(draft);
  expected.organization.website = 'https://www.testila.example.org/';
  expected.activities.sort((a, b) => a.nameFi.localeCompare(b.nameFi, 'fi'));
  assert.deepEqual(loaded, expected);

  const second = await publish(loaded, orgId);
  assert.equal(second.organizationsUnchanged, 1);
  assert.equal(second.activitiesUnchanged, 2);
  const third = await publish(loaded, orgId);
  assert.deepEqual(third, second);

  const org = await t.db.selectFrom('organization').select(['business_id', 'municipality_code', 'status']).where('id', '=', orgId).executeTakeFirstOrThrow();
  assert.deepEqual(org, { business_id: '0112038-9', municipality_code: '297', status: 'published' });
  const location = await t.db.selectFrom('location').select(['municipality_code']).where('organization_id', '=', orgId).execute();
  assert.deepEqual(location, [{ municipality_code: '297' }], 'the place of the activity is one location, in Kuopio');
});

test('an unknown organisation has no published draft; an archived activity is left out', async () => {
  assert.equal(await loadPublishedDraft({ db: t.db, organizationId: newId() }), null);
  const orgId = stableId('test-org', 'archived');
  const draft = validDraft('x');
  draft.activities.push({ ...validActivity('x', 1), archived: { reason: 'Ryhmä on päättynyt.' } });
  await publish(draft, orgId);
  const loaded = await loadPublishedDraft({ db: t.db, organizationId: orgId });
  assert.deepEqual(loaded?.activities.map((a) => a.id), [draft.activities[0]!.id]);
  const archived = await t.db.selectFrom('activity').select(['status', 'archived_reason']).where('id', '=', draft.activities[1]!.id).executeTakeFirstOrThrow();
  assert.deepEqual(archived, { status: 'archived', archived_reason: 'Ryhmä on päättynyt.' });
});

async function user(email: string, lang: 'fi' | 'sv' | 'en' = 'fi') {
  return ensureUser(t.db, { id: newId(), email, lang });
}

async function mailsTo(submissionId: string): Promise<string[]> {
  const rows = await t.db
    .selectFrom('job')
    .select(sql<string>`payload->>'to'`.as('to'))
    .where('name', '=', 'send-mail')
    .where(sql<string>`payload->'params'->>'submissionId'`, '=', submissionId)
    .execute();
  return rows.map((r) => r.to).sort();
}

test('submitting notifies the regional administrators of the regions concerned, and only them', async () => {
  const savo = await user('savo-admin@example.org', 'sv');
  const other = await user('other-admin@example.org');
  const platform = await user('platform-admin@example.org');
  await t.db.insertInto('region').values({ id: 'test-uusimaa', name_fi: 'Testi-Uusimaa', name_sv: 'Test-Nyland', name_en: 'Test Uusimaa' }).execute();
  await t.db.insertInto('region_municipality').values({ region_id: 'test-uusimaa', municipality_code: '091' }).execute();
  await addRole(t.db, { userId: savo.id, role: 'regional_admin', scopeId: 'pohjois-savo' });
  await addRole(t.db, { userId: other.id, role: 'regional_admin', scopeId: 'test-uusimaa' });
  await addRole(t.db, { userId: platform.id, role: 'platform_admin', scopeId: null });
  const maintainer = await user('maintainer@example.org');

  const id = newId();
  const orgId = newId();
  await insertSubmission(t.db, { id, organizationId: orgId, kind: 'join', content: validDraft('s'), step: 'review', createdBy: maintainer.id });
  const result = await submitSubmission({ db: t.db, submissionId: id, userId: maintainer.id });
  assert.deepEqual(result, { notified: 1 });
  assert.deepEqual(await mailsTo(id), ['savo-admin@example.org']);
  const job = await t.db.selectFrom('job').select(sql<string>`payload->>'lang'`.as('lang')).where(sql<string>`payload->'params'->>'submissionId'`, '=', id).executeTakeFirstOrThrow();
  assert.equal(job.lang, 'sv', "the mail is in the administrator's language");

  const row = await findSubmission(t.db, id);
  assert.equal(row?.status, 'awaiting_review');
  assert.ok(row?.submittedAt);
  assert.deepEqual(row?.municipalityCodes, ['297', '749']);
  const audit = await t.db.selectFrom('audit_event').selectAll().where('subject_id', '=', id).execute();
  assert.equal(audit.length, 1);
  assert.equal(audit[0]!.action, 'submission.submit');
  assert.equal(audit[0]!.from_state, 'draft');
  assert.equal(audit[0]!.to_state, 'awaiting_review');
  assert.equal(audit[0]!.actor_id, maintainer.id);

  await assert.rejects(submitSubmission({ db: t.db, submissionId: id, userId: maintainer.id }), { code: 'CONFLICT' }, 'awaiting review is not submitted twice');

  // Helsinki and Kuopio: both regions' administrators.
  const both = newId();
  const d = validDraft('b');
  d.activities[0]!.municipalityCodes = ['091'];
  await insertSubmission(t.db, { id: both, organizationId: newId(), kind: 'join', content: d, step: 'review', createdBy: maintainer.id });
  await submitSubmission({ db: t.db, submissionId: both, userId: maintainer.id });
  assert.deepEqual(await mailsTo(both), ['other-admin@example.org', 'savo-admin@example.org']);

  // Tampere only: no region has it, so the platform administrators are told.
  const none = newId();
  const n = validDraft('n');
  n.organization.municipalityCode = '837';
  n.activities[0]!.municipalityCodes = ['837'];
  await insertSubmission(t.db, { id: none, organizationId: newId(), kind: 'join', content: n, step: 'review', createdBy: maintainer.id });
  await submitSubmission({ db: t.db, submissionId: none, userId: maintainer.id });
  assert.deepEqual(await mailsTo(none), ['platform-admin@example.org']);
});

test('an invalid draft is not submitted: its errors are thrown as field errors and the draft stays as typed', async () => {
  const maintainer = await user('invalid@example.org');
  const id = newId();
  const d = validDraft('i');
  d.organization.businessId = '1234567-0';
  d.activities[0]!.needs = [];
  d.activities[0]!.supports = [];
  await insertSubmission(t.db, { id, organizationId: newId(), kind: 'join', content: d, step: 'review', createdBy: maintainer.id });
  await assert.rejects(submitSubmission({ db: t.db, submissionId: id, userId: maintainer.id }), {
    code: 'BAD_REQUEST',
    fieldErrors: { 'organization.businessId': 'submissions.error.businessId', 'activities.0.needs': 'submissions.error.needOrSupport' },
  });
  const row = await findSubmission(t.db, id);
  assert.equal(row?.status, 'draft');
  assert.deepEqual(row?.content, d);
  assert.deepEqual(await mailsTo(id), []);
});

test("a maintainer of another organisation cannot submit someone else's draft (not found)", async () => {
  const owner = await user('owner@example.org');
  const stranger = await user('stranger@example.org');
  await addRole(t.db, { userId: stranger.id, role: 'maintainer', scopeId: newId() });
  const id = newId();
  await insertSubmission(t.db, { id, organizationId: newId(), kind: 'join', content: validDraft('o'), step: 'review', createdBy: owner.id });
  await assert.rejects(submitSubmission({ db: t.db, submissionId: id, userId: stranger.id }), { code: 'NOT_FOUND' });
  assert.equal((await findSubmission(t.db, id))?.status, 'draft');
});

test('two "edit" clicks at once open one change, and a non-maintainer gets none', async () => {
  const orgId = newId();
  await publish(validDraft('c'), orgId);
  const maintainer = await user('change-maintainer@example.org');
  await addRole(t.db, { userId: maintainer.id, role: 'maintainer', scopeId: orgId });
  const [a, b] = await Promise.all([startChange({ db: t.db, organizationId: orgId, userId: maintainer.id }), startChange({ db: t.db, organizationId: orgId, userId: maintainer.id })]);
  assert.equal(a, b);
  const open = await t.db.selectFrom('submission').select(['kind', 'status']).where('organization_id', '=', orgId).execute();
  assert.deepEqual(open, [{ kind: 'change', status: 'draft' }]);
  const outsider = await user('change-outsider@example.org');
  await assert.rejects(startChange({ db: t.db, organizationId: orgId, userId: outsider.id }), { code: 'NOT_FOUND' });
});
