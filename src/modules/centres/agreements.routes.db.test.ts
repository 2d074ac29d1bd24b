import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { sessionCookie } from '../../../tests/security/access-matrix.fixture.js';
import { dateInput } from '../events/helsinki-time.js';
import { useCentresTest, signedInBrowser, testSession } from './centres.fixture.js';
import { sendAgreementReminders } from './send-agreement-reminders.js';

/** A proposal for a group activity: NGO → liaison → another time → accepted → on the calendar with an .ics; reminders once. */

const DAY = 86_400_000;
const clock = new Date();

const fx = useCentresTest({
  service: { now: () => clock },
  centreA: { key: 'a', nameFi: 'Testin sote-keskus' },
  centreB: { key: 'b', nameFi: 'Toinen perhekeskus' },
});

const browserWith = async (cookie: string | null) => signedInBrowser(fx.service, cookie);

const day = (days: number) => dateInput(new Date(clock.getTime() + days * DAY));

function proposal(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    organization: fx.world.orgA,
    centre: fx.centreA,
    kind: 'group_activity',
    title: 'Omaisten vertaisryhmä',
    date: day(10),
    time: '17:00',
    duration: '90',
    repeat: 'weekly',
    repeatUntil: day(40),
    attendance: 'on_site',
    access: 'registration',
    bookingInfo: 'Ilmoittautuminen yhteyshenkilölle.',
    room: 'Ryhmähuone',
    keysBadges: 'Avain aulan infosta',
    programme: 'Alustus ja keskustelua.',
    targetGroup: 'Mielenterveyskuntoutujien omaiset',
    contactName: 'Ryhmän Vetäjä',
    contactEmail: 'vetaja@example.org',
    public: 'yes',
    message: 'Sopisiko tiistai?',
    ...overrides,
  };
}

