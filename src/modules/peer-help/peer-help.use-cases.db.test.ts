import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { ensureUser } from '../../platform/auth/auth.repo.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { isAppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { applyToRequest } from './apply-to-request.js';
import { addDemoPeerHelp } from './demo-peer-help.js';
import { getRequestPage } from './get-request-page.js';
import { giveFeedback } from './give-feedback.js';
import { listOpenRequests, matchesProfile } from './list-open-requests.js';
import { municipalityDistanceKm } from './peer-help-places.js';
import { insertGroup, insertGroupMember } from './peer-help.repo.js';
import { isLinkedInUrl, isVideoUrl } from './peer-help.schema.js';
import { publishRequest } from './publish-request.js';
import { saveProfile } from './save-profile.js';
import { selectHelper } from './select-helper.js';
import { saveRequestWhereWhen, startRequest } from './write-request.js';

/** The use cases without HTTP, on a real database: each refuses by itself what the policy forbids. */

let t: TestDatabase;
let requester: SessionUser;
let helper: SessionUser;
let other: SessionUser;

async function person(email: string, roles: SessionUser['roles'] = []): Promise<SessionUser> {
  const u = await ensureUser(t.db, { id: newId(), email, lang: 'fi' });
  return { id: u.id, email: u.email, lang: 'fi', roles };
}

async function helperProfile(user: SessionUser, municipality: string) {
  await saveProfile({ db: t.db, user, input: { displayName: user.email, municipality, postalCode: '', distanceKm: 50, categories: ['bookkeeping'], skills: '', languages: ['fi'], education: '', experience: '', description: '', videoUrl: '', linkedinUrl: '', showCv: false, currentOrganisation: '', notify: 'none' } });
}

async function openRequest(groupCode = ''): Promise<string> {
  const id = await startRequest({ db: t.db, user: requester, input: { category: 'bookkeeping', summary: 'Apua kirjanpitoon', details: '', accountingRef: '', organizationId: '', organisationName: 'Esimerkkiyhdistys ry', businessId: '' } });
  await saveRequestWhereWhen({ db: t.db, user: requester, id, input: { remote: true, municipality: '', address: '', wishedTime: 'pian', wishedUntil: '', hours: 1, groupCode } });
  await publishRequest({ db: t.db, user: requester, id });
  return id;
}

const code = (err: unknown) => (isAppError(err) ? err.code : String(err));

before(async () => {
  t = await createTestDatabase();
  requester = await person('tilaaja@example.org');
  helper = await person('auttaja@example.org');
  other = await person('toinen@example.org');
  await helperProfile(helper, '297');
  await helperProfile(other, '091');
});
after(async () => {
  await t?.close();
});

test('distance from municipality centres; remote matches regardless of distance; links of the profile', () => {
  const km = municipalityDistanceKm('091', '297')!;
  assert.ok(km > 300 && km < 360, `Helsinki–Kuopio ${km}`);
  assert.ok(municipalityDistanceKm('297', '749')! < 30, 'Kuopio–Siilinjärvi');
  assert.ok(municipalityDistanceKm('297', '420') !== null, 'a municipality without its own centre falls back to its region’s');
  const profile = { categories: ['bookkeeping'], municipalityCode: '091', distanceKm: 50 } as Parameters<typeof matchesProfile>[1];
  assert.equal(matchesProfile({ category: 'bookkeeping', remote: true, municipalityCode: null }, profile), true);
  assert.equal(matchesProfile({ category: 'bookkeeping', remote: false, municipalityCode: '297' }, profile), false);
  assert.equal(matchesProfile({ category: 'bookkeeping', remote: false, municipalityCode: '049' }, profile), true);
  assert.equal(matchesProfile({ category: 'marketing', remote: true, municipalityCode: null }, profile), false);
  assert.ok(isVideoUrl('https://youtu.be/abc') && isVideoUrl('https://vimeo.com/123') && !isVideoUrl('http://youtube.com/x') && !isVideoUrl('https://youtube.com.evil.example/x'));
  assert.ok(isLinkedInUrl('https://fi.linkedin.com/in/esimerkki') && !isLinkedInUrl('https://linkedin.com.evil.example/in/x') && !isLinkedInUrl('javascript:alert(1)'));
});

