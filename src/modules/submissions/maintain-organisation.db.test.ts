import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestService } from '../../../tests/support/test-app.js';
import type { Service } from '../../boot.js';
import { addRole, ensureUser } from '../../platform/auth/auth.repo.js';
import { issueSignInLink } from '../../platform/auth/issue-sign-in-link.js';
import { createSignInRequestHandler } from '../../platform/auth/request-sign-in-link.js';
import { createWorker } from '../../platform/jobs/worker.js';
import { newId } from '../../platform/ids.js';
import { emptyCounts } from '../directory/organization-graph.js';
import { saveOrganizationGraph } from '../directory/save-organization-graph.js';
import { rebuildSearchIndex } from '../search/rebuild-search-index.js';
import { validActivity, validDraft } from './draft.fixture.js';
import { graphFromDraft } from './graph-from-draft.js';
import { loadPublishedDraft } from './load-published-draft.js';
import { findSubmission } from './submissions.repo.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';

let service: Service;
const db = () => service.database.db;

before(async () => {
  service = await createTestService();
});

after(async () => {
  await service.close();
});

/** A published organisation with two activities, maintained by `email`; returns its ids. */
async function publishedOrganisation(key: string, email: string) {
  const organizationId = newId();
  const draft = validDraft(key);
  draft.activities.push(validActivity(key, 1));
  await db()
    .transaction()
    .execute((trx) => saveOrganizationGraph({ db: trx, graph: graphFromDraft(draft, { organizationId, status: 'published', lastChecked: '2026-11-01' }), counts: emptyCounts() }));
  await rebuildSearchIndex({ db: db(), activityIds: draft.activities.map((a) => a.id) });
  const user = await ensureUser(db(), { id: newId(), email, lang: 'fi' });
  await addRole(db(), { userId: user.id, role: 'maintainer', scopeId: organizationId });
  return { organizationId, userId: user.id, activityIds: draft.activities.map((a) => a.id), draft };
}

async function signIn(email: string, ip: string): Promise<TestBrowser> {
  const browser = new TestBrowser(service.app, ip);
  const token = (await issueSignInLink({ db: db(), email }))!;
  const confirm = await browser.get(`/sign-in/${token}`);
  const res = await browser.post(`/sign-in/${token}`, {}, confirm.body);
  assert.equal(res.statusCode, 303);
  return browser;
}

async function indexed(activityIds: string[]): Promise<number> {
  const r = await db().selectFrom('search_document').select(sql<number>`count(*)::int`.as('n')).where('activity_id', 'in', activityIds).executeTakeFirstOrThrow();
  return r.n;
}

/** Rows of submissions and audit events: what starting an edit writes. */
async function writtenRows(organizationId: string): Promise<{ submissions: number; audit: number }> {
  const s = await db().selectFrom('submission').select(sql<number>`count(*)::int`.as('n')).where('organization_id', '=', organizationId).executeTakeFirstOrThrow();
  const a = await db().selectFrom('audit_event').select(sql<number>`count(*)::int`.as('n')).where('organization_id', '=', organizationId).executeTakeFirstOrThrow();
  return { submissions: s.n, audit: a.n };
}

