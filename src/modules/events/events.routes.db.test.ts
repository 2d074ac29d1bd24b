import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { createTestService } from '../../../tests/support/test-app.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import type { Service } from '../../boot.js';
import { addRole, ensureUser } from '../../platform/auth/auth.repo.js';
import { issueSignInLink } from '../../platform/auth/issue-sign-in-link.js';
import type { Database } from '../../platform/db/database.js';
import { newId, stableId } from '../../platform/ids.js';
import { addInboxOrganization } from '../referrals/inbox.fixture.js';
import { addDemoRegions } from '../regions/demo-regions.js';
import { dayFromNow, eventFormFields, insertTestEvent } from './events.fixture.js';
import { instantOf } from './helsinki-time.js';
import { eventDecisionMail } from './event-decision.mail.js';
import { translator } from '../../platform/i18n/i18n.js';
import { sql } from 'kysely';

/**
 * Events over HTTP on both databases: a maintainer sends, a regional administrator approves; who may edit and
 * decide what; the page's JSON-LD; the .ics of one event and the region's subscription, parsed back with ical.js;
 * the calendar's filters; past events leave the lists and keep their pages.
 */

let service: Service;
let db: Database;
let orgA: string;
let orgB: string;
const browsers: Record<'maintainerA' | 'maintainerB' | 'savo' | 'hame' | 'platform', TestBrowser> = {} as never;

async function signedIn(email: string): Promise<TestBrowser> {
  const token = (await issueSignInLink({ db, email }))!;
  const b = new TestBrowser(service.app);
  const confirm = await b.get(`/sign-in/${token}`);
  assert.equal((await b.post(`/sign-in/${token}`, { _csrf: TestBrowser.csrf(confirm.body) })).statusCode, 303);
  return b;
}

async function person(email: string, role: 'maintainer' | 'regional_admin' | 'platform_admin', scopeId: string | null): Promise<TestBrowser> {
  const user = await ensureUser(db, { id: stableId('events-test', email), email, lang: 'fi' });
  await addRole(db, { userId: user.id, role, scopeId });
  return signedIn(email);
}

before(async () => {
  service = await createTestService();
  db = service.database.db;
  await addDemoRegions(db);
  orgA = (await addInboxOrganization(db, 'tapahtuma-a', 'Tapahtumayhdistys A ry')).id;
  orgB = (await addInboxOrganization(db, 'tapahtuma-b', 'Tapahtumayhdistys B ry')).id;
  browsers.maintainerA = await person('tapahtumat.a@example.org', 'maintainer', orgA);
  browsers.maintainerB = await person('tapahtumat.b@example.org', 'maintainer', orgB);
  browsers.savo = await person('tapahtumat.savo@example.org', 'regional_admin', 'pohjois-savo');
  browsers.hame = await person('tapahtumat.hame@example.org', 'regional_admin', 'kanta-hame');
  browsers.platform = await person('tapahtumat.alusta@example.org', 'platform_admin', null);
});
after(async () => {
  await service?.close();
});

const get = (url: string) => service.app.inject({ method: 'GET', url });

/** A maintainer of A sends an event; its id. */
async function sendEvent(overrides: Record<string, string | string[]> = {}): Promise<string> {
  const res = await browsers.maintainerA.submit('/my/events/new', '/my/events', [['organizationId', orgA], ...eventFormFields(overrides)]);
  assert.equal(res.statusCode, 303, res.body);
  assert.equal(res.headers.location, '/my/events?done=sent');
  const row = await db.selectFrom('event').select('id').where('name_fi', '=', String(overrides.nameFi ?? 'Omaishoitajien kahvila')).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
  return row.id;
}

async function approve(browser: TestBrowser, id: string) {
  const page = await browser.get('/admin/events/new');
  return browser.post(`/admin/events/${id}/decision`, { decision: 'approve' }, page.body);
}

