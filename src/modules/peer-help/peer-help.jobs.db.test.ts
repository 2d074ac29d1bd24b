import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { ensureUser } from '../../platform/auth/auth.repo.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { isAppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { applyToRequest } from './apply-to-request.js';
import { closePastRequests } from './close-past-requests.js';
import { extendRequest } from './extend-request.js';
import { getRequestPage } from './get-request-page.js';
import { markConversationRead } from './mark-conversation-read.js';
import { insertGroup } from './peer-help.repo.js';
import type { Category } from './peer-help.schema.js';
import { postMessage } from './post-message.js';
import { publishRequest } from './publish-request.js';
import { newConversationCursor, readNewMessages } from './read-new-messages.js';
import { saveProfile } from './save-profile.js';
import { selectHelper } from './select-helper.js';
import { sendRequestDigests } from './send-request-digests.js';
import { sendRequesterReminders } from './send-requester-reminders.js';
import { sendUnreadNotices } from './send-unread-notices.js';
import { saveRequestWhereWhen, startRequest } from './write-request.js';

/**
 * Peer help's time-driven jobs on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL), with the test's
 * own clock: the daily digest, the reminder after two Finnish working days, the warning and closing past the
 * wished time (and "keep open"), and the batched unread notices with read tracking. Each job sends once, and
 * never to people who are not part of the request. Every test has its own database.
 */

const opened: TestDatabase[] = [];
after(async () => {
  for (const t of opened) await t.close();
});

async function fresh(): Promise<Database> {
  const t = await createTestDatabase();
  opened.push(t);
  return t.db;
}

async function person(db: Database, email: string, lang: SessionUser['lang'] = 'fi'): Promise<SessionUser> {
  const u = await ensureUser(db, { id: newId(), email, lang });
  return { id: u.id, email: u.email, lang, roles: [] };
}

async function profile(db: Database, user: SessionUser, options: { categories?: Category[]; notify?: 'none' | 'immediate' | 'daily' } = {}) {
  await saveProfile({
    db,
    user,
    input: { displayName: user.email.split('@')[0]!, municipality: '091', postalCode: '', distanceKm: 50, categories: options.categories ?? ['bookkeeping'], skills: '', languages: ['fi'], education: '', experience: '', description: '', videoUrl: '', linkedinUrl: '', showCv: false, currentOrganisation: '', notify: options.notify ?? 'none' },
  });
}

/** A published request, its publishing time set to `publishedAt` (the test clock). */
async function request(db: Database, requester: SessionUser, options: { summary?: string; category?: Category; wishedUntil?: string; groupCode?: string; publishedAt?: string } = {}): Promise<string> {
  const id = await startRequest({ db, user: requester, input: { category: options.category ?? 'bookkeeping', summary: options.summary ?? 'Apua tilinpäätökseen', details: '', accountingRef: '', organizationId: '', organisationName: 'Esimerkkiyhdistys ry', businessId: '' } });
  await saveRequestWhereWhen({ db, user: requester, id, input: { remote: true, municipality: '', address: '', wishedTime: 'toukokuussa', wishedUntil: options.wishedUntil ?? '', hours: 2, groupCode: options.groupCode ?? '' }, now: new Date('2027-01-01T10:00:00Z') });
  await publishRequest({ db, user: requester, id });
  await db.updateTable('peer_help_request').set({ published_at: new Date(options.publishedAt ?? '2027-01-04T10:00:00Z') }).where('id', '=', id).execute();
  return id;
}

/** The e-mails of one template queued so far, with their recipients and parameters. */
async function mails(db: Database, template: string): Promise<{ to: string; lang: string; params: Record<string, any> }[]> {
  const rows = await db
    .selectFrom('job')
    .select([sql<string>`payload->>'to'`.as('to'), sql<string>`payload->>'lang'`.as('lang'), sql<Record<string, any>>`payload->'params'`.as('params')])
    .where('name', '=', 'send-mail')
    .where(sql<string>`payload->>'template'`, '=', template)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows;
}

const code = (err: unknown) => (isAppError(err) ? err.code : String(err));
/** A Finnish local time (summer time from April to October; the tests keep away from the changes). */
const helsinki = (local: string) => new Date(`${local}${Number(local.slice(5, 7)) >= 4 && Number(local.slice(5, 7)) <= 10 ? '+03:00' : '+02:00'}`);

