import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestService } from '../../../tests/support/test-app.js';
import { newestToken, TestBrowser } from '../../../tests/support/test-browser.js';
import type { Service } from '../../boot.js';
import { ensureUser } from '../../platform/auth/auth.repo.js';
import { issueSignInLink } from '../../platform/auth/issue-sign-in-link.js';
import { createPlatformAdmin } from '../../platform/auth/create-platform-admin.js';
import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { insertGroup, insertGroupMember } from './peer-help.repo.js';

/**
 * Peer help through HTTP: joining by link, profiles (links validated), a request in three steps with its
 * confirmation e-mail, finding requests by interest, distance and filters, applying and selecting (final), the
 * conversation (selected helpers only, links safe), done → approve → feedback once (shown on the profile), groups'
 * requests hidden from non-members, cancelling. PGlite and PostgreSQL.
 */

let service: Service;
let db: Database;
let requester: TestBrowser;
let kuopio: TestBrowser; // helper at home in Kuopio, 50 km
let helsinki: TestBrowser; // helper at home in Helsinki, 50 km
let outsider: TestBrowser; // signed in, has a profile, never part of the request
let remoteId: string;
/** The test clock (AppDeps.now) when a test sets it; the real time otherwise. */
let clock: Date | undefined;
let onSiteId: string;

const EMAIL = { requester: 'tilaaja.vertaisapu@example.org', kuopio: 'auttaja.kuopio@example.org', helsinki: 'auttaja.helsinki@example.org', outsider: 'ulkopuolinen@example.org' };

async function signedIn(email: string): Promise<TestBrowser> {
  await ensureUser(db, { id: newId(), email, lang: 'fi' });
  const token = (await issueSignInLink({ db, email }))!;
  const b = new TestBrowser(service.app);
  const confirm = await b.get(`/sign-in/${token}`);
  assert.equal((await b.post(`/sign-in/${token}`, { _csrf: TestBrowser.csrf(confirm.body) })).statusCode, 303);
  return b;
}

/** Posts a form with the browser's own CSRF token (taken from its profile page). */
async function act(b: TestBrowser, url: string, fields: Record<string, string>) {
  return b.post(url, fields, (await b.get('/peer-help/profile')).body);
}

async function mails(template: string, to?: string): Promise<Record<string, unknown>[]> {
  let q = db
    .selectFrom('job')
    .select(sql<Record<string, unknown>>`payload->'params'`.as('params'))
    .where('name', '=', 'send-mail')
    .where(sql<string>`payload->>'template'`, '=', template);
  if (to) q = q.where(sql<string>`payload->>'to'`, '=', to);
  return (await q.execute()).map((r) => r.params);
}

const profile = (name: string, municipality: string, extra: Record<string, string> = {}): [string, string][] => [
  ['displayName', name],
  ['municipality', municipality],
  ['distanceKm', '50'],
  ['categories', 'bookkeeping'],
  ['categories', 'communications'],
  ['languages', 'fi'],
  ['skills', 'Tilinpäätökset'],
  ['description', 'Autan mielelläni.'],
  ...Object.entries(extra),
];

async function postRequest(b: TestBrowser, step1: Record<string, string>, step2: Record<string, string>): Promise<string> {
  const r1 = await b.submit('/peer-help/requests/new', '/peer-help/requests/new', step1);
  assert.equal(r1.statusCode, 303, r1.body);
  const id = /\/peer-help\/requests\/([0-9a-f-]{36})\/step\/2$/.exec(r1.headers.location as string)![1]!;
  const r2 = await b.submit(`/peer-help/requests/${id}/step/2`, `/peer-help/requests/${id}/step/2`, step2);
  assert.equal(r2.statusCode, 303, r2.body);
  assert.equal(r2.headers.location, `/peer-help/requests/${id}/step/3`);
  const r3 = await b.submit(`/peer-help/requests/${id}/step/3`, `/peer-help/requests/${id}/publish`, {});
  assert.equal(r3.statusCode, 303);
  return id;
}