test('a maintainer sends an event: pending, not public; a Kanta-Häme administrator may not approve it, Pohjois-Savo’s does', async () => {
  const id = await sendEvent({ nameFi: 'Vertaisilta Kuopiossa' });
  assert.equal((await db.selectFrom('event').select('review_status').where('id', '=', id).executeTakeFirstOrThrow()).review_status, 'pending');
  assert.equal((await get(`/events/${id}`)).statusCode, 404, 'not public before approval');
  assert.equal((await get(`/events/${id}.ics`)).statusCode, 404);
  assert.doesNotMatch((await get('/regions/pohjois-savo/events')).body, /Vertaisilta Kuopiossa/);
  const own = await browsers.maintainerA.get(`/events/${id}`);
  assert.equal(own.statusCode, 200);
  assert.match(own.body, /odottaa alueen pääkäyttäjän hyväksyntää/);
  assert.equal((await browsers.maintainerB.get(`/events/${id}`)).statusCode, 404, 'another organisation’s maintainer learns nothing');

  // Kanta-Häme's administrator: not in their list, and refused.
  assert.doesNotMatch((await browsers.hame.get('/admin/events')).body, /Vertaisilta Kuopiossa/);
  assert.equal((await approve(browsers.hame, id)).statusCode, 403);
  const savoList = await browsers.savo.get('/admin/events');
  assert.match(savoList.body, /Odottaa hyväksyntää \(1\)/);
  assert.match(savoList.body, /Vertaisilta Kuopiossa/);
  assert.match(savoList.body, /id="events-admin-link"[^>]*>Tapahtumat \(1\)</, 'the header counts what awaits them');
  const ok = await approve(browsers.savo, id);
  assert.equal(ok.statusCode, 303);
  assert.equal(ok.headers.location, '/admin/events?done=approved');
  assert.equal((await approve(browsers.savo, id)).statusCode, 409, 'decided once');
  assert.equal((await get(`/events/${id}`)).statusCode, 200);
  assert.match((await get('/regions/pohjois-savo/events')).body, /Vertaisilta Kuopiossa/);
  assert.doesNotMatch((await get('/regions/kanta-hame/events')).body, /Vertaisilta Kuopiossa/);
  const audit = await db.selectFrom('audit_event').select(['action', 'to_state']).where('subject_id', '=', id).orderBy('at').execute();
  assert.deepEqual(audit.map((a) => a.action), ['event.create', 'event.approve']);
  // The sender is told once, in their language, with a link to the event.
  const jobs = await db
    .selectFrom('job')
    .select(['payload'])
    .where('name', '=', 'send-mail')
    .where(sql<string>`payload->>'template'`, '=', 'event-decision')
    .where(sql<string>`payload->'params'->>'eventId'`, '=', id)
    .execute();
  assert.equal(jobs.length, 1, 'one decision e-mail, not one per attempt');
  const payload = jobs[0]!.payload as { to: string; lang: string; params: Parameters<typeof eventDecisionMail.render>[0] };
  assert.equal(payload.to, 'tapahtumat.a@example.org');
  assert.equal(payload.lang, 'fi');
  const mail = eventDecisionMail.render(payload.params, { lang: 'fi', t: translator('fi'), link: (p) => `https://tarjotin.example${p}` });
  assert.equal(mail.subject, 'Tapahtuma hyväksyttiin: Vertaisilta Kuopiossa');
  assert.ok(mail.blocks.some((b) => b.kind === 'action' && b.href === `https://tarjotin.example/events/${id}`));
});