test('starting an edit is a POST with CSRF: the GET of the edit URL (links, e-mails) writes nothing and shows the button', async () => {
  const org = await publishedOrganisation('g', 'get.ei.muuta@example.org');
  const browser = await signIn('get.ei.muuta@example.org', '203.0.113.60');
  const editUrl = `/my/organisations/${org.organizationId}/edit`;
  const before = await writtenRows(org.organizationId);

  // "Omat järjestöt" offers a button in a form that posts with the CSRF token, not a link.
  const my = await browser.get('/my/organisations');
  assert.doesNotMatch(my.body, new RegExp(`href="${editUrl}"`));
  assert.match(my.body, new RegExp(`<form method="post" action="${editUrl}"[^>]*>\\s*<input type="hidden" name="_csrf" value="[^"]+"/>\\s*<button type="submit"[^>]*>Muokkaa tietoja`));

  // The GET (a cross-site link, an e-mail's link, a prefetch) shows a page with the same button and writes nothing.
  const page = await browser.get(editUrl);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, new RegExp(`<form method="post" action="${editUrl}"`));
  assert.match(page.body, /<button type="submit"[^>]*>Muokkaa tietoja/);
  assert.match(page.body, /Testilän Vertaistuki ry g/);
  assert.deepEqual(await writtenRows(org.organizationId), before, 'GET writes no submission and no audit event');
  const sv = await browser.get(`/sv${editUrl}`);
  assert.match(sv.body, new RegExp(`action="/sv${editUrl}"`));
  assert.match(sv.body, /Redigera uppgifterna/);

  // A POST without the token is refused.
  const forged = await browser.post(editUrl, {});
  assert.equal(forged.statusCode, 403);
  assert.deepEqual(await writtenRows(org.organizationId), before, 'a POST without CSRF writes nothing');

  // With the token: the change is created (one submission, one audit event) and opened.
  const started = await browser.post(editUrl, {}, page.body);
  assert.equal(started.statusCode, 303);
  const draftUrl = String(started.headers.location);
  assert.match(draftUrl, /^\/my\/submissions\/[0-9a-f-]+$/);
  assert.deepEqual(await writtenRows(org.organizationId), { submissions: before.submissions + 1, audit: before.audit + 1 });

  // Now the GET leads to the open change, still writing nothing; a second POST resumes it too.
  const resumed = await browser.get(editUrl);
  assert.equal(resumed.statusCode, 303);
  assert.equal(resumed.headers.location, draftUrl);
  assert.equal((await browser.post(editUrl, {}, page.body)).headers.location, draftUrl);
  assert.deepEqual(await writtenRows(org.organizationId), { submissions: before.submissions + 1, audit: before.audit + 1 });
});