before(async () => {
  service = await createTestService({ now: () => clock ?? new Date() });
  db = service.database.db;
  kuopio = await signedIn(EMAIL.kuopio);
  helsinki = await signedIn(EMAIL.helsinki);
  outsider = await signedIn(EMAIL.outsider);
  for (const [b, name, m] of [
    [kuopio, 'Kaisa Kuopiosta', '297'],
    [helsinki, 'Heikki Helsingistä', '091'],
    [outsider, 'Ulla Ulkopuolinen', '091'],
  ] as const) {
    const res = await b.submit('/peer-help/profile', '/peer-help/profile', profile(name, m));
    assert.equal(res.statusCode, 303, res.body);
  }
});
after(async () => {
  await service?.close();
});

test('anonymous: /peer-help introduces and offers joining; the header says "Vertaisapu"; the rest asks to sign in', async () => {
  const b = new TestBrowser(service.app);
  const page = await b.get('/peer-help');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /href="\/peer-help\/join"/);
  assert.match(page.body, /id="peer-help-link"[^>]*>Vertaisapu|>Vertaisapu</);
  assert.match((await b.get('/sv/peer-help')).body, /Kamrathjälp/);
  const res = await b.get('/peer-help/requests/new');
  assert.equal(res.statusCode, 303);
  assert.match(res.headers.location as string, /^\/sign-in/);
});

test('joining by an e-mailed link creates the account, signs in and leads to the profile', async () => {
  const b = new TestBrowser(service.app);
  const res = await b.submit('/peer-help/join', '/peer-help/join', { email: EMAIL.requester });
  assert.equal(res.headers.location, '/peer-help/join/sent');
  assert.equal((await b.post('/peer-help/join', { email: 'ei osoite' }, (await b.get('/peer-help/join')).body)).statusCode, 400);
  const token = await newestToken(db, 'peer-help-join-link', EMAIL.requester);
  const confirm = await b.get(`/peer-help/join/${token}`);
  assert.equal(confirm.statusCode, 200);
  const opened = await b.post(`/peer-help/join/${token}`, {}, confirm.body);
  assert.equal(opened.statusCode, 303);
  assert.equal(opened.headers.location, '/peer-help/profile');
  assert.ok(await db.selectFrom('app_user').select('id').where('email', '=', EMAIL.requester).executeTakeFirst());
  assert.equal((await b.get('/peer-help/profile')).statusCode, 200);
  assert.equal((await b.get(`/peer-help/join/${token}`)).statusCode, 410, 'used once');
  requester = b;
});

test('profile: video and LinkedIn links must be YouTube / Vimeo / LinkedIn; a language is required; the preview shows what others see', async () => {
  const bad = await requester.submit('/peer-help/profile', '/peer-help/profile', profile('Tiina Tilaaja', '', { videoUrl: 'https://example.org/video', linkedinUrl: 'javascript:alert(1)', postalCode: '' }).filter(([k]) => k !== 'languages'));
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /Anna YouTube- tai Vimeo-linkki/);
  assert.match(bad.body, /Anna LinkedIn-profiilin linkki/);
  assert.match(bad.body, /Valitse vähintään yksi kieli/);
  assert.match(bad.body, /Anna kotikunta tai postinumero/);
  assert.match(bad.body, /value="Tiina Tilaaja"/, 'input kept');
  const unknownPostcode = await requester.submit('/peer-help/profile', '/peer-help/profile', profile('Tiina Tilaaja', '', { postalCode: '00000' }));
  assert.equal(unknownPostcode.statusCode, 400);
  const ok = await requester.submit('/peer-help/profile', '/peer-help/profile', profile('Tiina Tilaaja', '', { postalCode: '70100', videoUrl: 'https://www.youtube.com/watch?v=abc', linkedinUrl: 'https://www.linkedin.com/in/tiina-esimerkki', education: 'Tradenomi' }));
  assert.equal(ok.statusCode, 303, ok.body);
  const page = await requester.get('/peer-help/profile?done=profile');
  assert.match(page.body, /Profiilisi, joka näkyy tilauksissa/);
  assert.match(page.body, /Kotikunta: 70100 Kuopio/, 'the postal code sets the municipality');
  assert.match(page.body, /CV ei ole näkyvissä/, 'the CV part is hidden unless shared');
});

