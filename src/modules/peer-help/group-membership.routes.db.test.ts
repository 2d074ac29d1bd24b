import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestService } from '../../../tests/support/test-app.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import type { Service } from '../../boot.js';
import { ensureUser } from '../../platform/auth/auth.repo.js';
import { issueSignInLink } from '../../platform/auth/issue-sign-in-link.js';
import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { insertGroup, insertGroupMember, insertRequestDraft, moveRequest, updateRequestWhereWhen } from './peer-help.repo.js';
import { newRequestReference } from './request-reference.js';

/**
 * A group's members through HTTP: the owner takes a member off (asked once more first), a member leaves; from then on
 * they see neither the group nor its requests (list and direct URL); nobody else can do either (404), the owner
 * cannot leave their own group. PGlite and PostgreSQL.
 */

let service: Service;
let db: Database;
const EMAIL = { owner: 'omistaja.ryhma@example.org', removed: 'poistettava.ryhma@example.org', leaver: 'lahtija.ryhma@example.org', outsider: 'ulko.ryhma@example.org' };
const people: Record<keyof typeof EMAIL, { id: string; b: TestBrowser }> = {} as never;
let groupId: string;
const SUMMARY = 'Piirien yhteinen tiedote';

async function signedIn(email: string): Promise<{ id: string; b: TestBrowser }> {
  const user = await ensureUser(db, { id: newId(), email, lang: 'fi' });
  const token = (await issueSignInLink({ db, email }))!;
  const b = new TestBrowser(service.app);
  const confirm = await b.get(`/sign-in/${token}`);
  assert.equal((await b.post(`/sign-in/${token}`, { _csrf: TestBrowser.csrf(confirm.body) })).statusCode, 303);
  return { id: user.id, b };
}

before(async () => {
  service = await createTestService();
  db = service.database.db;
  for (const key of Object.keys(EMAIL) as (keyof typeof EMAIL)[]) people[key] = await signedIn(EMAIL[key]);
  groupId = newId();
  await insertGroup(db, { id: groupId, name: 'Esimerkkiliiton piirit', code: 'PIIRI9ZZ', ownerId: people.owner.id });
  await insertGroupMember(db, { groupId, email: EMAIL.removed, userId: people.removed.id });
  await insertGroupMember(db, { groupId, email: EMAIL.leaver, userId: null }); // added by address before they had an account
  const requestId = newId();
  await insertRequestDraft(db, { id: requestId, reference: newRequestReference(), requesterId: people.owner.id, organizationId: null, organisationName: 'Esimerkkiliitto ry', businessId: null, category: 'communications', summary: SUMMARY, details: '', accountingRef: '' });
  await updateRequestWhereWhen(db, requestId, { remote: true, municipalityCode: null, address: '', wishedTime: 'pian', hours: 1, groupId });
  await moveRequest(db, requestId, ['draft'], 'open');
});
after(async () => {
  await service?.close();
});

const groupUrl = () => `/peer-help/groups/${groupId}`;
async function seesRequest(b: TestBrowser): Promise<{ list: boolean; page: number }> {
  const list = (await b.get('/peer-help?all=yes')).body.includes(SUMMARY);
  const id = (await db.selectFrom('peer_help_request').select('id').where('summary', '=', SUMMARY).executeTakeFirstOrThrow()).id;
  return { list, page: (await b.get(`/peer-help/requests/${id}`)).statusCode };
}