test('"Edit the data" opens a change pre-filled from the published data (resumed when open); the published version stays until approval', async () => {
  const org = await publishedOrganisation('e', 'muokkaaja@example.org');
  const browser = await signIn('muokkaaja@example.org', '203.0.113.10');
  const my = await browser.get('/my/organisations');
  assert.match(my.body, new RegExp(`action="/my/organisations/${org.organizationId}/edit"`));

  const edit = await browser.post(`/my/organisations/${org.organizationId}/edit`, {}, my.body);
  assert.equal(edit.statusCode, 303);
  const draftUrl = String(edit.headers.location);
  const id = draftUrl.split('/').pop()!;
  const submission = await findSubmission(db(), id);
  assert.equal(submission?.kind, 'change');
  assert.deepEqual(submission?.content, await loadPublishedDraft({ db: db(), organizationId: org.organizationId }));
  assert.equal((await browser.get(`/my/organisations/${org.organizationId}/edit`)).headers.location, draftUrl, 'the open change is resumed');

  const step = await browser.get(`${draftUrl}/organisation`);
  assert.match(step.body, /Tietojen muutos: Testilän Vertaistuki ry e/);
  const saved = await browser.post(`${draftUrl}/organisation`, { ...validDraft('e').organization, nameFi: 'Uusi nimi ry', action: 'next', acceptsNewParticipants: 'yes' } as unknown as Record<string, string>, step.body);
  assert.equal(saved.statusCode, 303);
  const card = await browser.get(`/organisations/${org.organizationId}`);
  assert.equal(card.statusCode, 200);
  assert.match(card.body, /Testilän Vertaistuki ry e/, 'the published name stays until approval');
  assert.doesNotMatch(card.body, /Uusi nimi ry/);
  assert.match(card.body, new RegExp(`href="/my/organisations/${org.organizationId}/edit"`), 'a maintainer sees the edit link on the card');
  const signedInHeader = await browser.get('/');
  assert.match(signedInHeader.body, /href="\/my\/organisations"/, 'the header links to My organisations');

  // Removing a published activity in a change asks for a reason and marks it for archiving on approval.
  const removeUrl = `${draftUrl}/activities/${org.activityIds[1]}/remove`;
  const confirm = await browser.get(removeUrl);
  assert.match(confirm.body, /name="reason"/);
  const noReason = await browser.post(removeUrl, { reason: ' ' }, confirm.body);
  assert.equal(noReason.statusCode, 400);
  assert.match(noReason.body, /class="error-summary"[^]*<a href="#reason">Kerro syy\.<\/a>/);
  assert.match(noReason.body, /<textarea id="reason" name="reason"[^>]*aria-invalid="true"/);
  assert.equal((await browser.post(removeUrl, { reason: 'Ryhmä on päättynyt.' }, confirm.body)).statusCode, 303);
  const content = (await findSubmission(db(), id))?.content as { activities: { id: string; archived?: { reason: string } }[] };
  assert.deepEqual(content.activities.find((a) => a.id === org.activityIds[1])?.archived, { reason: 'Ryhmä on päättynyt.' });

  // Someone who does not maintain it gets 404.
  await ensureUser(db(), { id: newId(), email: 'ulkopuolinen@example.org', lang: 'fi' });
  const outsider = await signIn('ulkopuolinen@example.org', '203.0.113.11');
  assert.equal((await outsider.get(`/my/organisations/${org.organizationId}/edit`)).statusCode, 404);
  assert.doesNotMatch((await outsider.get(`/organisations/${org.organizationId}`)).body, /\/edit"/);
  assert.equal((await outsider.get(draftUrl)).statusCode, 404);
});

test('a co-maintainer of the organisation can open its drafts; a returned submission shows the message and can be resubmitted', async () => {
  const org = await publishedOrganisation('r', 'palautus@example.org');
  const first = await signIn('palautus@example.org', '203.0.113.20');
  const draftUrl = String((await first.submit(`/my/organisations/${org.organizationId}/edit`, `/my/organisations/${org.organizationId}/edit`, {})).headers.location);
  const id = draftUrl.split('/').pop()!;
  const review = await first.get(`${draftUrl}/review`);
  assert.equal((await first.post(`${draftUrl}/submit`, {}, review.body)).statusCode, 303);
  await db().updateTable('submission').set({ status: 'returned', decision_message: 'Lisää ruotsinkielinen nimi.' }).where('id', '=', id).execute();

  const co = await ensureUser(db(), { id: newId(), email: 'toinen.yllapitaja@example.org', lang: 'fi' });
  await addRole(db(), { userId: co.id, role: 'maintainer', scopeId: org.organizationId });
  const second = await signIn('toinen.yllapitaja@example.org', '203.0.113.21');
  const page = await second.get(`${draftUrl}/organisation`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Pääkäyttäjä palautti tiedot täydennettäviksi/);
  assert.match(page.body, /Lisää ruotsinkielinen nimi\./);
  const fixed = await second.post(`${draftUrl}/organisation`, { ...validDraft('r').organization, nameSv: 'Testilä rf', action: 'next' } as unknown as Record<string, string>, page.body);
  assert.equal(fixed.statusCode, 303);
  const again = await second.get(`${draftUrl}/review`);
  assert.equal((await second.post(`${draftUrl}/submit`, {}, again.body)).statusCode, 303);
  const row = await findSubmission(db(), id);
  assert.equal(row?.status, 'awaiting_review');
  const audit = await db().selectFrom('audit_event').select(['action', 'from_state', 'to_state']).where('subject_id', '=', id).where('action', '=', 'submission.submit').orderBy('at').execute();
  assert.deepEqual(audit.map((a) => a.from_state), ['draft', 'returned']);
});

test('co-maintainers are added by e-mail (account created, invitation sent) and removed at once; the last one cannot be removed', async () => {
  const org = await publishedOrganisation('m', 'ainoa@example.org');
  const browser = await signIn('ainoa@example.org', '203.0.113.30');
  const url = `/my/organisations/${org.organizationId}/maintainers`;
  const page = await browser.get(url);
  assert.equal(page.statusCode, 200);
  assert.doesNotMatch(page.body, /name="userId"/, 'the only maintainer has no remove button');
  assert.match(page.body, /Viimeistä ylläpitäjää ei voi poistaa/);

  // The last one, forced: refused with a clear message.
  const last = await browser.post(`${url}/remove`, { userId: org.userId }, page.body);
  assert.equal(last.statusCode, 409);
  assert.match(last.body, /Viimeistä ylläpitäjää ei voi poistaa/);

  const bad = await browser.post(url, { email: 'ei osoite' }, page.body);
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /value="ei osoite"/);
  assert.match(bad.body, /<a href="#email">Kirjoita sähköpostiosoite muodossa nimi@example.org\.<\/a>/);
  assert.match(bad.body, /<title>Virhe: Ylläpitäjät/);
  const missing = await browser.post(url, { email: '' }, page.body);
  assert.equal(missing.statusCode, 400);
  assert.match(missing.body, /<a href="#email">Täytä tämä kenttä\.<\/a>/);

  const added = await browser.post(url, { email: 'Uusi.Yllapitaja@Example.org' }, page.body);
  assert.equal(added.statusCode, 303);
  const user = await db().selectFrom('app_user').select('id').where('email', '=', 'uusi.yllapitaja@example.org').executeTakeFirstOrThrow();
  const role = await db().selectFrom('user_role').select('role').where('user_id', '=', user.id).where('scope_id', '=', org.organizationId).execute();
  assert.deepEqual(role, [{ role: 'maintainer' }]);
  const invite = await db()
    .selectFrom('job')
    .select(sql<string>`payload->'params'->>'organizationName'`.as('name'))
    .where(sql<string>`payload->>'template'`, '=', 'maintainer-invitation')
    .where(sql<string>`payload->>'to'`, '=', 'uusi.yllapitaja@example.org')
    .execute();
  assert.deepEqual(invite, [{ name: 'Testilän Vertaistuki ry m' }]);

  const withTwo = await browser.get(url);
  assert.match(withTwo.body, /name="userId"/);
  const removed = await browser.post(`${url}/remove`, { userId: user.id }, withTwo.body);
  assert.equal(removed.statusCode, 303);
  assert.equal((await db().selectFrom('user_role').select('role').where('user_id', '=', user.id).execute()).length, 0);
  const audit = await db().selectFrom('audit_event').select('action').where('organization_id', '=', org.organizationId).where('subject_id', '=', user.id).orderBy('at').execute();
  assert.deepEqual(audit.map((a) => a.action), ['maintainer.add', 'maintainer.remove']);

  // A maintainer of another organisation gets 404 here.
  const other = await publishedOrganisation('o', 'muu@example.org');
  assert.ok(other);
  const outsider = await signIn('muu@example.org', '203.0.113.31');
  assert.equal((await outsider.get(url)).statusCode, 404);
  const own = await outsider.get(`/my/organisations/${other.organizationId}/maintainers`);
  assert.equal((await outsider.post(url, { email: 'hyokkaaja@example.org' }, own.body)).statusCode, 404);
  assert.equal((await outsider.post(`${url}/remove`, { userId: org.userId }, own.body)).statusCode, 404);
  assert.equal((await outsider.post(url, { email: 'hyokkaaja@example.org' })).statusCode, 403, 'no CSRF token');
});