test('a request in three steps: errors next to the fields, a check page 3/3, the confirmation e-mail with its reference', async () => {
  const r1 = await requester.submit('/peer-help/requests/new', '/peer-help/requests/new', { category: 'ei-kategoria', summary: '' });
  assert.equal(r1.statusCode, 400);
  assert.match(r1.body, /Valitse kategoria/);
  assert.match(r1.body, /Kirjoita lyhyt kuvaus/);
  const ok = await requester.submit('/peer-help/requests/new', '/peer-help/requests/new', { category: 'bookkeeping', summary: 'Tilinpäätöksen valmistelu', details: 'Lainsäädäntö muuttui.', organisationName: 'Esimerkkiyhdistys ry', businessId: '1234567-8' });
  const id = /requests\/([0-9a-f-]{36})\/step\/2/.exec(ok.headers.location as string)![1]!;
  const step2Page = await requester.get(`/peer-help/requests/${id}/step/2`);
  assert.match(step2Page.body, /Vaihe 2\/3/);
  assert.match(step2Page.body, /id="remote"[^>]*checked|checked[^>]*id="remote"/, 'remote is recommended');
  const bad = await requester.post(`/peer-help/requests/${id}/step/2`, { wishedTime: '', hours: '0,4' }, step2Page.body);
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /vähintään 0,5/);
  assert.match(bad.body, /Valitse kunta, tai merkitse/);
  assert.equal((await requester.post(`/peer-help/requests/${id}/step/2`, { remote: 'yes', wishedTime: 'tämän viikon aikana', hours: '3' }, step2Page.body)).statusCode, 303);
  const check = await requester.get(`/peer-help/requests/${id}/step/3`);
  assert.match(check.body, /Vaihe 3\/3/);
  assert.match(check.body, /Esimerkkiyhdistys ry/);
  assert.equal((await kuopio.get(`/peer-help/requests/${id}`)).statusCode, 404, 'a draft is its writer’s only');
  assert.equal((await kuopio.get(`/peer-help/requests/${id}/step/3`)).statusCode, 404);
  const published = await requester.post(`/peer-help/requests/${id}/publish`, {}, check.body);
  assert.equal(published.statusCode, 303);
  const [mail] = await mails('peer-help-request-confirmation', EMAIL.requester);
  assert.ok(mail);
  assert.match(String(mail.reference), /^VA-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  assert.equal(mail.category, 'bookkeeping');
  const page = await requester.get(published.headers.location as string);
  assert.match(page.body, new RegExp(`vahvistus tunnuksella ${mail.reference}`, 'i'));
  remoteId = id;
});

test('finding: interest and remote for everyone interested; on site within the helper’s distance; filters', async () => {
  onSiteId = await postRequest(
    requester,
    { category: 'bookkeeping', summary: 'Kassakirjan läpikäynti paikan päällä', organisationName: 'Esimerkkiyhdistys ry' },
    { municipality: '297', address: 'Kauppakatu 1', wishedTime: 'ensi maanantaina klo 10–12', hours: '2' },
  );
  const k = (await kuopio.get('/peer-help')).body;
  assert.ok(k.includes('Tilinpäätöksen valmistelu') && k.includes('Kassakirjan läpikäynti'), 'Kuopio: remote and on-site nearby');
  const h = (await helsinki.get('/peer-help')).body;
  assert.ok(h.includes('Tilinpäätöksen valmistelu'), 'Helsinki: the remote one');
  assert.ok(!h.includes('Kassakirjan läpikäynti'), 'Helsinki: Kuopio is beyond 50 km');
  assert.ok((await helsinki.get('/peer-help?all=yes')).body.includes('Kassakirjan läpikäynti'), 'all visible requests on asking');
  assert.ok(!(await kuopio.get('/peer-help?remote=yes')).body.includes('Kassakirjan läpikäynti'));
  assert.ok(!(await kuopio.get('/peer-help?category=marketing')).body.includes('Tilinpäätöksen valmistelu'));
  const byMunicipality = (await kuopio.get('/peer-help?municipality=297')).body;
  assert.ok(byMunicipality.includes('Kassakirjan läpikäynti') && !byMunicipality.includes('Tilinpäätöksen valmistelu'));
  assert.equal((await kuopio.get('/peer-help?category=<script>&municipality=x')).statusCode, 200, 'bad filters are ignored');
});