test('daily digest: one e-mail a day with the new matching requests since the last one; none when nothing new; never twice', async () => {
  const db = await fresh();
  const requester = await person(db, 'tilaaja@example.org');
  const daily = await person(db, 'paivittain@example.org', 'sv');
  const otherTopic = await person(db, 'markkinointi@example.org');
  const eager = await person(db, 'heti@example.org');
  await profile(db, daily, { notify: 'daily' });
  await profile(db, otherTopic, { notify: 'daily', categories: ['marketing'] });
  await profile(db, eager, { notify: 'immediate' });
  await profile(db, requester, { notify: 'daily' }); // never told of their own request
  await insertGroup(db, { id: newId(), name: 'Ryhmä', code: 'RYHMA123', ownerId: requester.id });

  const first = await request(db, requester, { summary: 'Ensimmäinen', publishedAt: '2027-03-01T10:00:00Z' });
  await request(db, requester, { summary: 'Ryhmän oma', groupCode: 'RYHMA123', publishedAt: '2027-03-01T11:00:00Z' });
  await request(db, requester, { summary: 'Liian vanha', publishedAt: '2027-02-20T11:00:00Z' });

  const twoWorkers = await Promise.all([sendRequestDigests({ db, now: helsinki('2027-03-02T07:00:00') }), sendRequestDigests({ db, now: helsinki('2027-03-02T07:00:01') })]);
  assert.equal(twoWorkers[0] + twoWorkers[1], 1, 'two workers at once: one e-mail (the profile rows are locked)');
  assert.equal(await sendRequestDigests({ db, now: helsinki('2027-03-02T07:00:05') }), 0, 'a re-run on the same day sends nothing');
  let digests = await mails(db, 'peer-help-digest');
  assert.deepEqual(digests.map((m) => [m.to, m.lang]), [['paivittain@example.org', 'sv']], 'in the recipient’s language; not to other topics, notices at once or the requester');
  assert.deepEqual(digests[0]!.params.requests.map((r: { requestId: string }) => r.requestId), [first], 'not a group’s request for a non-member, not one older than the digest');

  assert.equal(await sendRequestDigests({ db, now: helsinki('2027-03-03T07:00:00') }), 0, 'nothing new: no e-mail');
  const third = await request(db, requester, { summary: 'Kolmas', publishedAt: '2027-03-03T09:00:00Z' });
  assert.equal(await sendRequestDigests({ db, now: helsinki('2027-03-04T07:00:00') }), 1);
  digests = await mails(db, 'peer-help-digest');
  assert.equal(digests.length, 2);
  assert.deepEqual(digests[1]!.params.requests.map((r: { requestId: string }) => r.requestId), [third], 'only what is new since the last digest');
});

test('reminder after 2 Finnish working days without an answer: Itsenäisyyspäivä and the weekend do not count; sent once, to the requester only', async () => {
  const db = await fresh();
  const requester = await person(db, 'tilaaja@example.org');
  const helper = await person(db, 'auttaja@example.org');
  const chosen = await person(db, 'valittu@example.org');
  await profile(db, helper);
  await profile(db, chosen);
  const waiting = await request(db, requester, { summary: 'Odottaa vastausta' });
  const answered = await request(db, requester, { summary: 'Valittu jo' });
  const talked = await request(db, requester, { summary: 'Keskusteltu' });
  for (const id of [waiting, answered, talked]) await applyToRequest({ db, user: id === answered ? chosen : helper, id, message: 'Voin auttaa' });
  const page = await getRequestPage({ db, user: requester, id: answered });
  await selectHelper({ db, user: requester, id: answered, applicationId: page.applicants[0]!.id });
  await postMessage({ db, user: requester, id: talked, body: 'Kiitos, palaan asiaan' });
  // Applied on Thursday 2.12.2027; Friday 3.12. is the first working day, Monday 6.12. is Independence Day.
  await db.updateTable('peer_help_application').set({ created_at: helsinki('2027-12-02T14:00:00') }).execute();

  assert.equal(await sendRequesterReminders({ db, now: helsinki('2027-12-04T07:20:00') }), 0, 'Saturday: not a working day');
  assert.equal(await sendRequesterReminders({ db, now: helsinki('2027-12-07T07:20:00') }), 0, 'Tuesday: only Friday has passed (Monday was a holiday)');
  const wednesday = helsinki('2027-12-08T07:20:00');
  const both = await Promise.all([sendRequesterReminders({ db, now: wednesday }), sendRequesterReminders({ db, now: wednesday })]);
  assert.equal(both[0] + both[1], 1, 'Wednesday: Friday and Tuesday have passed; two workers at once send one');
  assert.equal(await sendRequesterReminders({ db, now: helsinki('2027-12-09T07:20:00') }), 0, 'once');
  const reminders = await mails(db, 'peer-help-reminder');
  assert.deepEqual(reminders.map((m) => [m.to, m.params.requestId, m.params.workingDays]), [['tilaaja@example.org', waiting, 2]]);
});

