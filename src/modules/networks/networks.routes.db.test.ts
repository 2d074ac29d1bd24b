import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestService } from '../../../tests/support/test-app.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import type { Service } from '../../boot.js';
import { addRole } from '../../platform/auth/auth.repo.js';
import { createPlatformAdmin } from '../../platform/auth/create-platform-admin.js';
import { issueSignInLink } from '../../platform/auth/issue-sign-in-link.js';
import type { Database } from '../../platform/db/database.js';
import { translator } from '../../platform/i18n/i18n.js';
import { insertRegion } from '../regions/regions.repo.js';
import { fx, loadSearchFixture } from '../search/search.fixture.js';
import { networkJoinDecisionMail } from './network-join-decision.mail.js';
import { addTestNetwork } from './networks.fixture.js';

/**
 * Cooperation networks: who creates and edits them (the region's administrators only), who asks to join (a maintainer,
 * for their own organisation only), who decides (the coordinator's maintainers or the region's administrators), the
 * e-mail to the asker in their language, the member's card; PGlite and PostgreSQL.
 */

let service: Service;
let db: Database;
let platform: TestBrowser;
let savo: TestBrowser; // regional administrator of Pohjois-Savo
let hame: TestBrowser; // regional administrator of Kanta-Häme
let omaiset: TestBrowser; // maintainer of Kuopion Omaishoitajat (A)
let mieli: TestBrowser; // maintainer of Mielenterveysseura Esimerkki (B), the coordinator of `network`
let network: string;

const EMAIL = {
  platform: 'verkostot.alusta@example.org',
  savo: 'verkostot.savo@example.org',
  hame: 'verkostot.hame@example.org',
  omaiset: 'verkostot.omaiset@example.org',
  mieli: 'verkostot.mieli@example.org',
};

async function signedIn(email: string): Promise<TestBrowser> {
  const token = (await issueSignInLink({ db, email }))!;
  const b = new TestBrowser(service.app);
  const confirm = await b.get(`/sign-in/${token}`);
  assert.equal((await b.post(`/sign-in/${token}`, { _csrf: TestBrowser.csrf(confirm.body) })).statusCode, 303);
  return b;
}

async function userWithRole(email: string, role: 'regional_admin' | 'maintainer', scopeId: string, lang: 'fi' | 'sv' = 'fi'): Promise<void> {
  const user = await createPlatformAdmin({ db, email, lang });
  await db.deleteFrom('user_role').where('user_id', '=', user.id).execute();
  await addRole(db, { userId: user.id, role, scopeId });
}

before(async () => {
  service = await createTestService();
  db = service.database.db;
  await loadSearchFixture(db);
  await insertRegion(db, { id: 'kanta-hame', nameFi: 'Kanta-Häme', nameSv: 'Egentliga Tavastland', nameEn: 'Kanta-Häme', introFi: '', introSv: '', introEn: '', accentColor: null, logoText: '', municipalityCodes: ['109'] });
  await createPlatformAdmin({ db, email: EMAIL.platform });
  await userWithRole(EMAIL.savo, 'regional_admin', 'pohjois-savo');
  await userWithRole(EMAIL.hame, 'regional_admin', 'kanta-hame');
  await userWithRole(EMAIL.omaiset, 'maintainer', fx.org.omaiset, 'sv');
  await userWithRole(EMAIL.mieli, 'maintainer', fx.org.mieli);
  [platform, savo, hame, omaiset, mieli] = await Promise.all([signedIn(EMAIL.platform), signedIn(EMAIL.savo), signedIn(EMAIL.hame), signedIn(EMAIL.omaiset), signedIn(EMAIL.mieli)]);
  network = await addTestNetwork(db, { key: 'kuopio', regionId: 'pohjois-savo', coordinatorId: fx.org.mieli, nameFi: 'Kuopion järjestöverkosto' });
});
after(async () => {
  await service?.close();
});

const get = (url: string) => service.app.inject({ method: 'GET', url });
const nameOf = async (id: string) => (await db.selectFrom('network').select('name_fi').where('id', '=', id).executeTakeFirstOrThrow()).name_fi;
const NETWORK_FIELDS = { nameFi: 'Savon omaisverkosto', nameSv: 'Savolax anhörignätverk', descriptionFi: 'Omaisjärjestöjen yhteistyö.', howToJoinFi: 'Pyydä liittymistä.', meetingsFi: 'Joka toinen kuukausi.' };