test('applying and selecting: past feedback shown, "haluatko valita useampia", a selection cannot be undone by a crafted request', async () => {
  assert.equal((await act(kuopio, `/peer-help/requests/${remoteId}/apply`, { message: '' })).statusCode, 400);
  assert.equal((await act(kuopio, `/peer-help/requests/${remoteId}/apply`, { message: 'Olen tehnyt tilinpäätöksiä kymmenen vuotta.' })).statusCode, 303);
  assert.equal((await act(helsinki, `/peer-help/requests/${remoteId}/apply`, { message: 'Voin auttaa etänä.' })).statusCode, 303);
  assert.equal((await act(helsinki, `/peer-help/requests/${remoteId}/apply`, { message: 'Uudestaan.' })).statusCode, 409, 'once');
  assert.equal((await act(requester, `/peer-help/requests/${remoteId}/apply`, { message: 'Oma.' })).statusCode, 409, 'not on one’s own');
  assert.equal((await mails('peer-help-application', EMAIL.requester)).length, 2);
  const apps = await db.selectFrom('peer_help_application').select(['id', 'helper_id']).where('request_id', '=', remoteId).orderBy('created_at').execute();
  const kuopioApp = apps[0]!.id;
  const helsinkiApp = apps[1]!.id;

  const page = await requester.get(`/peer-help/requests/${remoteId}`);
  assert.match(page.body, /Kaisa Kuopiosta/);
  assert.match(page.body, /Heikki Helsingistä/);
  assert.match(page.body, /Olen tehnyt tilinpäätöksiä/);
  assert.ok(!(await helsinki.get(`/peer-help/requests/${remoteId}`)).body.includes('Olen tehnyt tilinpäätöksiä'), 'helpers do not see each other’s applications');

  assert.equal((await act(kuopio, `/peer-help/requests/${remoteId}/select`, { application: kuopioApp })).statusCode, 404, 'a helper cannot select');
  const selected = await act(requester, `/peer-help/requests/${remoteId}/select`, { application: kuopioApp });
  assert.equal(selected.statusCode, 303);
  assert.match((await requester.get(selected.headers.location as string)).body, /Haluatko valita useampia\?/);
  assert.equal((await mails('peer-help-selected', EMAIL.kuopio)).length, 1);
  // Crafted requests: selecting again, or sending a status, never unselects.
  assert.equal((await act(requester, `/peer-help/requests/${remoteId}/select`, { application: kuopioApp })).statusCode, 409);
  await act(requester, `/peer-help/requests/${remoteId}/select`, { application: kuopioApp, status: 'applied' } as Record<string, string>);
  assert.equal((await act(requester, `/peer-help/requests/${remoteId}/select`, { application: newId() })).statusCode, 404);
  const row = await db.selectFrom('peer_help_application').select('status').where('id', '=', kuopioApp).executeTakeFirstOrThrow();
  assert.equal(row.status, 'selected');
  assert.equal((await requester.get(`/peer-help/requests/${remoteId}`)).body.match(/Valitse tekijäksi: Kaisa/), null, 'no button for the selected');
  assert.ok(helsinkiApp);
});

test('conversation: the requester side and the selected helper only; links clickable, HTML shown as text', async () => {
  const page = await requester.get(`/peer-help/requests/${remoteId}`);
  const sent = await act(requester, `/peer-help/requests/${remoteId}/messages`, { body: 'Tervetuloa! Ohjeet: https://example.org/ohje <script>alert(1)</script>' });
  assert.equal(sent.statusCode, 303);
  const k = await kuopio.get(`/peer-help/requests/${remoteId}`);
  assert.match(k.body, /<a href="https:\/\/example.org\/ohje" rel="noopener noreferrer nofollow ugc">/);
  assert.ok(!k.body.includes('<script>alert(1)'), 'escaped');
  assert.match(k.body, /&lt;script>alert\(1\)|&lt;script&gt;alert\(1\)/);
  assert.equal((await act(kuopio, `/peer-help/requests/${remoteId}/messages`, { body: 'Kiitos, soitan huomenna.' })).statusCode, 303);
  assert.match((await requester.get(`/peer-help/requests/${remoteId}`)).body, /Kiitos, soitan huomenna/);
  const h = await helsinki.get(`/peer-help/requests/${remoteId}`);
  assert.equal(h.statusCode, 200);
  assert.ok(!h.body.includes('Kiitos, soitan huomenna') && !h.body.includes('conversation-title'), 'an applicant not selected reads no conversation');
  assert.equal((await act(helsinki, `/peer-help/requests/${remoteId}/messages`, { body: 'Saanko lukea?' })).statusCode, 404);
  assert.equal((await act(outsider, `/peer-help/requests/${remoteId}/messages`, { body: 'Hei' })).statusCode, 404);
  assert.equal((await db.selectFrom('peer_help_message').select('id').where('request_id', '=', remoteId).execute()).length, 2);
});