test('selectHelper: only the requester side, never twice; the selection stays', async () => {
  const id = await openRequest();
  await applyToRequest({ db: t.db, user: helper, id, message: 'Autan' });
  const page = await getRequestPage({ db: t.db, user: requester, id });
  const applicationId = page.applicants[0]!.id;
  await assert.rejects(selectHelper({ db: t.db, user: helper, id, applicationId }), (e) => code(e) === 'NOT_FOUND');
  await selectHelper({ db: t.db, user: requester, id, applicationId });
  await assert.rejects(selectHelper({ db: t.db, user: requester, id, applicationId }), (e) => code(e) === 'CONFLICT');
  assert.equal((await getRequestPage({ db: t.db, user: requester, id })).applicants[0]!.status, 'selected');
  assert.notEqual((await getRequestPage({ db: t.db, user: helper, id })).messages, null, 'the selected helper reads the conversation');
  assert.equal((await getRequestPage({ db: t.db, user: other, id })).messages, null, 'others do not');
});

test('giveFeedback: only after approval, only by the parties, once', async () => {
  const id = await openRequest();
  await assert.rejects(giveFeedback({ db: t.db, user: other, id, to: requester.id, rating: 5, comment: '' }), (e) => code(e) === 'CONFLICT');
  await assert.rejects(giveFeedback({ db: t.db, user: requester, id, to: helper.id, rating: 5, comment: '' }), (e) => code(e) === 'CONFLICT', 'not approved, not selected');
});

test('a group’s request: invisible to non-members in the list and by id; the code must be one of the requester’s groups', async () => {
  const groupId = newId();
  await insertGroup(t.db, { id: groupId, name: 'Ryhmä', code: 'RYHMA123', ownerId: requester.id });
  await insertGroupMember(t.db, { groupId, email: helper.email, userId: null });
  const id = await openRequest('RYHMA123');
  const draft = await startRequest({ db: t.db, user: other, input: { category: 'bookkeeping', summary: 'x', details: '', accountingRef: '', organizationId: '', organisationName: 'Toinen ry', businessId: '' } });
  await assert.rejects(saveRequestWhereWhen({ db: t.db, user: other, id: draft, input: { remote: true, municipality: '', address: '', wishedTime: 'pian', wishedUntil: '', hours: 1, groupCode: 'RYHMA123' } }), (e) => code(e) === 'BAD_REQUEST');
  const all = { all: 'yes' as const };
  assert.ok((await listOpenRequests({ db: t.db, user: helper, filters: all })).requests.some((r) => r.id === id), 'a member by address');
  assert.ok(!(await listOpenRequests({ db: t.db, user: other, filters: all })).requests.some((r) => r.id === id));
  await assert.rejects(getRequestPage({ db: t.db, user: other, id }), (e) => code(e) === 'NOT_FOUND');
  await assert.rejects(applyToRequest({ db: t.db, user: other, id, message: 'x' }), (e) => code(e) === 'NOT_FOUND');
});

test('the demo data loads, twice without change', async () => {
  await addDemoPeerHelp(t.db);
  await addDemoPeerHelp(t.db);
  const rows = await t.db.selectFrom('peer_help_request').select(['category', 'status']).where('reference', 'like', 'VA-DEM0-%').execute();
  assert.equal(rows.length, 6);
  assert.ok(new Set(rows.map((r) => r.category)).size >= 4);
  const emails = await t.db.selectFrom('app_user').select('email').where('email', 'like', '%vertaisapu.demo.invalid').execute();
  assert.equal(emails.length, 5);
});

test('publishing tells the helpers who asked for notices at once and whom it matches, not the others', async () => {
  const eager = await person('heti@example.org');
  await saveProfile({ db: t.db, user: eager, input: { displayName: 'Heti', municipality: '091', postalCode: '', distanceKm: 10, categories: ['bookkeeping'], skills: '', languages: ['fi'], education: '', experience: '', description: '', videoUrl: '', linkedinUrl: '', showCv: false, currentOrganisation: '', notify: 'immediate' } });
  const noticesTo = async (email: string) =>
    (await t.db.selectFrom('job').select('id').where('name', '=', 'send-mail').where(sql<string>`payload->>'template'`, '=', 'peer-help-new-request').where(sql<string>`payload->>'to'`, '=', email).execute()).length;
  await openRequest(); // remote bookkeeping: matches at any distance
  assert.equal(await noticesTo('heti@example.org'), 1);
  assert.equal(await noticesTo(helper.email), 0, 'notices off');
  const groupId = newId();
  await insertGroup(t.db, { id: groupId, name: 'Toinen ryhmä', code: 'TOINE123', ownerId: requester.id });
  await openRequest('TOINE123');
  assert.equal(await noticesTo('heti@example.org'), 1, 'not a member of the group: no notice');
});
