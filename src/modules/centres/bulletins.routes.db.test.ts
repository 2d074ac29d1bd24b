import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mailTemplates } from '../../mail-templates.js';
import { sessionCookie } from '../../../tests/security/access-matrix.fixture.js';
import { createWorker } from '../../platform/jobs/worker.js';
import { createSendMailHandler } from '../../platform/mail/send-mail.job.js';
import { useCentresTest, signedInBrowser, testSession } from './centres.fixture.js';

/**
 * Bulletins to staff (issue 14, item 4): staff groups kept by a centre's liaison; an NGO sends a bulletin to centres;
 * the liaison forwards it to the groups it concerns (one e-mail per address through the job queue, sent once) or
 * returns / archives it; the sender learns to how many groups, never the addresses. A liaison of another centre and
 * another NGO see nothing.
 */

const clock = new Date();
/** Everything the service logged: staff addresses must never be in it. */
const logs: string[] = [];

const fx = useCentresTest({
  service: { now: () => clock, logLevel: 'info', logStream: { write: (line) => void logs.push(line) } },
  centreA: { key: 'tiedote-a', nameFi: 'Tiedotteen sote-keskus' },
  centreB: { key: 'tiedote-b', nameFi: 'Toinen perhekeskus' },
});

const browserWith = async (cookie: string | null) => signedInBrowser(fx.service, cookie);

/** Runs the queued send-mail jobs into the outbox, as the app's worker would. */
async function runMailJobs(): Promise<void> {
  const worker = createWorker({ db: fx.service.database.db, handlers: [createSendMailHandler({ transport: { kind: 'outbox' }, templates: mailTemplates, config: { baseUrl: 'http://localhost:3000', mailFrom: 'Tarjotin <noreply@example.org>' } })] });
  for (let i = 0; i < 100 && (await worker.runDue()) > 0; i++);
}

const groupIdOf = async (name: string) => (await fx.service.database.db.selectFrom('centre_staff_group').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

test('staff groups: a liaison keeps them (addresses checked, typed values kept); another centre’s liaison and NGOs are refused', async () => {
  const la = await browserWith(await testSession(fx.service.database.db, fx.liaisonA));
  const bad = await la.submit(`/centres/${fx.centreA}/staff-groups`, `/centres/${fx.centreA}/staff-groups`, [
    ['name', 'Lapsiperheiden palvelut'],
    ['topics', 'children_families'],
    ['emails', 'neuvola@example.org\nei-osoite'],
  ]);
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /id="emails-error"/);
  assert.match(bad.body, /value="Lapsiperheiden palvelut"/, 'what was typed is kept');
  for (const [name, topics, emails] of [
    ['Lapsiperheiden palvelut', ['children_families'], 'neuvola@example.org\nperhetyo@example.org, Yhteinen@Example.org'],
    ['Mielenterveys- ja päihdepalvelut', ['mental_health_substance', 'loneliness'], 'mtp@example.org; yhteinen@example.org'],
    ['Ikäihmisten palvelut', ['older_people'], 'kotihoito@example.org'],
  ] as const) {
    const saved = await la.submit(`/centres/${fx.centreA}/staff-groups`, `/centres/${fx.centreA}/staff-groups`, [['name', name], ...topics.map((t): [string, string] => ['topics', t]), ['emails', emails]]);
    assert.equal(saved.statusCode, 303);
  }
  const page = await la.get(`/centres/${fx.centreA}/staff-groups`);
  assert.match(page.body, /perhetyo@example\.org/, 'the liaison sees the addresses');
  const stored = await fx.service.database.db.selectFrom('centre_staff_group').select('emails').where('name', '=', 'Lapsiperheiden palvelut').executeTakeFirstOrThrow();
  assert.deepEqual(stored.emails, ['neuvola@example.org', 'perhetyo@example.org', 'yhteinen@example.org'], 'lower-cased, no repeats');

  // Edit one group; another centre's liaison and NGOs cannot read or change them.
  const elderly = await groupIdOf('Ikäihmisten palvelut');
  const edited = await la.submit(`/centres/${fx.centreA}/staff-groups/${elderly}`, `/centres/${fx.centreA}/staff-groups/${elderly}`, [['name', 'Ikäihmisten palvelut'], ['topics', 'older_people'], ['topics', 'caregivers'], ['emails', 'kotihoito@example.org']]);
  assert.equal(edited.statusCode, 303);
  const lb = await browserWith(await testSession(fx.service.database.db, fx.liaisonB));
  const ma = await browserWith(await sessionCookie(fx.service, fx.world, 'maintainerA'));
  for (const outsider of [lb, ma]) {
    assert.equal((await outsider.get(`/centres/${fx.centreA}/staff-groups`)).statusCode, 403);
    assert.equal((await outsider.get(`/centres/${fx.centreA}/staff-groups/${elderly}`)).statusCode, 403);
  }
  assert.equal((await lb.get(`/centres/${fx.centreB}/staff-groups/${elderly}`)).statusCode, 404, 'A’s group is not B’s');
  const lbPage = await lb.get(`/centres/${fx.centreB}/staff-groups`);
  assert.doesNotMatch(lbPage.body, /kotihoito@example\.org/);
  assert.equal((await lb.post(`/centres/${fx.centreB}/staff-groups/${elderly}/remove`, {}, lbPage.body)).statusCode, 404);
});