test('filled: the others are thanked; done by the selected helper, approved by the requester; feedback once, only by the parties, shown on profiles', async () => {
  const page = await requester.get(`/peer-help/requests/${remoteId}`);
  assert.equal((await act(requester, `/peer-help/requests/${remoteId}/fill`, {})).statusCode, 303);
  assert.equal((await mails('peer-help-thanks', EMAIL.helsinki)).length, 1);
  assert.equal((await mails('peer-help-thanks', EMAIL.kuopio)).length, 0);
  assert.equal((await act(requester, `/peer-help/requests/${remoteId}/select`, { application: (await db.selectFrom('peer_help_application').select('id').where('request_id', '=', remoteId).where('status', '=', 'not_chosen').executeTakeFirstOrThrow()).id })).statusCode, 409, 'no selection after filling');

  assert.equal((await act(helsinki, `/peer-help/requests/${remoteId}/done`, {})).statusCode, 404, 'not a selected helper');
  assert.equal((await act(requester, `/peer-help/requests/${remoteId}/approve`, {})).statusCode, 409, 'not done yet');
  const feedbackEarly = await act(kuopio, `/peer-help/requests/${remoteId}/feedback`, { to: (await requesterId()), rating: '5', comment: 'Hyvä' });
  assert.equal(feedbackEarly.statusCode, 409, 'no feedback before approval');
  assert.equal((await act(kuopio, `/peer-help/requests/${remoteId}/done`, {})).statusCode, 303);
  assert.equal((await mails('peer-help-done', EMAIL.requester)).length, 1);
  assert.equal((await act(requester, `/peer-help/requests/${remoteId}/approve`, {})).statusCode, 303);

  const kuopioId = await userId(EMAIL.kuopio);
  const reqId = await requesterId();
  assert.equal((await act(outsider, `/peer-help/requests/${remoteId}/feedback`, { to: kuopioId, rating: '1', comment: 'Huono' })).statusCode, 409, 'not a party');
  assert.equal((await act(helsinki, `/peer-help/requests/${remoteId}/feedback`, { to: reqId, rating: '1', comment: 'Huono' })).statusCode, 409, 'not chosen: not a party');
  assert.equal((await act(requester, `/peer-help/requests/${remoteId}/feedback`, { to: await userId(EMAIL.helsinki), rating: '1', comment: 'x' })).statusCode, 409, 'only to selected helpers');
  assert.equal((await act(requester, `/peer-help/requests/${remoteId}/feedback`, { to: kuopioId, rating: '9' })).statusCode, 400);
  assert.equal((await act(requester, `/peer-help/requests/${remoteId}/feedback`, { to: kuopioId, rating: '5', comment: 'Selkeät neuvot, kiitos!' })).statusCode, 303);
  assert.equal((await act(requester, `/peer-help/requests/${remoteId}/feedback`, { to: kuopioId, rating: '1', comment: 'Toinen kerta' })).statusCode, 409, 'never twice');
  assert.equal((await act(kuopio, `/peer-help/requests/${remoteId}/feedback`, { to: reqId, rating: '4', comment: 'Hyvin valmisteltu tehtävä.' })).statusCode, 303);
  assert.equal((await act(kuopio, `/peer-help/requests/${remoteId}/feedback`, { to: reqId, rating: '4', comment: 'Uudestaan' })).statusCode, 409);
  assert.equal((await db.selectFrom('peer_help_feedback').select('id').where('request_id', '=', remoteId).execute()).length, 2);

  const profileId = (await db.selectFrom('peer_help_profile').select('id').where('user_id', '=', kuopioId).executeTakeFirstOrThrow()).id;
  const profilePage = await outsider.get(`/peer-help/profiles/${profileId}`);
  assert.equal(profilePage.statusCode, 200);
  assert.match(profilePage.body, /Selkeät neuvot, kiitos!/);
  assert.match(profilePage.body, /Tehdyt tehtävät: 1/);
  assert.equal((await new TestBrowser(service.app).get(`/peer-help/profiles/${profileId}`)).statusCode, 303, 'profiles are for signed-in people');

  // A comment is reported by anyone signed in and hidden by a platform administrator only.
  const feedbackId = (await db.selectFrom('peer_help_feedback').select('id').where('to_user_id', '=', kuopioId).executeTakeFirstOrThrow()).id;
  await createPlatformAdmin({ db, email: 'alusta.vertaisapu@example.org' });
  assert.equal((await act(outsider, `/peer-help/feedback/${feedbackId}/report`, {})).statusCode, 303);
  assert.equal((await mails('peer-help-feedback-reported', 'alusta.vertaisapu@example.org')).length, 1);
  assert.equal((await act(outsider, `/peer-help/feedback/${feedbackId}/hide`, {})).statusCode, 404);
  assert.match((await outsider.get(`/peer-help/profiles/${profileId}`)).body, /Selkeät neuvot, kiitos!/);
  const admin = await signedIn('alusta.vertaisapu@example.org');
  assert.match((await admin.get(`/peer-help/profiles/${profileId}`)).body, /Piilota kommentti/);
  assert.equal((await admin.post(`/peer-help/feedback/${feedbackId}/hide`, {}, (await admin.get(`/peer-help/profiles/${profileId}`)).body)).statusCode, 303);
  assert.ok(!(await outsider.get(`/peer-help/profiles/${profileId}`)).body.includes('Selkeät neuvot, kiitos!'), 'hidden');
});