test('who may edit: a Kanta-Häme administrator cannot edit Pohjois-Savo’s event, maintainer B cannot edit A’s; A’s content edit goes back to approval', async () => {
  const id = await sendEvent({ nameFi: 'Muokattava tapahtuma' });
  await approve(browsers.savo, id);
  const form = await browsers.maintainerA.get(`/events/${id}/edit`);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /value="Muokattava tapahtuma"/);
  assert.match(form.body, /<input type="time" id="startTime" name="startTime" value="18:00"/);

  assert.equal((await browsers.hame.get(`/events/${id}/edit`)).statusCode, 403);
  assert.equal((await browsers.hame.post(`/events/${id}/edit`, eventFormFields({ nameFi: 'Kaapattu' }), form.body)).statusCode, 403);
  assert.equal((await browsers.maintainerB.get(`/events/${id}/edit`)).statusCode, 404);
  assert.equal((await browsers.maintainerB.post(`/events/${id}/edit`, eventFormFields({ nameFi: 'Kaapattu' }), (await browsers.maintainerB.get('/my/events/new')).body)).statusCode, 404);
  assert.equal((await get(`/events/${id}/edit`)).statusCode, 303, 'anonymous: sign in');
  assert.equal((await db.selectFrom('event').select('name_fi').where('id', '=', id).executeTakeFirstOrThrow()).name_fi, 'Muokattava tapahtuma');

  // Status alone: applies at once and shows as cancelled.
  const cancel = await browsers.maintainerA.post(`/events/${id}/edit`, eventFormFields({ nameFi: 'Muokattava tapahtuma', status: 'cancelled' }), form.body);
  assert.equal(cancel.statusCode, 303);
  const row = await db.selectFrom('event').select(['status', 'review_status']).where('id', '=', id).executeTakeFirstOrThrow();
  assert.deepEqual(row, { status: 'cancelled', review_status: 'approved' });
  assert.match((await get('/regions/pohjois-savo/events')).body, /<strong class="event-status">Peruttu<\/strong>[^<]*Muokattava tapahtuma|Muokattava tapahtuma[\s\S]*?<strong class="event-status">Peruttu<\/strong>/);

  // Content: back to approval, out of the calendar.
  const edit = await browsers.maintainerA.post(`/events/${id}/edit`, eventFormFields({ nameFi: 'Muokattu tapahtuma', status: 'scheduled' }), form.body);
  assert.equal(edit.statusCode, 303);
  assert.equal((await db.selectFrom('event').select('review_status').where('id', '=', id).executeTakeFirstOrThrow()).review_status, 'pending');
  assert.equal((await get(`/events/${id}`)).statusCode, 404);
  // Pohjois-Savo's administrator edits it without changing its review state, and approves.
  const adminEdit = await browsers.savo.post(`/events/${id}/edit`, eventFormFields({ nameFi: 'Muokattu tapahtuma', descriptionFi: 'Tarkennettu kuvaus.' }), (await browsers.savo.get(`/events/${id}/edit`)).body);
  assert.equal(adminEdit.statusCode, 303);
  assert.equal((await db.selectFrom('event').select('review_status').where('id', '=', id).executeTakeFirstOrThrow()).review_status, 'pending');
  assert.equal((await approve(browsers.savo, id)).statusCode, 303);
  assert.equal((await get(`/events/${id}`)).statusCode, 200);
});

test('the form: errors next to the fields with the input kept; nothing saved; one maintainer cannot send for another’s organisation', async () => {
  const before = await db.selectFrom('event').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const page = await browsers.maintainerA.get('/my/events/new');
  const bad = await browsers.maintainerA.post(
    '/my/events',
    [['organizationId', orgA], ...eventFormFields({ nameFi: '', startDate: '2027-02-30', endTime: '25:00', attendance: 'hybrid', onlineUrl: 'javascript:alert(1)', municipalities: [], registration: 'email', registrationEmail: 'ei-osoite', contactEmail: '', nameSv: 'Behåll <mig>' })],
    page.body,
  );
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /<title>Virhe: Lähetä tapahtuma/);
  for (const [field, text] of [
    ['nameFi', 'Kirjoita tapahtuman nimi suomeksi'],
    ['startDate', 'Kirjoita päivä muodossa'],
    ['endTime', 'Kirjoita kellonaika'],
    ['onlineUrl', 'etäosallistumisen linkki'],
    ['municipalities', 'Valitse vähintään yksi kunta'],
    ['registrationEmail', 'sähköpostiosoite, johon ilmoittaudutaan'],
    ['contactEmail', 'sähköposti tai puhelinnumero'],
  ]) {
    assert.match(bad.body, new RegExp(`<p id="${field}-error" class="field-error">[^<]*${text}`), field);
  }
  assert.match(bad.body, /value="Behåll &lt;mig>"|value="Behåll &lt;mig&gt;"/);
  assert.match(bad.body, /value="javascript:alert\(1\)"/);
  const otherOrg = await browsers.maintainerA.post('/my/events', [['organizationId', orgB], ...eventFormFields()], page.body);
  assert.equal(otherOrg.statusCode, 404);
  assert.equal((await browsers.maintainerA.post('/my/events', eventFormFields(), page.body)).statusCode, 400, 'no organisation');
  assert.equal((await browsers.maintainerA.post('/my/events', [['organizationId', orgA], ...eventFormFields()])).statusCode, 403, 'no CSRF token');
  const after = await db.selectFrom('event').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  assert.equal(Number(after.n), Number(before.n));
  // A regional administrator writes events in their own region only.
  const admin = await browsers.hame.get('/admin/events/new');
  assert.doesNotMatch(admin.body, /value="297"/, 'Kuopio is not offered to Kanta-Häme');
  assert.equal((await browsers.hame.post('/admin/events', eventFormFields(), admin.body)).statusCode, 400);
});