test('an NGO sends a bulletin; the liaison forwards it to suggested groups: one e-mail per address, sent once; the sender learns how many groups, never the addresses', async () => {
  const db = fx.service.database.db;
  const ma = await browserWith(await sessionCookie(fx.service, fx.world, 'maintainerA'));
  const missing = await ma.submit('/my/bulletins/new', '/my/bulletins', [['organization', fx.world.orgA], ['title', 'Perheiden kerho alkaa'], ['body', ''], ['lang', 'fi'], ['centres', fx.centreA]]);
  assert.equal(missing.statusCode, 400);
  assert.match(missing.body, /id="body-error"/);
  assert.match(missing.body, /id="topics-group-error"/);
  assert.match(missing.body, /value="Perheiden kerho alkaa"/);
  const body = 'Kerho kokoontuu tiistaisin.\n\nLisätietoa: https://example.org/kerho <script>alert(1)</script>';
  const sent = await ma.submit('/my/bulletins/new', '/my/bulletins', [
    ['organization', fx.world.orgA],
    ['title', 'Perheiden kerho alkaa'],
    ['body', body],
    ['topics', 'children_families'],
    ['topics', 'loneliness'],
    ['lang', 'fi'],
    ['centres', fx.centreA],
  ]);
  assert.equal(sent.statusCode, 303);
  const bulletin = await db.selectFrom('centre_bulletin').select('id').where('title', '=', 'Perheiden kerho alkaa').executeTakeFirstOrThrow();
  const liaisonMails = await db.selectFrom('job').select('payload').where('name', '=', 'send-mail').execute();
  assert.ok(liaisonMails.some((j) => (j.payload as { template: string; to: string }).template === 'centre-bulletin-sent' && (j.payload as { to: string }).to === 'yhdyshenkilo.a@example.org'));

  // Only centre A's liaisons see it; B's liaison and the other NGO do not.
  const lb = await browserWith(await testSession(db, fx.liaisonB));
  assert.equal((await lb.get(`/centres/${fx.centreB}/bulletins/${bulletin.id}`)).statusCode, 404, 'not sent to B');
  assert.equal((await lb.get(`/centres/${fx.centreA}/bulletins/${bulletin.id}`)).statusCode, 403);
  assert.equal((await lb.post(`/centres/${fx.centreA}/bulletins/${bulletin.id}/forward`, [['groups', await groupIdOf('Lapsiperheiden palvelut')]], (await lb.get(`/centres/${fx.centreB}/desk`)).body)).statusCode, 403);
  const mb = await browserWith(await sessionCookie(fx.service, fx.world, 'maintainerB'));
  assert.doesNotMatch((await mb.get('/my/bulletins')).body, /Perheiden kerho alkaa/);
  assert.equal((await mb.get(`/centres/${fx.centreA}/bulletins/${bulletin.id}`)).statusCode, 403);

  // The liaison: on the desk; the bulletin's page suggests the groups following its topics; links safe.
  const la = await browserWith(await testSession(db, fx.liaisonA));
  assert.match((await la.get(`/centres/${fx.centreA}/desk`)).body, /Perheiden kerho alkaa/);
  const page = await la.get(`/centres/${fx.centreA}/bulletins/${bulletin.id}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<a href="https:\/\/example\.org\/kerho" rel="noopener noreferrer nofollow ugc">/);
  assert.doesNotMatch(page.body, /<script>alert/);
  const families = await groupIdOf('Lapsiperheiden palvelut');
  const mental = await groupIdOf('Mielenterveys- ja päihdepalvelut');
  const elderly = await groupIdOf('Ikäihmisten palvelut');
  assert.match(page.body, new RegExp(`value="${families}"[^>]*checked`), 'suggested: follows children and families');
  assert.match(page.body, new RegExp(`value="${mental}"[^>]*checked`), 'suggested: follows loneliness');
  assert.doesNotMatch(page.body, new RegExp(`value="${elderly}"[^>]*checked`));

  // A group of another centre is refused next to the field; nothing is sent.
  const otherGroup = await la.post(`/centres/${fx.centreA}/bulletins/${bulletin.id}/forward`, [['form', 'forward'], ['groups', '00000000-0000-4000-8000-000000000001']], page.body);
  assert.equal(otherGroup.statusCode, 400);
  assert.match(otherGroup.body, /id="groups-group-error"[^>]*>Valitse vähintään yksi keskuksen henkilöstöryhmä/);

  const before = await db.selectFrom('job').select('id').where('name', '=', 'send-mail').execute();
  const forwarded = await la.post(`/centres/${fx.centreA}/bulletins/${bulletin.id}/forward`, [['form', 'forward'], ['groups', families], ['groups', mental], ['note', 'Tästä voi olla apua asiakkaille.']], page.body);
  assert.equal(forwarded.statusCode, 303);
  assert.equal((await la.post(`/centres/${fx.centreA}/bulletins/${bulletin.id}/forward`, [['form', 'forward'], ['groups', families]], page.body)).statusCode, 409, 'forwarded once only');
  assert.equal((await la.post(`/centres/${fx.centreA}/bulletins/${bulletin.id}/decision`, { form: 'decision', action: 'archive' }, page.body)).statusCode, 409);

  await runMailJobs();
  await runMailJobs();
  assert.ok(before.length > 0);
  const outbox = await db.selectFrom('outbox').select(['to', 'template', 'subject', 'text', 'lang']).execute();
  const staff = outbox.filter((m) => m.template === 'centre-bulletin-forward');
  assert.deepEqual(staff.map((m) => m.to).sort(), ['mtp@example.org', 'neuvola@example.org', 'perhetyo@example.org', 'yhteinen@example.org'], 'one e-mail per address, the shared address once');
  const shared = staff.find((m) => m.to === 'yhteinen@example.org')!;
  assert.equal(shared.lang, 'fi');
  assert.match(shared.subject, /Perheiden kerho alkaa/);
  assert.match(shared.text, /Matriisiyhdistys A ry/, 'the NGO is named');
  assert.match(shared.text, /Tästä voi olla apua asiakkaille\./);
  assert.match(shared.text, /https:\/\/example\.org\/kerho/);
  assert.match(shared.text, /välitti yhdyshenkilo\.a@example\.org/, 'who forwarded it');
  assert.match(shared.text, /Lapsiperheiden palvelut/);
  assert.match(shared.text, /Mielenterveys- ja päihdepalvelut/, 'why: both of its groups');
  assert.doesNotMatch(shared.text, /kotihoito@example\.org|neuvola@example\.org/, 'no other recipients shown');
  const told = outbox.filter((m) => m.template === 'centre-bulletin-decision');
  assert.equal(told.length, 1);
  assert.equal(told[0]!.to, 'matriisi.a@example.org');
  assert.match(told[0]!.text, /henkilöstöryhmille: 2/);
  assert.doesNotMatch(told[0]!.text, /@example\.org.*@example\.org|neuvola|perhetyo|mtp@|yhteinen@/);

  // The sender's list: to how many groups, never the addresses.
  const mine = await ma.get('/my/bulletins');
  assert.match(mine.body, /Välitetty henkilöstöryhmille: 2/);
  assert.doesNotMatch(mine.body, /neuvola@|perhetyo@|mtp@|yhteinen@/);
  // Nothing of the addresses in the audit trail.
  const audit = await db.selectFrom('audit_event').select('detail').where('subject_type', 'in', ['centre_bulletin', 'centre_staff_group']).execute();
  assert.ok(audit.length >= 4);
  assert.doesNotMatch(JSON.stringify(audit), /@example\.org/);
  assert.ok(logs.length > 0, 'the requests were logged');
  assert.doesNotMatch(logs.join('\n'), /neuvola@|perhetyo@|mtp@|yhteinen@|kotihoito@/, 'staff addresses never logged');
});

test('return needs a message and tells the sender; archive; a bulletin to two centres is decided at each on its own', async () => {
  const db = fx.service.database.db;
  const ma = await browserWith(await sessionCookie(fx.service, fx.world, 'maintainerA'));
  const sent = await ma.submit('/my/bulletins/new', '/my/bulletins', [
    ['organization', fx.world.orgA],
    ['title', 'Omaishoitajien ilta'],
    ['body', 'Tervetuloa.'],
    ['topics', 'caregivers'],
    ['lang', 'sv'],
    ['centres', fx.centreA],
    ['centres', fx.centreB],
  ]);
  assert.equal(sent.statusCode, 303);
  const { id } = await db.selectFrom('centre_bulletin').select('id').where('title', '=', 'Omaishoitajien ilta').executeTakeFirstOrThrow();
  const la = await browserWith(await testSession(db, fx.liaisonA));
  const page = await la.get(`/centres/${fx.centreA}/bulletins/${id}`);
  const noMessage = await la.post(`/centres/${fx.centreA}/bulletins/${id}/decision`, { form: 'decision', action: 'return' }, page.body);
  assert.equal(noMessage.statusCode, 400);
  assert.match(noMessage.body, /id="message-error"/);
  const returned = await la.post(`/centres/${fx.centreA}/bulletins/${id}/decision`, { form: 'decision', action: 'return', message: 'Lisää yhteystiedot.' }, page.body);
  assert.equal(returned.statusCode, 303);
  const lb = await browserWith(await testSession(db, fx.liaisonB));
  const pageB = await lb.get(`/centres/${fx.centreB}/bulletins/${id}`);
  assert.equal(pageB.statusCode, 200, 'still waiting at B');
  assert.equal((await lb.post(`/centres/${fx.centreB}/bulletins/${id}/decision`, { form: 'decision', action: 'archive' }, pageB.body)).statusCode, 303);
  const mine = await ma.get('/my/bulletins');
  assert.match(mine.body, /Palautettu/);
  assert.match(mine.body, /Lisää yhteystiedot\./);
  assert.match(mine.body, /Arkistoitu välittämättä/);
  const decisions = (await db.selectFrom('job').select('payload').where('name', '=', 'send-mail').execute()).map((j) => j.payload as { template: string; params: { decision?: string; title?: string } }).filter((p) => p.template === 'centre-bulletin-decision' && p.params.title === 'Omaishoitajien ilta');
  assert.deepEqual(decisions.map((p) => p.params.decision).sort(), ['archived', 'returned']);
});