test('a group’s request is invisible to non-members: list and direct URL; a member sees it', async () => {
  const groupId = newId();
  await insertGroup(db, { id: groupId, name: 'Esimerkkiliiton piirit', code: 'PIIRI7QX', ownerId: await requesterId() });
  await insertGroupMember(db, { groupId, email: EMAIL.kuopio, userId: await userId(EMAIL.kuopio) });
  const badCode = await requester.submit('/peer-help/requests/new', '/peer-help/requests/new', { category: 'communications', summary: 'Kuvien muokkaus', organisationName: 'Esimerkkiyhdistys ry' });
  const draft = /requests\/([0-9a-f-]{36})\//.exec(badCode.headers.location as string)![1]!;
  const wrong = await requester.submit(`/peer-help/requests/${draft}/step/2`, `/peer-help/requests/${draft}/step/2`, { remote: 'yes', wishedTime: 'pian', hours: '1', groupCode: 'XXXXXXXX' });
  assert.equal(wrong.statusCode, 400);
  const id = await postRequest(requester, { category: 'communications', summary: 'Valokuvien muokkaus piireille', organisationName: 'Esimerkkiyhdistys ry' }, { remote: 'yes', wishedTime: 'pian', hours: '1', groupCode: 'piiri7qx' });
  assert.ok((await kuopio.get('/peer-help')).body.includes('Valokuvien muokkaus piireille'));
  assert.equal((await kuopio.get(`/peer-help/requests/${id}`)).statusCode, 200);
  assert.ok(!(await helsinki.get('/peer-help')).body.includes('Valokuvien muokkaus piireille'));
  assert.ok(!(await helsinki.get('/peer-help?all=yes')).body.includes('Valokuvien muokkaus piireille'));
  assert.equal((await helsinki.get(`/peer-help/requests/${id}`)).statusCode, 404);
  const page = await kuopio.get(`/peer-help/requests/${id}`);
  assert.equal((await act(helsinki, `/peer-help/requests/${id}/apply`, { message: 'Haluan' })).statusCode, 404);
});

test('cancelling is the requester’s only, and tells every applicant', async () => {
  const page = await kuopio.get(`/peer-help/requests/${onSiteId}`);
  assert.equal((await act(kuopio, `/peer-help/requests/${onSiteId}/apply`, { message: 'Tulen paikalle.' })).statusCode, 303);
  assert.equal((await act(kuopio, `/peer-help/requests/${onSiteId}/cancel`, {})).statusCode, 404);
  assert.equal((await act(requester, `/peer-help/requests/${onSiteId}/cancel`, {})).statusCode, 303);
  const cancelled = await mails('peer-help-cancelled', EMAIL.kuopio);
  assert.equal(cancelled.length, 1);
  assert.match((await kuopio.get('/peer-help')).body, /Kassakirjan läpikäynti paikan päällä<\/a> \(Haettu, Peruttu\)/, 'only among the helper’s own applications');
  assert.equal((await db.selectFrom('peer_help_request').select('status').where('id', '=', onSiteId).executeTakeFirstOrThrow()).status, 'cancelled');
});

