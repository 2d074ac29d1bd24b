import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { sessionCookie } from '../../../tests/security/access-matrix.fixture.js';
import { dateInput } from '../events/helsinki-time.js';
import { useCentresTest, signedInBrowser, testSession } from './centres.fixture.js';
import { sendAgreementReminders } from './send-agreement-reminders.js';

/** A request started by the centre (issue 14, item 5): centre → NGO → another time → accepted by the centre; .ics; reminders once; another NGO 404. */

const DAY = 86_400_000;
const clock = new Date();

const fx = useCentresTest({
  service: { now: () => clock },
  centreA: { key: 'pyynto-a', nameFi: 'Pyytävä sote-keskus' },
  centreB: { key: 'pyynto-b', nameFi: 'Toinen perhekeskus' },
});

const browserWith = async (cookie: string | null) => signedInBrowser(fx.service, cookie);

const day = (days: number) => dateInput(new Date(clock.getTime() + days * DAY));

function request(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    organization: fx.world.orgA,
    activity: '',
    kind: 'staff_presentation',
    title: 'Esittely henkilöstön kokouksessa',
    date: day(12),
    time: '08:30',
    duration: '30',
    attendance: 'on_site',
    access: 'drop_in',
    room: 'Kokoushuone 2',
    programme: 'Järjestön toiminta ja kysymykset.',
    targetGroup: 'Sosiaalityön henkilöstö',
    contactName: 'Keskuksen Yhdyshenkilö',
    contactEmail: 'yhdyshenkilo.a@example.org',
    message: 'Ehtisittekö kertoa toiminnastanne?',
    ...overrides,
  };
}

test('centre → NGO → another time → accepted by the centre: .ics for both, reminders once; another NGO and another centre see nothing', async () => {
  const db = fx.service.database.db;
  const la = await browserWith(await testSession(db, fx.liaisonA));
  const form = await la.get(`/centres/${fx.centreA}/requests/new`);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, new RegExp(`<option value="${fx.world.orgA}"`), 'an organisation with a maintainer can be asked');
  assert.match(form.body, /value="yhdyshenkilo\.a@example\.org"/, 'the liaison is the default contact');

  const missing = await la.submit(`/centres/${fx.centreA}/requests/new`, `/centres/${fx.centreA}/requests`, request({ title: '', organization: '' }));
  assert.equal(missing.statusCode, 400);
  assert.match(missing.body, /id="title-error"/);
  assert.match(missing.body, /id="organization-error"/);
  assert.match(missing.body, /value="Kokoushuone 2"/, 'typed values kept');
  const wrongActivity = await la.submit(`/centres/${fx.centreA}/requests/new`, `/centres/${fx.centreA}/requests`, request({ organization: fx.world.orgA, activity: '00000000-0000-4000-8000-000000000009' }));
  assert.equal(wrongActivity.statusCode, 400);
  assert.match(wrongActivity.body, /id="activity-error"/);

  const sent = await la.submit(`/centres/${fx.centreA}/requests/new`, `/centres/${fx.centreA}/requests`, request({ activity: fx.world.activityA }));
  assert.equal(sent.statusCode, 303);
  const id = /\/agreements\/([0-9a-f-]{36})/.exec(sent.headers.location as string)![1]!;
  const row = await db.selectFrom('centre_agreement').select(['initiated_by', 'awaiting', 'status', 'activity_id']).where('id', '=', id).executeTakeFirstOrThrow();
  assert.deepEqual(row, { initiated_by: 'centre', awaiting: 'ngo', status: 'proposed', activity_id: fx.world.activityA });
  const mails = () => db.selectFrom('job').select('payload').where('name', '=', 'send-mail').execute().then((rows) => rows.map((r) => r.payload as { template: string; to: string; params: { agreementId?: string } }));
  assert.deepEqual((await mails()).filter((m) => m.template === 'centre-agreement-request').map((m) => m.to), ['matriisi.a@example.org'], 'the NGO’s maintainers are e-mailed');

  // Only the two sides: the other NGO, B's liaison and an administrator get 404.
  for (const outsider of [await browserWith(await sessionCookie(fx.service, fx.world, 'maintainerB')), await browserWith(await testSession(db, fx.liaisonB)), await browserWith(await sessionCookie(fx.service, fx.world, 'regionalX'))]) {
    assert.equal((await outsider.get(`/agreements/${id}`)).statusCode, 404);
  }
  assert.equal((await (await browserWith(await testSession(db, fx.liaisonB))).get(`/centres/${fx.centreA}/requests/new`)).statusCode, 403);
  assert.equal((await (await browserWith(await sessionCookie(fx.service, fx.world, 'maintainerA'))).get(`/centres/${fx.centreA}/requests/new`)).statusCode, 403);

  // The centre cannot answer its own request; the NGO proposes another time.
  const page = await la.get(`/agreements/${id}`);
  assert.match(page.body, /Keskus \(pyyntö\)/);
  assert.equal((await la.post(`/agreements/${id}/answer`, { action: 'accept' }, form.body)).statusCode, 409);
  const ma = await browserWith(await sessionCookie(fx.service, fx.world, 'maintainerA'));
  assert.match((await ma.get('/my/agreements')).body, /Esittely henkilöstön kokouksessa/);
  const countered = await ma.submit(`/agreements/${id}`, `/agreements/${id}/answer`, { action: 'counter', date: day(13), time: '09:00', message: 'Torstai sopii paremmin.' });
  assert.equal(countered.statusCode, 303);
  assert.ok((await mails()).some((m) => m.template === 'centre-agreement-step' && m.to === 'yhdyshenkilo.a@example.org'), 'the liaison is told');

  // The centre accepts the new time.
  const accepted = await la.submit(`/agreements/${id}`, `/agreements/${id}/answer`, { action: 'accept' });
  assert.equal(accepted.statusCode, 303);
  const done = await db.selectFrom('centre_agreement').select(['status', 'starts_at']).where('id', '=', id).executeTakeFirstOrThrow();
  assert.equal(done.status, 'accepted');
  const acceptMails = (await mails()).filter((m) => m.template === 'centre-agreement-step' && m.params.agreementId === id && m.to === 'matriisi.a@example.org');
  assert.equal(acceptMails.length, 1, 'the NGO’s maintainers (not the centre’s own contact) are told of the acceptance');
  for (const side of [la, ma]) {
    const ics = await side.get(`/agreements/${id}/calendar.ics`);
    assert.equal(ics.statusCode, 200);
    const vevent = new ICAL.Component(ICAL.parse(ics.body)).getFirstSubcomponent('vevent')!;
    assert.equal(String(vevent.getFirstProperty('dtstart')!.getFirstValue()).slice(11, 16), '09:00');
  }

  // Reminders: once, to the NGO's maintainers and the centre's liaison (the contact is the liaison: one mail).
  const justBefore = new Date(new Date(done.starts_at).getTime() - 24 * 3600_000);
  assert.equal(await sendAgreementReminders({ db, now: justBefore }), 1);
  assert.equal(await sendAgreementReminders({ db, now: new Date(justBefore.getTime() + 3600_000) }), 0);
  assert.deepEqual((await mails()).filter((m) => m.template === 'centre-agreement-reminder').map((m) => m.to).sort(), ['matriisi.a@example.org', 'yhdyshenkilo.a@example.org']);
});