test('NGO → liaison → another time → accepted → on the region’s calendar with a valid .ics; only the two sides see it; reminders once', async () => {
  const db = fx.service.database.db;
  const a = await browserWith(await sessionCookie(fx.service, fx.world, 'maintainerA'));
  const missing = await a.submit('/my/agreements/new', '/my/agreements', proposal({ bookingInfo: '', date: day(-1) }));
  assert.equal(missing.statusCode, 400);
  assert.match(missing.body, /id="bookingInfo-error"/);
  assert.match(missing.body, /value="Omaisten vertaisryhmä"/, 'what was typed is kept');
  const past = await a.submit('/my/agreements/new', '/my/agreements', proposal({ date: day(-1) }));
  assert.equal(past.statusCode, 400);
  assert.match(past.body, /Aika on jo mennyt/);

  const sent = await a.submit('/my/agreements/new', '/my/agreements', proposal());
  assert.equal(sent.statusCode, 303);
  const id = /\/agreements\/([0-9a-f-]{36})/.exec(sent.headers.location as string)![1]!;

  // Only the two sides: another NGO, another centre's liaison and a regional administrator learn nothing.
  for (const outsider of [await browserWith(await sessionCookie(fx.service, fx.world, 'maintainerB')), await browserWith(await testSession(db, fx.liaisonB)), await browserWith(await sessionCookie(fx.service, fx.world, 'regionalX'))]) {
    assert.equal((await outsider.get(`/agreements/${id}`)).statusCode, 404);
  }
  assert.doesNotMatch((await (await browserWith(await sessionCookie(fx.service, fx.world, 'maintainerB'))).get('/my/agreements')).body, /Omaisten vertaisryhmä/);
  assert.match((await a.get('/my/agreements')).body, /Omaisten vertaisryhmä/);

  // The NGO cannot answer its own proposal; the liaison proposes another time (a message is required).
  const early = await a.post(`/agreements/${id}/answer`, { action: 'accept' }, (await a.get('/my/agreements/new')).body);
  assert.equal(early.statusCode, 409);
  const liaison = await browserWith(await testSession(db, fx.liaisonA));
  const desk = await liaison.get(`/centres/${fx.centreA}/desk`);
  assert.match(desk.body, /Omaisten vertaisryhmä/);
  const noMessage = await liaison.submit(`/agreements/${id}`, `/agreements/${id}/answer`, { action: 'counter', date: day(11), time: '16:30' });
  assert.equal(noMessage.statusCode, 400);
  assert.match(noMessage.body, /id="message-error"/);
  const countered = await liaison.submit(`/agreements/${id}`, `/agreements/${id}/answer`, { action: 'counter', date: day(11), time: '16:30', message: 'Keskiviikko sopii paremmin.' });
  assert.equal(countered.statusCode, 303);
  assert.equal((await liaison.post(`/agreements/${id}/answer`, { action: 'accept' }, desk.body)).statusCode, 409, 'not the centre’s turn any more');

  // The NGO accepts: agreed, and (public) an approved event in the centre's municipality.
  const accepted = await a.submit(`/agreements/${id}`, `/agreements/${id}/answer`, { action: 'accept' });
  assert.equal(accepted.statusCode, 303);
  const row = await db.selectFrom('centre_agreement').select(['status', 'event_id', 'starts_at', 'rrule']).where('id', '=', id).executeTakeFirstOrThrow();
  assert.equal(row.status, 'accepted');
  assert.ok(row.event_id);
  assert.match(row.rrule ?? '', /FREQ=WEEKLY/);
  const event = await db.selectFrom('event').innerJoin('event_municipality', 'event_municipality.event_id', 'event.id').select(['event.review_status', 'event_municipality.municipality_code', 'event.starts_at']).where('event.id', '=', row.event_id).executeTakeFirstOrThrow();
  assert.deepEqual({ review: event.review_status, code: event.municipality_code }, { review: 'approved', code: '297' });
  assert.match((await (await browserWith(null)).get(`/centres/${fx.centreA}`)).body, /Omaisten vertaisryhmä/, 'on the centre’s page as a coming event');

  // The .ics: both sides; valid, in Helsinki time, weekly, at the agreed (countered) time.
  for (const side of [a, liaison]) {
    const ics = await side.get(`/agreements/${id}/calendar.ics`);
    assert.equal(ics.statusCode, 200);
    assert.match(String(ics.headers['content-type']), /^text\/calendar/);
    const vevent = new ICAL.Component(ICAL.parse(ics.body)).getFirstSubcomponent('vevent')!;
    const start = vevent.getFirstProperty('dtstart')!;
    assert.equal(start.getParameter('tzid'), 'Europe/Helsinki');
    assert.equal(String(start.getFirstValue()).slice(11, 16), '16:30');
    assert.equal(vevent.getFirstPropertyValue('summary'), 'Omaisten vertaisryhmä');
    assert.match(String(vevent.getFirstPropertyValue('rrule')), /FREQ=WEEKLY/);
  }
  assert.equal((await (await browserWith(await sessionCookie(fx.service, fx.world, 'maintainerB'))).get(`/agreements/${id}/calendar.ics`)).statusCode, 404);

  // Reminders: not yet a week before; within two days once, to both sides, never twice.
  assert.equal(await sendAgreementReminders({ db, now: clock }), 0);
  const justBefore = new Date(new Date(row.starts_at).getTime() - 24 * 3600_000);
  assert.equal(await sendAgreementReminders({ db, now: justBefore }), 1);
  assert.equal(await sendAgreementReminders({ db, now: new Date(justBefore.getTime() + 3600_000) }), 0);
  const mails = (await db.selectFrom('job').select('payload').where('name', '=', 'send-mail').execute()).map((m) => m.payload as { template: string; to: string });
  assert.deepEqual(mails.filter((m) => m.template === 'centre-agreement-reminder').map((m) => m.to).sort(), ['vetaja@example.org', 'yhdyshenkilo.a@example.org']);
});