async function userId(email: string): Promise<string> {
  return (await db.selectFrom('app_user').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
}
async function requesterId(): Promise<string> {
  return userId(EMAIL.requester);
}

test('groups: created with a code (5 chosen + 3 random), members added by e-mail and invited, the 31st refused; seen by members only; a member posts for the group by its code', async () => {
  const bad = await requester.submit('/peer-help/groups', '/peer-help/groups', { name: '', codePrefix: 'ab' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /Kirjoita ryhmän nimi/);
  assert.match(bad.body, /Anna koodin alku/);
  const created = await requester.submit('/peer-help/groups', '/peer-help/groups', { name: 'Esimerkkiliiton jäsenyhdistykset', codePrefix: 'liito' });
  assert.equal(created.statusCode, 303);
  const groupUrl = (created.headers.location as string).replace(/\?.*$/, '');
  const group = await db.selectFrom('peer_help_group').select(['id', 'code']).where('name', '=', 'Esimerkkiliiton jäsenyhdistykset').executeTakeFirstOrThrow();
  assert.match(group.code, /^LIITO[0-9A-HJ-NP-Z]{3}$/);
  assert.equal(groupUrl, `/peer-help/groups/${group.id}`);

  assert.equal((await requester.submit(groupUrl, `${groupUrl}/members`, { email: EMAIL.helsinki })).statusCode, 303);
  assert.equal((await mails('peer-help-group-invitation', EMAIL.helsinki)).length, 1);
  for (let i = 1; i < 30; i++) assert.equal((await act(requester, `${groupUrl}/members`, { email: `jasen${i}@example.org` })).statusCode, 303);
  const full = await requester.submit(groupUrl, `${groupUrl}/members`, { email: 'jasen31@example.org' });
  assert.equal(full.statusCode, 400, 'the 31st is refused');
  assert.match(full.body, /Ryhmässä on jo 30 jäsentä/);
  assert.match(full.body, /value="jasen31@example.org"/, 'input kept');
  assert.equal((await db.selectFrom('peer_help_group_member').select('email').where('group_id', '=', group.id).execute()).length, 30);

  assert.equal((await outsider.get(groupUrl)).statusCode, 404, 'not a member');
  assert.equal((await act(outsider, `${groupUrl}/members`, { email: 'x@example.org' })).statusCode, 404);
  const asMember = await helsinki.get(groupUrl);
  assert.equal(asMember.statusCode, 200);
  assert.ok(!asMember.body.includes('jasen1@example.org'), 'members do not see each other’s addresses');
  assert.equal((await act(helsinki, `${groupUrl}/members`, { email: 'y@example.org' })).statusCode, 404, 'only the owner adds');
  assert.match((await helsinki.get('/peer-help/groups')).body, /Esimerkkiliiton jäsenyhdistykset/);

  const id = await postRequest(helsinki, { category: 'marketing', summary: 'Jäsenkirjeen markkinointi', organisationName: 'Helsingin esimerkkiyhdistys ry' }, { remote: 'yes', wishedTime: 'ensi kuussa', hours: '1', groupCode: group.code });
  assert.equal((await outsider.get(`/peer-help/requests/${id}`)).statusCode, 404);
  assert.equal((await requester.get(`/peer-help/requests/${id}`)).statusCode, 200, 'the owner sees the group’s requests');
});

test('statistics: requests, hours and completed by category, region and month, counts only, also as CSV', async () => {
  const page = await new TestBrowser(service.app).get('/peer-help/statistics');
  assert.equal(page.statusCode, 200);
  // bookkeeping: the remote request (3 h, approved) and the cancelled on-site one (2 h) in Kuopio, Pohjois-Savo.
  assert.match(page.body, /<th scope="row">Kirjanpito ja talous<\/th><td>2<\/td><td>5<\/td><td>1<\/td>/);
  assert.match(page.body, /<th scope="row">Pohjois-Savo<\/th><td>1<\/td><td>2<\/td><td>0<\/td>/);
  assert.match(page.body, /mediaani/);
  assert.ok(!page.body.includes('Tilinpäätöksen valmistelu') && !page.body.includes('Esimerkkiyhdistys'), 'no request or organisation named');
  const csv = await new TestBrowser(service.app).get('/en/peer-help/statistics.csv');
  assert.match(String(csv.headers['content-type']), /^text\/csv/);
  assert.match(csv.body, /By topic;Bookkeeping and finance;2;5;1\r\n/);
});

test('keep open: the last wished day in step 2 and the requester side’s new day (errors next to the field, value kept); others get 404; viewing the page marks the conversation read', async () => {
  clock = new Date('2027-05-12T09:00:00Z');
  try {
    const r1 = await requester.submit('/peer-help/requests/new', '/peer-help/requests/new', { category: 'bookkeeping', summary: 'Päivätty pyyntö', organisationName: 'Esimerkkiyhdistys ry' });
    const id = /requests\/([0-9a-f-]{36})\/step\/2/.exec(r1.headers.location as string)![1]!;
    const step2 = await requester.get(`/peer-help/requests/${id}/step/2`);
    assert.match(step2.body, /type="date"[^>]*name="wishedUntil"|name="wishedUntil"[^>]*type="date"/);
    const past = await requester.post(`/peer-help/requests/${id}/step/2`, { remote: 'yes', wishedTime: 'toukokuussa', wishedUntil: '2027-05-01', hours: '1' }, step2.body);
    assert.equal(past.statusCode, 400);
    assert.match(past.body, /ei voi olla menneisyydessä/);
    assert.match(past.body, /value="2027-05-01"/);
    assert.equal((await requester.post(`/peer-help/requests/${id}/step/2`, { remote: 'yes', wishedTime: 'toukokuussa', wishedUntil: '2027-05-31', hours: '1' }, step2.body)).statusCode, 303);
    assert.equal((await requester.submit(`/peer-help/requests/${id}/step/3`, `/peer-help/requests/${id}/publish`, {})).statusCode, 303);

    const page = await requester.get(`/peer-help/requests/${id}`);
    assert.match(page.body, /Viimeinen toivottu päivä/);
    assert.match(page.body, /id="extend-title"/);
    assert.ok(!(await kuopio.get(`/peer-help/requests/${id}`)).body.includes('id="extend-title"'), 'helpers see no keep-open form');
    const bad = await act(requester, `/peer-help/requests/${id}/extend`, { wishedUntil: '2027-05-11' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /ei voi olla menneisyydessä/);
    assert.match(bad.body, /value="2027-05-11"/);
    assert.equal((await act(requester, `/peer-help/requests/${id}/extend`, { wishedUntil: 'huomenna' })).statusCode, 400);
    const ok = await act(requester, `/peer-help/requests/${id}/extend`, { wishedUntil: '2027-06-30' });
    assert.equal(ok.statusCode, 303);
    assert.match((await requester.get(ok.headers.location as string)).body, /Pyyntö pysyy avoinna/);
    assert.equal((await act(kuopio, `/peer-help/requests/${id}/extend`, { wishedUntil: '2027-07-31' })).statusCode, 404);
    assert.equal((await act(outsider, `/peer-help/requests/${id}/extend`, { wishedUntil: '2027-07-31' })).statusCode, 404);
    const row = await db.selectFrom('peer_help_request').select('wished_until').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.wished_until, '2027-06-30');
  } finally {
    clock = undefined;
  }
  // The selected helper of the remote request has opened its page since the requester’s message: read up to it.
  const kuopioId = (await db.selectFrom('app_user').select('id').where('email', '=', EMAIL.kuopio).executeTakeFirstOrThrow()).id;
  const read = await db.selectFrom('peer_help_read').select('read_up_to').where('request_id', '=', remoteId).where('user_id', '=', kuopioId).executeTakeFirst();
  const newestByOthers = await db.selectFrom('peer_help_message').select((eb) => eb.fn.max('created_at').as('t')).where('request_id', '=', remoteId).where('author_id', '!=', kuopioId).executeTakeFirstOrThrow();
  assert.ok(read?.read_up_to && read.read_up_to >= (newestByOthers.t as Date), 'read up to the newest message shown');
  const outsiderId = (await db.selectFrom('app_user').select('id').where('email', '=', EMAIL.outsider).executeTakeFirstOrThrow()).id;
  assert.equal((await db.selectFrom('peer_help_read').select('user_id').where('user_id', '=', outsiderId).execute()).length, 0, 'nothing stored for those who may not read');
});