test('the event page carries schema.org Event JSON-LD that parses, in Helsinki time', async () => {
  const id = await sendEvent({ nameFi: 'Hybridi-ilta', attendance: 'hybrid', onlineUrl: 'https://meet.example.org/ilta', free: '', price: '5 €, jäsenille 3 €', languages: ['fi', 'sv'], audience: [] });
  await approve(browsers.savo, id);
  const page = await get(`/events/${id}`);
  assert.equal(page.statusCode, 200);
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page.body);
  assert.ok(m, 'JSON-LD present');
  const ld = JSON.parse(m[1]!);
  assert.equal(ld['@context'], 'https://schema.org');
  assert.equal(ld['@type'], 'Event');
  assert.equal(ld.name, 'Hybridi-ilta');
  assert.equal(ld.url, `http://localhost:3000/events/${id}`);
  const start = instantOf(dayFromNow(10), '18:00')!;
  assert.equal(new Date(ld.startDate).getTime(), start.getTime());
  assert.match(ld.startDate, /T18:00:00\+0[23]:00$/);
  assert.match(ld.endDate, /T20:00:00\+0[23]:00$/);
  assert.equal(ld.eventStatus, 'https://schema.org/EventScheduled');
  assert.equal(ld.eventAttendanceMode, 'https://schema.org/MixedEventAttendanceMode');
  assert.deepEqual(ld.location.map((l: { '@type': string }) => l['@type']), ['Place', 'VirtualLocation']);
  assert.equal(ld.location[0].address.addressLocality, 'Kuopio');
  assert.equal(ld.location[1].url, 'https://meet.example.org/ilta');
  assert.equal(ld.organizer.name, 'Testiyhdistys ry');
  assert.equal(ld.isAccessibleForFree, false);
  assert.equal(ld.offers.description, '5 €, jäsenille 3 €');
  assert.deepEqual(ld.inLanguage, ['fi', 'sv']);
  // Shown in Finnish style, Helsinki time, in every language.
  const day = dayFromNow(10).split('-').map(Number);
  assert.match(page.body, new RegExp(`${day[2]}\\.${day[1]}\\.${day[0]} klo 18\\.00–20\\.00`));
  assert.match((await get(`/en/events/${id}`)).body, new RegExp(`${day[2]}\\.${day[1]}\\.${day[0]} at 18:00–20:00`));
  // A text that tries to close the script stays inside it.
  const hostile = await sendEvent({ nameFi: 'Ilta </script><script>alert(1)</script>' });
  await approve(browsers.savo, hostile);
  const hostilePage = (await get(`/events/${hostile}`)).body;
  assert.doesNotMatch(hostilePage, /<script>alert/);
  assert.equal(JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(hostilePage)![1]!).name, 'Ilta </script><script>alert(1)</script>');
});