test('archiving an activity or the organisation needs a reason, is audited and leaves search at once', async () => {
  const org = await publishedOrganisation('a', 'arkistoija@example.org');
  assert.equal(await indexed(org.activityIds), 2);
  const browser = await signIn('arkistoija@example.org', '203.0.113.40');

  const activityUrl = `/my/organisations/${org.organizationId}/activities/${org.activityIds[0]}/archive`;
  const confirm = await browser.get(activityUrl);
  assert.equal(confirm.statusCode, 200);
  const noReason = await browser.post(activityUrl, { reason: '' }, confirm.body);
  assert.equal(noReason.statusCode, 400);
  assert.match(noReason.body, /id="reason-error"/);
  assert.match(noReason.body, /<a href="#reason">Kerro syy\.<\/a>/);
  const tooLong = await browser.post(activityUrl, { reason: 'x'.repeat(1001) }, confirm.body);
  assert.equal(tooLong.statusCode, 400);
  assert.match(tooLong.body, /<a href="#reason">Teksti on liian pitkä\.<\/a>/);
  const unknown = `/my/organisations/${org.organizationId}/activities/${newId()}/archive`;
  assert.equal((await browser.get(unknown)).statusCode, 404);
  assert.equal((await browser.post(unknown, { reason: '' }, confirm.body)).statusCode, 404, 'an unknown activity is not found, reason or not');
  assert.equal(await indexed(org.activityIds), 2);
  assert.equal((await browser.post(activityUrl, { reason: 'Toiminta päättyi.' }, confirm.body)).statusCode, 303);
  assert.equal(await indexed([org.activityIds[0]!]), 0);
  assert.equal(await indexed([org.activityIds[1]!]), 1);
  const activity = await db().selectFrom('activity').select(['status', 'archived_reason']).where('id', '=', org.activityIds[0]!).executeTakeFirstOrThrow();
  assert.deepEqual(activity, { status: 'archived', archived_reason: 'Toiminta päättyi.' });

  // An open change is withdrawn with the organisation.
  const draftUrl = String((await browser.submit(`/my/organisations/${org.organizationId}/edit`, `/my/organisations/${org.organizationId}/edit`, {})).headers.location);
  const orgUrl = `/my/organisations/${org.organizationId}/archive`;
  const orgConfirm = await browser.get(orgUrl);
  assert.match(orgConfirm.body, /<textarea id="reason" name="reason"/);
  assert.equal((await browser.post(orgUrl, { reason: 'Yhdistys on lopettanut toimintansa.' }, orgConfirm.body)).statusCode, 303);
  assert.equal(await indexed(org.activityIds), 0);
  const row = await db().selectFrom('organization').select(['status', 'archived_reason']).where('id', '=', org.organizationId).executeTakeFirstOrThrow();
  assert.deepEqual(row, { status: 'archived', archived_reason: 'Yhdistys on lopettanut toimintansa.' });
  assert.equal((await findSubmission(db(), draftUrl.split('/').pop()!))?.status, 'withdrawn');
  const audit = await db().selectFrom('audit_event').select(['action', 'from_state', 'to_state']).where('organization_id', '=', org.organizationId).where('action', 'like', '%.archive').orderBy('at').execute();
  assert.deepEqual(audit, [
    { action: 'activity.archive', from_state: 'published', to_state: 'archived' },
    { action: 'organization.archive', from_state: 'published', to_state: 'archived' },
  ]);
  assert.equal((await browser.get(`/organisations/${org.organizationId}`)).statusCode, 404, 'the card is gone');

  const outsider = await publishedOrganisation('b', 'toinen.arkistoija@example.org');
  const other = await signIn('toinen.arkistoija@example.org', '203.0.113.41');
  const otherPage = await other.get(`/my/organisations/${outsider.organizationId}/archive`);
  assert.equal((await other.get(`/my/organisations/${org.organizationId}/archive`)).statusCode, 404);
  assert.equal((await other.post(`/my/organisations/${outsider.organizationId}/archive`, { reason: '' }, otherPage.body)).statusCode, 400);
  assert.equal((await other.post(`/my/organisations/${org.organizationId}/archive`, { reason: '' }, otherPage.body)).statusCode, 404, "another's organisation: not found, before any form error");
  assert.equal((await other.post(`/my/organisations/${org.organizationId}/activities/${org.activityIds[1]}/archive`, { reason: 'x' }, otherPage.body)).statusCode, 404);
});