test('the owner removes a member after confirming; the member no longer sees the group or its requests', async () => {
  const { owner, removed, outsider, leaver } = people;
  assert.deepEqual(await seesRequest(removed.b), { list: true, page: 200 });
  const page = await owner.b.get(groupUrl());
  assert.match(page.body, new RegExp(`aria-label="Poista jäsen ${EMAIL.removed}"`));

  // Nobody but the owner: 404, and nothing changes.
  assert.equal((await outsider.b.post(`${groupUrl()}/members/remove`, { email: EMAIL.removed, confirm: 'yes' }, (await outsider.b.get('/peer-help/groups')).body)).statusCode, 404);
  assert.equal((await leaver.b.post(`${groupUrl()}/members/remove`, { email: EMAIL.removed, confirm: 'yes' }, (await leaver.b.get(groupUrl())).body)).statusCode, 404, 'a member cannot remove another');
  assert.equal((await owner.b.post(`${groupUrl()}/members/remove`, { email: EMAIL.removed, confirm: 'yes' }, undefined)).statusCode, 403, 'CSRF');
  assert.equal((await owner.b.post(`/peer-help/groups/${newId()}/members/remove`, { email: EMAIL.removed }, page.body)).statusCode, 404);
  assert.equal((await owner.b.post(`${groupUrl()}/members/remove`, { email: 'ei-jasen@example.org', confirm: 'yes' }, page.body)).statusCode, 404, 'not a member');
  assert.equal((await owner.b.post(`${groupUrl()}/members/remove`, { email: 'ei osoite' }, page.body)).statusCode, 400);

  // Asked once more first.
  const ask = await owner.b.post(`${groupUrl()}/members/remove`, { email: EMAIL.removed }, page.body);
  assert.equal(ask.statusCode, 200);
  assert.match(ask.body, /Poistetaanko jäsen ryhmästä\?/);
  assert.match(ask.body, /name="confirm" value="yes"/);
  assert.deepEqual(await seesRequest(removed.b), { list: true, page: 200 }, 'nothing changed yet');
  const done = await owner.b.post(`${groupUrl()}/members/remove`, { email: EMAIL.removed, confirm: 'yes' }, ask.body);
  assert.equal(done.statusCode, 303);
  assert.equal(done.headers.location, `${groupUrl()}?done=removed`);
  assert.match((await owner.b.get(done.headers.location as string)).body, /Jäsen poistettiin ryhmästä/);

  assert.deepEqual(await seesRequest(removed.b), { list: false, page: 404 }, 'the removed member sees no request of the group');
  assert.equal((await removed.b.get(groupUrl())).statusCode, 404);
  assert.ok(!(await removed.b.get('/peer-help/groups')).body.includes('Esimerkkiliiton piirit'));
});

test('a member leaves after confirming (also one added by address); the owner cannot leave their group', async () => {
  const { owner, leaver, outsider } = people;
  assert.deepEqual(await seesRequest(leaver.b), { list: true, page: 200 });
  const page = await leaver.b.get(groupUrl());
  assert.match(page.body, /Lähde ryhmästä/);
  assert.equal((await outsider.b.post(`${groupUrl()}/leave`, { confirm: 'yes' }, (await outsider.b.get('/peer-help/groups')).body)).statusCode, 404);
  assert.equal((await owner.b.post(`${groupUrl()}/leave`, { confirm: 'yes' }, (await owner.b.get(groupUrl())).body)).statusCode, 404, 'the owner keeps the group');
  const ask = await leaver.b.post(`${groupUrl()}/leave`, {}, page.body);
  assert.equal(ask.statusCode, 200);
  assert.match(ask.body, /Lähdetäänkö ryhmästä\?/);
  const done = await leaver.b.post(`${groupUrl()}/leave`, { confirm: 'yes' }, ask.body);
  assert.equal(done.statusCode, 303);
  assert.equal(done.headers.location, '/peer-help/groups?done=left');
  assert.match((await leaver.b.get('/peer-help/groups?done=left')).body, /Lähdit ryhmästä/);
  assert.deepEqual(await seesRequest(leaver.b), { list: false, page: 404 });
  assert.equal((await db.selectFrom('peer_help_group_member').select('email').where('group_id', '=', groupId).execute()).length, 0);
  assert.deepEqual(await seesRequest(owner.b), { list: true, page: 200 }, 'the owner still sees it');
});