/** The VEVENTs of an iCal text, parsed with ical.js, with its time zones registered. */
function parseIcs(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return { root, events: root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

test('one event’s .ics parses back: Europe/Helsinki with its VTIMEZONE, the right instant, the page link', async () => {
  const id = await sendEvent({ nameFi: 'Kalenteri-ilta' });
  await approve(browsers.savo, id);
  const res = await get(`/events/${id}.ics`);
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /^text\/calendar/);
  assert.match(String(res.headers['content-disposition']), /attachment; filename="tapahtuma-/);
  assert.match(res.body, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Helsinki/);
  assert.match(res.body, /DTSTART;TZID=Europe\/Helsinki:\d{8}T180000\r\n/);
  const { root, events } = parseIcs(res.body);
  assert.equal(root.getFirstPropertyValue('version'), '2.0');
  assert.equal(events.length, 1);
  const e = events[0]!;
  assert.equal(e.summary, 'Kalenteri-ilta');
  assert.equal(e.uid, `${id}@tarjotin`);
  assert.equal(e.startDate.zone.tzid, 'Europe/Helsinki');
  assert.equal(e.startDate.hour, 18);
  assert.equal(e.startDate.toJSDate().getTime(), instantOf(dayFromNow(10), '18:00')!.getTime());
  assert.equal(e.endDate.toJSDate().getTime(), instantOf(dayFromNow(10), '20:00')!.getTime());
  assert.equal(e.location, 'Järjestötalo, Kauppakatu 1, 70100 Kuopio');
  assert.equal(e.component.getFirstPropertyValue('url'), `http://localhost:3000/events/${id}`);
  assert.equal(e.component.getFirstPropertyValue('status'), 'CONFIRMED');
  assert.equal(e.isRecurring(), false);
});

test('the region’s subscription parses back: a weekly event keeps 18.00 Helsinki time across the spring change', async () => {
  const year = new Date().getUTCFullYear() + 1;
  const id = await sendEvent({ nameFi: 'Viikkoryhmä', startDate: `${year}-03-10`, repeat: 'weekly', repeatUntil: `${year}-04-14`, attendance: 'remote', onlineUrl: 'https://meet.example.org/ryhma', placeName: '', streetAddress: '', city: '' });
  await approve(browsers.savo, id);
  const res = await get('/regions/pohjois-savo/events.ics');
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /^text\/calendar/);
  const { root, events } = parseIcs(res.body);
  assert.equal(root.getFirstPropertyValue('x-wr-calname'), 'Tapahtumat – Pohjois-Savo');
  const weekly = events.find((e) => e.summary === 'Viikkoryhmä');
  assert.ok(weekly, 'the recurring event is in the feed');
  assert.ok(weekly.isRecurring());
  assert.match(weekly.component.getFirstPropertyValue('rrule')!.toString(), /FREQ=WEEKLY/);
  const it = weekly.iterator();
  const starts: ICAL.Time[] = [];
  for (let next = it.next(); next && starts.length < 10; next = it.next()) starts.push(next);
  assert.equal(starts.length, 6, '10.3. … 14.4.: six Tuesdays');
  for (const s of starts) {
    assert.equal(s.hour, 18, `${s.toString()} at 18.00 local`);
    assert.equal(s.zone?.tzid, 'Europe/Helsinki');
  }
  const utcHours = starts.map((s) => s.toJSDate().getUTCHours());
  assert.deepEqual(utcHours, [16, 16, 16, 15, 15, 15], 'UTC+2 before the last Sunday of March, UTC+3 after');
  // The app's own expansion agrees.
  assert.equal(starts[3]!.toJSDate().getTime(), instantOf(`${year}-03-31`, '18:00')!.getTime());
  // Pending and other regions' events stay out.
  const pending = await sendEvent({ nameFi: 'Vielä odottava' });
  assert.ok(pending);
  assert.doesNotMatch((await get('/regions/pohjois-savo/events.ics')).body, /Vielä odottava/);
  assert.equal((await get('/regions/ei-aluetta/events.ics')).statusCode, 404);
});

test('the calendar: filters by date, municipality, theme and remote; past events leave the lists and keep their pages', async () => {
  const now = new Date();
  const past = await insertTestEvent(db, { nameFi: 'Mennyt tapahtuma', startsAt: new Date(now.getTime() - 3 * 86_400_000), endsAt: new Date(now.getTime() - 3 * 86_400_000 + 7_200_000), municipalities: ['297'] });
  const iisalmi = await insertTestEvent(db, { nameFi: 'Iisalmen ilta', startsAt: instantOf(dayFromNow(20), '17:00')!, endsAt: instantOf(dayFromNow(20), '19:00')!, municipalities: ['140'] });
  const remote = await insertTestEvent(db, { nameFi: 'Etäluento', attendance: 'remote', startsAt: instantOf(dayFromNow(40), '12:00')!, endsAt: instantOf(dayFromNow(40), '13:00')!, municipalities: ['297'] });
  const all = (await get('/regions/pohjois-savo/events')).body;
  assert.match(all, /Iisalmen ilta/);
  assert.match(all, /Etäluento/);
  assert.doesNotMatch(all, /Mennyt tapahtuma/, 'past events leave the calendar');
  const longAgo = await insertTestEvent(db, { nameFi: 'Kauan sitten', startsAt: new Date(now.getTime() - 40 * 86_400_000), endsAt: new Date(now.getTime() - 40 * 86_400_000 + 7_200_000), municipalities: ['297'] });
  const feed = (await get('/regions/pohjois-savo/events.ics')).body;
  assert.match(feed, /SUMMARY:Mennyt tapahtuma/, 'the subscription keeps the last 30 days, so calendars do not lose them at once');
  assert.doesNotMatch(feed, /SUMMARY:Kauan sitten/);
  assert.equal((await get(`/events/${longAgo}.ics`)).statusCode, 200, 'a past event’s own .ics stays with its page');
  const pastPage = await get(`/events/${past}`);
  assert.equal(pastPage.statusCode, 200, 'its page stays');
  assert.match(pastPage.body, /Tapahtuma on jo päättynyt/);

  const byMunicipality = (await get('/regions/pohjois-savo/events?municipality=140')).body;
  assert.match(byMunicipality, /Iisalmen ilta/);
  assert.doesNotMatch(byMunicipality, /Etäluento/);
  assert.match(byMunicipality, /<option value="140" selected>/);
  const remoteOnly = (await get('/regions/pohjois-savo/events?remote=yes')).body;
  assert.match(remoteOnly, /Etäluento/);
  assert.doesNotMatch(remoteOnly, /Iisalmen ilta/);
  const byDate = (await get(`/regions/pohjois-savo/events?from=${dayFromNow(30)}&to=${dayFromNow(50)}`)).body;
  assert.match(byDate, /Etäluento/);
  assert.doesNotMatch(byDate, /Iisalmen ilta/);

  // A theme (migration 0018) maps need terms; an event with one of them is under it.
  assert.doesNotMatch(all, /id="theme"/, 'no themes yet: no theme filter');
  const term = await db.selectFrom('taxonomy_term as tt').innerJoin('taxonomy as t', 't.id', 'tt.taxonomy_id').select(['tt.id', 'tt.code']).where('t.slug', '=', 'need').orderBy('tt.code').executeTakeFirstOrThrow();
  const themeId = newId();
  await db.insertInto('theme').values({ id: themeId, slug: 'testiteema', name_fi: 'Testiteema' }).execute();
  await db.insertInto('theme_term').values({ theme_id: themeId, term_id: term.id }).execute();
  await db.insertInto('event_term').values({ event_id: iisalmi, term_id: term.id }).execute();
  const byTheme = (await get('/regions/pohjois-savo/events?theme=testiteema')).body;
  assert.match(byTheme, /<option value="testiteema" selected>Testiteema<\/option>/);
  assert.match(byTheme, /Iisalmen ilta/);
  assert.doesNotMatch(byTheme, /Etäluento/);
  assert.equal((await get(`/events/${remote}`)).statusCode, 200);

  // Garbage in the query is dropped, never a 500.
  for (const q of ['?from=huomenna', '?municipality=<b>', '?theme=Ä&remote=1', '?page=-3', '?page=99999']) {
    assert.equal((await get(`/regions/pohjois-savo/events${q}`)).statusCode, 200, q);
  }
  for (const url of ['/events/ei-uuid', '/events/ei-uuid.ics', `/events/${newId()}`, '/regions/ei-aluetta/events']) assert.equal((await get(url)).statusCode, 404, url);
});

test('fi / sv / en: the calendar is Tapahtumat / Evenemang / Events', async () => {
  assert.match((await get('/regions/pohjois-savo/events')).body, /<h1>Tapahtumat – Pohjois-Savo<\/h1>/);
  assert.match((await get('/sv/regions/pohjois-savo/events')).body, /<h1>Evenemang – Norra Savolax<\/h1>/);
  assert.match((await get('/en/regions/pohjois-savo/events')).body, /<h1>Events – North Savo<\/h1>/);
});