test('a regional administrator of Kanta-Häme cannot create or edit Pohjois-Savo’s networks; Pohjois-Savo’s own can', async () => {
  assert.equal((await hame.get('/regions/pohjois-savo/networks/new')).statusCode, 403);
  assert.equal((await hame.get(`/regions/pohjois-savo/networks/${network}/edit`)).statusCode, 403);
  const csrf = (await hame.get('/regions/kanta-hame/networks/new')).body;
  const edit = await hame.post(`/regions/pohjois-savo/networks/${network}/edit`, { ...NETWORK_FIELDS, coordinator: fx.org.mieli }, csrf);
  assert.equal(edit.statusCode, 403);
  const create = await hame.post('/regions/pohjois-savo/networks', { ...NETWORK_FIELDS, coordinator: fx.org.mieli }, csrf);
  assert.equal(create.statusCode, 403);
  // Through its own region's address, another region's network is not found.
  assert.equal((await hame.get(`/regions/kanta-hame/networks/${network}/edit`)).statusCode, 404);
  assert.equal((await hame.post(`/regions/kanta-hame/networks/${network}/edit`, { ...NETWORK_FIELDS, coordinator: fx.org.mieli }, csrf)).statusCode, 404);
  assert.equal(await nameOf(network), 'Kuopion järjestöverkosto');
  assert.equal((await db.selectFrom('network').select('id').where('name_fi', '=', NETWORK_FIELDS.nameFi).execute()).length, 0);
  // Maintainers are not administrators.
  assert.equal((await mieli.get(`/regions/pohjois-savo/networks/${network}/edit`)).statusCode, 403);
  assert.match((await savo.get(`/regions/pohjois-savo/networks/${network}`)).body, /Muokkaa verkostoa/);
  assert.doesNotMatch((await hame.get(`/regions/pohjois-savo/networks/${network}`)).body, /Muokkaa verkostoa/);
});

