import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { sessionCookie } from '../../../tests/security/access-matrix.fixture.js';
import { hashSecret, newSecret } from '../../platform/auth/auth-tokens.js';
import { dateInput } from '../events/helsinki-time.js';
import { up as migrate0028 } from '../../platform/db/migrations/0028-centre-bulletins.js';
import { addTestCentre, addTestMaterial, useCentresTest, signedInBrowser, testSession } from './centres.fixture.js';

/**
 * Several info screens per centre (issue 14, item 3: "a page per centre screen"): each named screen has its own
 * kiosk address, made, renewed and removed separately; all show the centre's approved slides; a centre's old single
 * token becomes its first screen (migration 0028) and keeps working.
 */

const clock = new Date();

const fx = useCentresTest({
  service: { now: () => clock },
  centreA: { key: 'naytto-a', nameFi: 'Näyttöjen sote-keskus' },
  centreB: { key: 'naytto-b', nameFi: 'Toinen perhekeskus' },
});

const browserWith = async (cookie: string | null) => signedInBrowser(fx.service, cookie);

const tokenIn = (body: string) => /\/kiosk\/([A-Za-z0-9_-]{20,100})/.exec(body)![1]!;

test('a liaison names screens, each with its own address; renewing one stops only that one; all show the centre’s slides; others are refused', async () => {
  const db = fx.service.database.db;
  const today = dateInput(clock);
  const material = await addTestMaterial(db, { key: 'naytto', organizationId: fx.world.orgA, centreIds: [fx.centreA], validFrom: today, validUntil: '2099-12-31', title: 'Näyttöjen ilmoitus' });
  await db.updateTable('centre_material_target').set({ status: 'approved' }).where('material_id', '=', material).execute();

  const la = await browserWith(await testSession(db, fx.liaisonA));
  const empty = await la.submit(`/centres/${fx.centreA}/screens`, `/centres/${fx.centreA}/screens`, { name: '' });
  assert.equal(empty.statusCode, 400);
  assert.match(empty.body, /id="name-error"/);
  const lobby = await la.submit(`/centres/${fx.centreA}/screens`, `/centres/${fx.centreA}/screens`, { name: 'Aula' });
  assert.equal(lobby.statusCode, 200, 'the new address is shown once, on this answer');
  const lobbyToken = tokenIn(lobby.body);
  const waiting = await la.submit(`/centres/${fx.centreA}/screens`, `/centres/${fx.centreA}/screens`, { name: 'Odotustila 2' });
  const waitingToken = tokenIn(waiting.body);
  assert.notEqual(lobbyToken, waitingToken);
  const stored = await db.selectFrom('centre_screen').select(['name', 'kiosk_token_hash']).where('centre_id', '=', fx.centreA).orderBy('name').execute();
  assert.deepEqual(stored.map((s) => s.name), ['Aula', 'Odotustila 2']);
  assert.ok(stored.every((s) => s.kiosk_token_hash !== lobbyToken && s.kiosk_token_hash !== waitingToken), 'only hashes stored');
  const list = await la.get(`/centres/${fx.centreA}/screens`);
  assert.doesNotMatch(list.body, new RegExp(lobbyToken), 'never shown again');

  const screen = await browserWith(null);
  for (const [token, name] of [
    [lobbyToken, 'Aula'],
    [waitingToken, 'Odotustila 2'],
  ] as const) {
    const kiosk = await screen.get(`/kiosk/${token}`);
    assert.equal(kiosk.statusCode, 200);
    assert.match(kiosk.body, new RegExp(`/kiosk/${token}/slides/${material}`), `${name} shows the slide`);
    assert.equal((await screen.get(`/kiosk/${token}/slides/${material}`)).statusCode, 200);
  }

  // Renewing the lobby's address: the old one is gone, the waiting room's still works.
  const lobbyId = (await db.selectFrom('centre_screen').select('id').where('name', '=', 'Aula').executeTakeFirstOrThrow()).id;
  const renewed = await la.post(`/centres/${fx.centreA}/screens/${lobbyId}/token`, {}, list.body);
  assert.equal(renewed.statusCode, 200);
  const newLobby = tokenIn(renewed.body);
  assert.equal((await screen.get(`/kiosk/${lobbyToken}`)).statusCode, 404);
  assert.equal((await screen.get(`/kiosk/${newLobby}`)).statusCode, 200);
  assert.equal((await screen.get(`/kiosk/${waitingToken}/content`)).statusCode, 200);

  // Another centre's liaison and NGOs: refused; B's liaison cannot touch A's screen through B.
  const lb = await browserWith(await testSession(db, fx.liaisonB));
  const ma = await browserWith(await sessionCookie(fx.service, fx.world, 'maintainerA'));
  for (const outsider of [lb, ma]) assert.equal((await outsider.get(`/centres/${fx.centreA}/screens`)).statusCode, 403);
  const lbList = await lb.get(`/centres/${fx.centreB}/screens`);
  assert.equal((await lb.post(`/centres/${fx.centreB}/screens/${lobbyId}/token`, {}, lbList.body)).statusCode, 404);
  assert.equal((await lb.post(`/centres/${fx.centreB}/screens/${lobbyId}/remove`, {}, lbList.body)).statusCode, 404);
  assert.equal((await screen.get(`/kiosk/${newLobby}`)).statusCode, 200);

  // Removing a screen stops its address.
  assert.equal((await la.post(`/centres/${fx.centreA}/screens/${lobbyId}/remove`, {}, list.body)).statusCode, 303);
  assert.equal((await screen.get(`/kiosk/${newLobby}`)).statusCode, 404);
  assert.equal((await screen.get(`/kiosk/${waitingToken}`)).statusCode, 200);

  // The desk's old button renews the first screen (the waiting room now), not a new one.
  const desk = await la.get(`/centres/${fx.centreA}/desk`);
  const viaDesk = await la.post(`/centres/${fx.centreA}/kiosk`, {}, desk.body);
  assert.equal(viaDesk.statusCode, 200);
  assert.equal((await screen.get(`/kiosk/${waitingToken}`)).statusCode, 404);
  assert.equal((await screen.get(`/kiosk/${tokenIn(viaDesk.body)}`)).statusCode, 200);
  assert.equal((await db.selectFrom('centre_screen').select('id').where('centre_id', '=', fx.centreA).execute()).length, 1);
});

test('migration 0028: a centre’s single kiosk token becomes its first screen and the screen player’s address keeps working', async () => {
  const db = fx.service.database.db;
  const centre = await addTestCentre(db, { key: 'vanha-token', nameFi: 'Vanhan osoitteen keskus' });
  const token = newSecret();
  // Back to the state before 0028 (its tables gone, the old column back), with one centre's token in it.
  await sql`drop table centre_bulletin_forward, centre_bulletin_target, centre_bulletin, centre_staff_group, centre_screen cascade`.execute(db);
  await sql`alter table centre_agreement drop column activity_id`.execute(db);
  await sql`alter table care_centre add column kiosk_token_hash text unique`.execute(db);
  await sql`update care_centre set kiosk_token_hash = ${hashSecret(token)} where id = ${centre}`.execute(db);
  await migrate0028(db as never);
  const screens = await db.selectFrom('centre_screen').select(['centre_id', 'name']).execute();
  assert.deepEqual(screens, [{ centre_id: centre, name: 'Infonäyttö' }]);
  const kiosk = await (await browserWith(null)).get(`/kiosk/${token}`);
  assert.equal(kiosk.statusCode, 200);
  assert.match(kiosk.body, /Vanhan osoitteen keskus/);
});