test('the edit link of a reminder mail, opened signed out, leads through sign-in back to the edit page and its button', async () => {
  const org = await publishedOrganisation('n', 'paluu@example.org');
  const browser = new TestBrowser(service.app, '203.0.113.50');
  const edit = `/sv/my/organisations/${org.organizationId}/edit`;
  const first = await browser.get(edit);
  assert.equal(first.statusCode, 303);
  assert.equal(first.headers.location, `/sv/sign-in?next=${encodeURIComponent(edit)}`);
  const form = await browser.get(String(first.headers.location));
  assert.match(form.body, new RegExp(`name="next" value="${edit}"`));
  assert.equal((await browser.post('/sv/sign-in', { email: 'paluu@example.org', next: edit }, form.body)).statusCode, 303);
  // The account is looked up, and the link made, by the sign-in-request job.
  await createWorker({ db: db(), handlers: [createSignInRequestHandler({ cipher: service.app.deps.cipher })] }).runDue();
  const mail = await db()
    .selectFrom('job')
    .select([sql<string>`payload->'params'->>'token'`.as('token'), sql<string>`payload->'params'->>'next'`.as('next')])
    .where(sql<string>`payload->>'template'`, '=', 'sign-in-link')
    .where(sql<string>`payload->>'to'`, '=', 'paluu@example.org')
    .executeTakeFirstOrThrow();
  assert.equal(mail.next, edit);
  const confirm = await browser.get(`/sv/sign-in/${mail.token}?next=${encodeURIComponent(edit)}`);
  assert.match(confirm.body, new RegExp(`action="/sv/sign-in/${mail.token}\\?next=`));
  const signedIn = await browser.post(`/sv/sign-in/${mail.token}?next=${encodeURIComponent(edit)}`, {}, confirm.body);
  assert.equal(signedIn.headers.location, edit);
  const opened = await browser.get(edit);
  assert.equal(opened.statusCode, 200);
  assert.match(opened.body, /Redigera uppgifterna/);
  const started = await browser.post(edit, {}, opened.body);
  assert.match(String(started.headers.location), /^\/sv\/my\/submissions\//);

  // Anything but a maintainer's own page is ignored as a return address.
  const evil = await browser.get('/sign-in?next=%2F%2Fevil.example.org%2Fmy%2F');
  assert.doesNotMatch(evil.body, /name="next"/);
});