test('Pohjois-Savo’s administrator creates a network (errors next to the fields, input kept), edits it and removes a member', async () => {
  const bad = await savo.submit('/regions/pohjois-savo/networks/new', '/regions/pohjois-savo/networks', { nameSv: 'Bara svenska', coordinator: 'ei-uuid' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /id="nameFi-error"[^>]*>Kirjoita verkoston nimi suomeksi/);
  assert.match(bad.body, /id="coordinator-error"[^>]*>Valitse koordinoiva järjestö luettelosta/);
  assert.match(bad.body, /value="Bara svenska"/);
  // An organisation not active in the region (Helsinki only) cannot coordinate: made up for the test by moving B's seat.
  const closed = await savo.submit('/regions/pohjois-savo/networks/new', '/regions/pohjois-savo/networks', { ...NETWORK_FIELDS, coordinator: fx.org.closed });
  assert.equal(closed.statusCode, 400, 'an archived organisation is no choice');

  const ok = await savo.submit('/regions/pohjois-savo/networks/new', '/regions/pohjois-savo/networks', { ...NETWORK_FIELDS, coordinator: fx.org.omaiset });
  assert.equal(ok.statusCode, 303);
  const id = /\/regions\/pohjois-savo\/networks\/([0-9a-f-]{36})\?done=created$/.exec(ok.headers.location as string)?.[1];
  assert.ok(id, String(ok.headers.location));
  const members = await db.selectFrom('network_member').select('organization_id').where('network_id', '=', id).execute();
  assert.deepEqual(members.map((m) => m.organization_id), [fx.org.omaiset], 'the coordinator is the first member');
  const page = await savo.get(`/regions/pohjois-savo/networks/${id}?done=created`);
  assert.match(page.body, /Verkosto luotiin\./);
  assert.match(page.body, /<h1>Savon omaisverkosto<\/h1>/);
  assert.match((await get(`/sv/regions/pohjois-savo/networks/${id}`)).body, /<h1>Savolax anhörignätverk<\/h1>/);

  // The coordinator cannot be removed; another member can.
  await db.insertInto('network_member').values({ network_id: id, organization_id: fx.org.mieli }).execute();
  const refuse = await savo.submit(`/regions/pohjois-savo/networks/${id}/edit`, `/regions/pohjois-savo/networks/${id}/edit`, { ...NETWORK_FIELDS, coordinator: fx.org.omaiset, remove: fx.org.omaiset });
  assert.equal(refuse.statusCode, 400);
  assert.match(refuse.body, /Koordinoivaa järjestöä ei voi poistaa/);
  const saved = await savo.submit(`/regions/pohjois-savo/networks/${id}/edit`, `/regions/pohjois-savo/networks/${id}/edit`, { ...NETWORK_FIELDS, nameFi: 'Savon omaisverkosto 2', coordinator: fx.org.omaiset, remove: fx.org.mieli });
  assert.equal(saved.statusCode, 303);
  assert.equal(await nameOf(id), 'Savon omaisverkosto 2');
  assert.deepEqual((await db.selectFrom('network_member').select('organization_id').where('network_id', '=', id).execute()).map((m) => m.organization_id), [fx.org.omaiset]);
  const audit = await db.selectFrom('audit_event').select('action').where('subject_id', '=', id).orderBy('at').execute();
  assert.deepEqual(audit.map((a) => a.action), ['network.create', 'network.update']);
  // A platform administrator may too.
  assert.equal((await platform.get(`/regions/pohjois-savo/networks/${id}/edit`)).statusCode, 200);
});

test('a maintainer of A cannot ask to join on behalf of B; for A the request waits, once', async () => {
  const page = await omaiset.get(`/regions/pohjois-savo/networks/${network}`);
  assert.match(page.body, /<option value="[^"]+" selected>Kuopion Omaishoitajat ry<\/option>|<option value="[^"]+" selected>Kuopio närståendevårdare rf<\/option>/);
  assert.doesNotMatch(page.body, /Mielenterveysseura Esimerkki ry<\/option>/);

  const forB = await omaiset.post(`/regions/pohjois-savo/networks/${network}/join`, { organization: fx.org.mieli, message: 'Liittykää' }, page.body);
  assert.equal(forB.statusCode, 404, 'B is not A’s maintainer’s organisation');
  const forUnknown = await omaiset.post(`/regions/pohjois-savo/networks/${network}/join`, { organization: fx.org.closed }, page.body);
  assert.equal(forUnknown.statusCode, 404);
  assert.equal((await db.selectFrom('network_join_request').select('id').execute()).length, 0);

  const asked = await omaiset.post(`/regions/pohjois-savo/networks/${network}/join`, { organization: fx.org.omaiset, message: 'Omaishoitajien vertaisryhmät Kuopiossa.' }, page.body);
  assert.equal(asked.statusCode, 303);
  assert.equal(asked.headers.location, `/regions/pohjois-savo/networks/${network}?done=asked`);
  const again = await omaiset.post(`/regions/pohjois-savo/networks/${network}/join`, { organization: fx.org.omaiset }, page.body);
  assert.equal(again.statusCode, 400);
  assert.match(again.body, /id="organization-error"/);
  const rows = await db.selectFrom('network_join_request').selectAll().execute();
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.status, 'pending');
  assert.equal(rows[0]!.organization_id, fx.org.omaiset);
  assert.match((await omaiset.get(`/regions/pohjois-savo/networks/${network}`)).body, /Liittymispyyntö odottaa käsittelyä: Kuopio/);
  // The anonymous page asks to sign in, and a join post without a session goes to sign in.
  assert.match((await get(`/regions/pohjois-savo/networks/${network}`)).body, /Kirjaudu sisään/);
});