test('past the wished time: warned the day after, closed a week after the warning; applicants thanked; once', async () => {
  const db = await fresh();
  const requester = await person(db, 'tilaaja@example.org');
  const helper = await person(db, 'auttaja@example.org');
  await profile(db, helper);
  const dated = await request(db, requester, { summary: 'Päivätty', wishedUntil: '2027-05-10' });
  const freeText = await request(db, requester, { summary: 'Vapaa teksti' });
  await applyToRequest({ db, user: helper, id: dated, message: 'Voin auttaa' });

  assert.deepEqual(await closePastRequests({ db, now: helsinki('2027-05-10T23:00:00') }), { warned: 0, closed: 0 }, 'the last wished day itself is still wished');
  assert.deepEqual(await closePastRequests({ db, now: helsinki('2027-05-11T07:20:00') }), { warned: 1, closed: 0 });
  assert.deepEqual(await closePastRequests({ db, now: helsinki('2027-05-12T07:20:00') }), { warned: 0, closed: 0 }, 'warned once');
  const [warning] = await mails(db, 'peer-help-expiry-warning');
  assert.equal(warning!.to, 'tilaaja@example.org');
  assert.deepEqual([warning!.params.requestId, warning!.params.wishedUntil, warning!.params.closesOn, warning!.params.days], [dated, '2027-05-10', '2027-05-18', 7]);

  assert.deepEqual(await closePastRequests({ db, now: helsinki('2027-05-17T07:20:00') }), { warned: 0, closed: 0 }, 'six days after the warning: still open');
  assert.deepEqual(await closePastRequests({ db, now: helsinki('2027-05-18T07:20:00') }), { warned: 0, closed: 1 });
  assert.deepEqual(await closePastRequests({ db, now: helsinki('2027-05-19T07:20:00') }), { warned: 0, closed: 0 }, 'closed once');
  const status = async (id: string) => (await db.selectFrom('peer_help_request').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
  assert.equal(await status(dated), 'closed');
  assert.equal(await status(freeText), 'open', 'a free-text wish is never closed');
  assert.deepEqual((await mails(db, 'peer-help-closed')).map((m) => m.to), ['tilaaja@example.org']);
  assert.deepEqual((await mails(db, 'peer-help-closed-applicant')).map((m) => m.to), ['auttaja@example.org']);
  assert.equal((await getRequestPage({ db, user: requester, id: dated })).can.extend, false, 'a closed request cannot be kept open');
});

test('keep open: a new last wished day stops the closing; only the requester side, never a past day', async () => {
  const db = await fresh();
  const requester = await person(db, 'tilaaja@example.org');
  const helper = await person(db, 'auttaja@example.org');
  const id = await request(db, requester, { wishedUntil: '2027-05-10' });
  assert.deepEqual(await closePastRequests({ db, now: helsinki('2027-05-11T07:20:00') }), { warned: 1, closed: 0 });
  const now = helsinki('2027-05-12T12:00:00');
  await assert.rejects(extendRequest({ db, user: helper, id, wishedUntil: '2027-06-30', now }), (e) => code(e) === 'NOT_FOUND');
  await assert.rejects(extendRequest({ db, user: requester, id, wishedUntil: '2027-05-11', now }), (e) => code(e) === 'BAD_REQUEST');
  await extendRequest({ db, user: requester, id, wishedUntil: '2027-06-30', now });
  assert.deepEqual(await closePastRequests({ db, now: helsinki('2027-05-18T07:20:00') }), { warned: 0, closed: 0 }, 'kept open: not closed, not warned again');
  assert.equal((await getRequestPage({ db, user: requester, id })).request.wishedUntil, '2027-06-30');
  assert.deepEqual(await closePastRequests({ db, now: helsinki('2027-07-01T07:20:00') }), { warned: 1, closed: 0 }, 'past the new day: a new warning');
  assert.equal((await mails(db, 'peer-help-expiry-warning')).length, 2);
});

test('unread notices: two messages, one e-mail; not again without new messages; reading stops the next; only the participants', async () => {
  const db = await fresh();
  const requester = await person(db, 'tilaaja@example.org');
  const helper = await person(db, 'auttaja@example.org', 'en');
  const notChosen = await person(db, 'ei-valittu@example.org');
  await person(db, 'ulkopuolinen@example.org');
  await profile(db, helper);
  await profile(db, notChosen);
  const id = await request(db, requester);
  await applyToRequest({ db, user: helper, id, message: 'Voin auttaa' });
  await applyToRequest({ db, user: notChosen, id, message: 'Minäkin' });
  const applicant = (await getRequestPage({ db, user: requester, id })).applicants.find((a) => a.helperId === helper.id)!;
  await selectHelper({ db, user: requester, id, applicationId: applicant.id });

  /** Posts a message and sets its time on the test clock. */
  const say = async (user: SessionUser, body: string, at: string) => {
    await postMessage({ db, user, id, body });
    await db.updateTable('peer_help_message').set({ created_at: new Date(at) }).where('body', '=', body).execute();
  };
  await say(requester, 'Tervetuloa mukaan, salainen sisältö', '2027-06-01T10:00:00Z');
  await say(requester, 'Toinen viesti', '2027-06-01T10:01:00Z');

  const batch = await Promise.all([sendUnreadNotices({ db, now: new Date('2027-06-01T10:15:00Z') }), sendUnreadNotices({ db, now: new Date('2027-06-01T10:15:00Z') })]);
  assert.equal(batch[0] + batch[1], 1, 'two messages, one e-mail, even with two workers at once');
  assert.equal(await sendUnreadNotices({ db, now: new Date('2027-06-01T10:30:00Z') }), 0, 'nothing new since the notice');
  let notices = await mails(db, 'peer-help-unread');
  assert.deepEqual(notices.map((m) => [m.to, m.lang]), [['auttaja@example.org', 'en']], 'the selected helper only: not the writer, not an applicant not chosen, not an outsider');
  assert.deepEqual(notices[0]!.params.requests.map((r: { requestId: string; unread: number }) => [r.requestId, r.unread]), [[id, 2]]);
  assert.ok(!JSON.stringify(notices[0]!.params).includes('salainen'), 'never a message’s text');

  await say(requester, 'Kolmas viesti', '2027-06-01T10:40:00Z');
  assert.equal(await sendUnreadNotices({ db, now: new Date('2027-06-01T10:45:00Z') }), 1, 'a new message after the notice');
  notices = await mails(db, 'peer-help-unread');
  assert.deepEqual(notices[1]!.params.requests.map((r: { unread: number }) => r.unread), [3], 'still three unread');

  await say(requester, 'Neljäs viesti', '2027-06-01T10:50:00Z');
  const seen = (await getRequestPage({ db, user: helper, id })).messages!;
  await markConversationRead({ db, user: helper, id, upTo: seen.at(-1)!.createdAt }); // the helper opens the page
  assert.equal(await sendUnreadNotices({ db, now: new Date('2027-06-01T11:00:00Z') }), 0, 'read before the batch: no notice');

  await markConversationRead({ db, user: notChosen, id, upTo: seen.at(-1)!.createdAt }); // not a participant: nothing stored
  assert.equal((await db.selectFrom('peer_help_read').select('user_id').where('user_id', '=', notChosen.id).execute()).length, 0);

  await say(helper, 'Kiitos, aloitan huomenna', '2027-06-01T11:05:00Z');
  assert.equal(await sendUnreadNotices({ db, now: new Date('2027-06-01T11:15:00Z') }), 1);
  notices = await mails(db, 'peer-help-unread');
  assert.deepEqual(notices.slice(2).map((m) => [m.to, m.params.requests[0].unread]), [['tilaaja@example.org', 1]], 'the requester: the helper’s one message');
  assert.equal(notices.length, 3);

  // Delivered live (Server-Sent Events) into the helper's open page: read, so no notice.
  const last = (await getRequestPage({ db, user: helper, id })).messages!.at(-1)!;
  await say(requester, 'Viides viesti', '2027-06-01T11:20:00Z');
  const live = await readNewMessages({ db, user: helper, id, cursor: newConversationCursor(last.id) });
  assert.deepEqual(live.messages.map((m) => m.body), ['Viides viesti']);
  assert.equal(await sendUnreadNotices({ db, now: new Date('2027-06-01T11:30:00Z') }), 0);
});