test('only the coordinator’s maintainers or the region’s administrators decide; the asker gets an e-mail in their language; the card shows the network', async () => {
  const request = await db.selectFrom('network_join_request').select('id').where('organization_id', '=', fx.org.omaiset).executeTakeFirstOrThrow();
  const csrfPage = (await omaiset.get(`/regions/pohjois-savo/networks/${network}`)).body;
  assert.doesNotMatch(csrfPage, /Liittymispyynnöt/, 'the asker does not see the requests');
  assert.equal((await omaiset.post(`/regions/pohjois-savo/networks/${network}/requests`, { request: request.id, decision: 'accept' }, csrfPage)).statusCode, 403);
  const hamePage = (await hame.get('/regions/kanta-hame/networks')).body;
  assert.equal((await hame.post(`/regions/pohjois-savo/networks/${network}/requests`, { request: request.id, decision: 'accept' }, hamePage)).statusCode, 403);
  assert.equal((await db.selectFrom('network_member').select('organization_id').where('network_id', '=', network).where('organization_id', '=', fx.org.omaiset).execute()).length, 0);

  // The coordinator's maintainer sees the request and accepts it.
  const coordinatorPage = await mieli.get(`/regions/pohjois-savo/networks/${network}`);
  assert.match(coordinatorPage.body, /Liittymispyynnöt/);
  assert.match(coordinatorPage.body, /Omaishoitajien vertaisryhmät Kuopiossa\./);
  const accepted = await mieli.post(`/regions/pohjois-savo/networks/${network}/requests`, { request: request.id, decision: 'accept' }, coordinatorPage.body);
  assert.equal(accepted.statusCode, 303);
  assert.equal(accepted.headers.location, `/regions/pohjois-savo/networks/${network}?done=accepted`);
  assert.equal((await db.selectFrom('network_member').select('organization_id').where('network_id', '=', network).where('organization_id', '=', fx.org.omaiset).execute()).length, 1);
  const again = await savo.post(`/regions/pohjois-savo/networks/${network}/requests`, { request: request.id, decision: 'decline' }, (await savo.get(`/regions/pohjois-savo/networks/${network}`)).body);
  assert.equal(again.statusCode, 409, 'decided already');

  const job = await db
    .selectFrom('job')
    .select(['payload'])
    .where('name', '=', 'send-mail')
    .where(sql<string>`payload->>'template'`, '=', 'network-join-decision')
    .executeTakeFirstOrThrow();
  const payload = job.payload as { to: string; lang: string; params: Parameters<typeof networkJoinDecisionMail.render>[0] };
  assert.equal(payload.to, EMAIL.omaiset);
  assert.equal(payload.lang, 'sv');
  const mail = networkJoinDecisionMail.render(payload.params, { lang: 'sv', t: translator('sv'), link: (p) => `https://tarjotin.example${p}` });
  assert.equal(mail.subject, 'Välkommen till nätverket: Kuopion järjestöverkosto');

  for (const [prefix, heading] of [['', 'Yhteistyöverkostot'], ['/sv', 'Samarbetsnätverk'], ['/en', 'Cooperation networks']] as const) {
    const card = await get(`${prefix}/organisations/${fx.org.omaiset}`);
    assert.match(card.body, new RegExp(`<h2 id="networks-heading">${heading}</h2>`), prefix || 'fi');
    assert.match(card.body, new RegExp(`href="${prefix}/regions/pohjois-savo/networks/${network}"`));
  }
  assert.doesNotMatch((await get(`/organisations/${fx.org.closed}`)).body, /networks-heading/);
});

test('a regional administrator declines a request; the organisation does not become a member', async () => {
  const second = await addTestNetwork(db, { key: 'toinen', regionId: 'pohjois-savo', coordinatorId: fx.org.omaiset, nameFi: 'Toinen verkosto' });
  const page = await mieli.get(`/regions/pohjois-savo/networks/${second}`);
  assert.equal((await mieli.post(`/regions/pohjois-savo/networks/${second}/join`, { organization: fx.org.mieli }, page.body)).statusCode, 303);
  const request = await db.selectFrom('network_join_request').select('id').where('network_id', '=', second).executeTakeFirstOrThrow();
  const adminPage = await savo.get(`/regions/pohjois-savo/networks/${second}`);
  assert.match(adminPage.body, /aria-label="Hylkää: Mielenterveysseura Esimerkki ry"/);
  const declined = await savo.post(`/regions/pohjois-savo/networks/${second}/requests`, { request: request.id, decision: 'decline' }, adminPage.body);
  assert.equal(declined.statusCode, 303);
  const row = await db.selectFrom('network_join_request').select(['status', 'decided_by']).where('id', '=', request.id).executeTakeFirstOrThrow();
  assert.equal(row.status, 'declined');
  assert.ok(row.decided_by);
  assert.equal((await db.selectFrom('network_member').select('organization_id').where('network_id', '=', second).where('organization_id', '=', fx.org.mieli).execute()).length, 0);
  // A request id of another network is not found through this one.
  assert.equal((await savo.post(`/regions/pohjois-savo/networks/${network}/requests`, { request: request.id, decision: 'accept' }, adminPage.body)).statusCode, 404);
});

test('the portal lists its networks in fi / sv / en and links them from its front page; unknown addresses are 404', async () => {
  for (const [prefix, text] of [['', 'Yhteistyöverkostot'], ['/sv', 'Samarbetsnätverk'], ['/en', 'Cooperation networks']] as const) {
    assert.match((await get(`${prefix}/regions/pohjois-savo`)).body, new RegExp(`<a href="${prefix}/regions/pohjois-savo/networks">${text}</a>`));
    const list = await get(`${prefix}/regions/pohjois-savo/networks`);
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Kuopion järjestöverkosto/);
  }
  assert.doesNotMatch((await get('/regions/kanta-hame/networks')).body, /Kuopion järjestöverkosto/);
  assert.equal((await get(`/regions/kanta-hame/networks/${network}`)).statusCode, 404);
  assert.equal((await get('/regions/pohjois-savo/networks/ei-uuid')).statusCode, 404);
  assert.equal((await get('/regions/ei-ole/networks')).statusCode, 404);
});
