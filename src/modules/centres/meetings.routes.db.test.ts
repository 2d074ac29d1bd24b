import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { newestToken, TestBrowser } from '../../../tests/support/test-browser.js';
import { sessionCookie } from '../../../tests/security/access-matrix.fixture.js';
import { addInboxOrganization, addInboxPerson } from '../referrals/inbox.fixture.js';
import { dateInput, instantOf } from '../events/helsinki-time.js';
import { addTestAgreement, addTestCentre, addTestLiaison, addTestMaterial, useCentresTest, signedInBrowser, testSession } from './centres.fixture.js';

/**
 * Municipal NGO meetings (issue 14, item 6): a liaison creates a meeting, invitations go once, an NGO registers and
 * a member of staff answers by link, the record is written after the meeting and shown to the invited only.
 */

const DAY = 86_400_000;
let clock = new Date();
let orgC: string;
let maintainerC: string;
let meetingId: string;

const fx = useCentresTest({
  service: { now: () => clock },
  centreA: { key: 'tapaaminen-a', nameFi: 'Tapaamisten sote-keskus' },
  centreB: { key: 'tapaaminen-b', nameFi: 'Toinen keskus' },
  liaisonEmails: ['tapaaminen.a@example.org', 'tapaaminen.b@example.org'],
  andThen: async () => {
    const db = fx.service.database.db;
    orgC = (await addInboxOrganization(db, 'tapaaminen-c', 'Kutsumaton yhdistys ry')).id; // in Kuopio too, not invited
    maintainerC = await addInboxPerson(db, 'yllapitaja.c@example.org', [orgC]);
  },
});

async function as(who: string | null): Promise<TestBrowser> {
  const cookie = who === null ? null : who.startsWith('tarjotin_session=') ? who : await testSession(fx.service.database.db, who);
  return signedInBrowser(fx.service, cookie);
}
const role = async (r: 'maintainerA' | 'maintainerB' | 'regionalX' | 'regionalY') => as(await sessionCookie(fx.service, fx.world, r));
const day = (days: number) => dateInput(new Date(clock.getTime() + days * DAY));

const mails = async (template: string) =>
  (await fx.service.database.db.selectFrom('job').select('payload').where('name', '=', 'send-mail').execute()).map((m) => m.payload as { template: string; to: string; params: Record<string, unknown> }).filter((m) => m.template === template);

test('a liaison creates a meeting; invitations go once; the organisers alone see the staff’s addresses; others learn nothing', async () => {
  const db = fx.service.database.db;
  const liaison = await as(fx.liaisonA);
  const form = await liaison.get(`/centres/${fx.centreA}/meetings/new`);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /Matriisiyhdistys A ry/);
  assert.match(form.body, /Kutsumaton yhdistys ry/);
  assert.doesNotMatch(form.body, /Matriisiyhdistys B ry/, 'B is in another region');

  const fields = {
    title: 'Kuopion järjestötapaaminen',
    date: day(7),
    time: '13:00',
    duration: '120',
    place: 'Valtuustosali, Suokatu 42',
    agenda: 'Tervetuloa\n- Sote-keskuksen palvelut\nAsiakkaiden tuen tarpeet',
    organizations: fx.world.orgA,
    staff: 'Hoitaja.Yksi@example.org\nsosiaalityo.kaksi@example.org',
  };
  const bad = await liaison.submit(`/centres/${fx.centreA}/meetings/new`, `/centres/${fx.centreA}/meetings`, { ...fields, place: '', staff: 'ei-osoite' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /id="place-error"/);
  assert.match(bad.body, /id="staff-error"/);
  assert.match(bad.body, /value="Kuopion järjestötapaaminen"/, 'what was typed is kept');
  const foreign = await liaison.submit(`/centres/${fx.centreA}/meetings/new`, `/centres/${fx.centreA}/meetings`, { ...fields, organizations: (await db.selectFrom('organization').select('id').where('name_fi', '=', 'Matriisiyhdistys B ry').executeTakeFirstOrThrow()).id });
  assert.equal(foreign.statusCode, 400, 'an organisation outside the region is refused');
  assert.equal((await liaison.submit(`/centres/${fx.centreA}/meetings/new`, `/centres/${fx.centreA}/meetings`, { ...fields, date: day(-1) })).statusCode, 400);

  const created = await liaison.submit(`/centres/${fx.centreA}/meetings/new`, `/centres/${fx.centreA}/meetings`, fields);
  assert.equal(created.statusCode, 303);
  meetingId = /\/meetings\/([0-9a-f-]{36})\?done=created/.exec(created.headers.location as string)![1]!;
  const row = await db.selectFrom('centre_meeting').select(['agenda', 'municipality_code']).where('id', '=', meetingId).executeTakeFirstOrThrow();
  assert.deepEqual(row.agenda, ['Tervetuloa', 'Sote-keskuksen palvelut', 'Asiakkaiden tuen tarpeet']);
  assert.equal(row.municipality_code, '297');

  // Invitations: A's maintainer once (with the meeting's page), each member of staff once (with a personal link).
  assert.deepEqual((await mails('centre-meeting-invitation')).map((m) => m.to), ['matriisi.a@example.org']);
  assert.equal((await mails('centre-meeting-invitation'))[0]!.params.meetingId, meetingId);
  assert.deepEqual((await mails('centre-meeting-staff-invitation')).map((m) => m.to).sort(), ['hoitaja.yksi@example.org', 'sosiaalityo.kaksi@example.org']);
  const audit = await db.selectFrom('audit_event').select('detail').where('subject_id', '=', meetingId).execute();
  assert.doesNotMatch(JSON.stringify(audit), /@/, 'no address in the audit trail');

  // The organisers see the staff's addresses; the invited NGO does not.
  const organiserPage = await liaison.get(`/meetings/${meetingId}`);
  assert.equal(organiserPage.statusCode, 200);
  assert.match(organiserPage.body, /hoitaja\.yksi@example\.org/);
  assert.equal((await (await role('regionalX')).get(`/meetings/${meetingId}`)).statusCode, 200, 'the region’s administrator organises too');
  const a = await role('maintainerA');
  const ngoPage = await a.get(`/meetings/${meetingId}`);
  assert.equal(ngoPage.statusCode, 200);
  assert.doesNotMatch(ngoPage.body, /@example\.org/);
  assert.match(ngoPage.body, /Sote-keskuksen palvelut/);
  assert.match((await a.get('/my/meetings')).body, /Kuopion järjestötapaaminen/);

  // Everybody else: not found (another NGO, another centre's liaison, another region's administrator) or refused.
  for (const outsider of [await as(maintainerC), await role('maintainerB'), await as(fx.liaisonB), await role('regionalY')]) {
    assert.equal((await outsider.get(`/meetings/${meetingId}`)).statusCode, 404);
    assert.equal((await outsider.get(`/meetings/${meetingId}/calendar.ics`)).statusCode, 404);
  }
  assert.doesNotMatch((await (await as(maintainerC)).get('/for-organisations')).body, /Kuopion järjestötapaaminen/);
  assert.equal((await (await as(fx.liaisonB)).get(`/centres/${fx.centreA}/meetings/new`)).statusCode, 403);
  assert.equal((await (await role('regionalY')).get(`/centres/${fx.centreA}/meetings`)).statusCode, 403);
  assert.equal((await a.get(`/centres/${fx.centreA}/meetings/new`)).statusCode, 403);
  const listed = await liaison.get(`/centres/${fx.centreA}/meetings`);
  assert.match(listed.body, /Kuopion järjestötapaaminen/);
});

test('the NGO registers, a member of staff answers by link, the organiser sees both; the .ics is valid', async () => {
  const db = fx.service.database.db;
  const a = await role('maintainerA');
  const missing = await a.submit(`/meetings/${meetingId}`, `/meetings/${meetingId}/registration`, { organization: fx.world.orgA, response: 'coming', names: 'Anna Esimerkki' });
  assert.equal(missing.statusCode, 400);
  assert.match(missing.body, /id="people-error"/);
  assert.match(missing.body, /Anna Esimerkki/);
  const ok = await a.submit(`/meetings/${meetingId}`, `/meetings/${meetingId}/registration`, { organization: fx.world.orgA, response: 'coming', people: '2', names: 'Anna Esimerkki, Olli Esimerkki', needs: 'Pyörätuolipaikka' });
  assert.equal(ok.statusCode, 303);
  assert.match(ok.headers.location as string, /done=registered/);
  const invitee = await db.selectFrom('centre_meeting_invitee').select(['response', 'people', 'needs']).where('meeting_id', '=', meetingId).where('organization_id', '=', fx.world.orgA).executeTakeFirstOrThrow();
  assert.deepEqual(invitee, { response: 'coming', people: 2, needs: 'Pyörätuolipaikka' });
  const c = await as(maintainerC);
  assert.equal((await c.post(`/meetings/${meetingId}/registration`, { organization: orgC, response: 'coming', people: '1' }, (await c.get('/for-organisations')).body)).statusCode, 404);

  // The staff member's link: the page, an answer; a wrong token is not found.
  const token = await newestToken(db, 'centre-meeting-staff-invitation', 'hoitaja.yksi@example.org');
  const anonymous = await as(null);
  const staffPage = await anonymous.get(`/meeting-invitations/${token}`);
  assert.equal(staffPage.statusCode, 200);
  assert.equal(staffPage.headers['referrer-policy'], 'no-referrer');
  assert.doesNotMatch(staffPage.body, /sosiaalityo\.kaksi/, 'a member of staff sees no other invitee');
  const answered = await anonymous.post(`/meeting-invitations/${token}`, { response: 'coming', needs: 'Gluteeniton' }, staffPage.body);
  assert.equal(answered.statusCode, 200);
  assert.match(answered.body, /Ilmoittautuminen tallennettiin/);
  assert.equal((await db.selectFrom('centre_meeting_invitee').select('response').where('email', '=', 'hoitaja.yksi@example.org').executeTakeFirstOrThrow()).response, 'coming');
  assert.equal((await anonymous.get(`/meeting-invitations/${token.slice(0, -2)}xx`)).statusCode, 404);

  const organiser = await (await as(fx.liaisonA)).get(`/meetings/${meetingId}`);
  assert.match(organiser.body, /Pyörätuolipaikka/);
  assert.match(organiser.body, /Gluteeniton/);
  assert.match(organiser.body, /Tulossa 3 henkeä/);

  const ics = await a.get(`/meetings/${meetingId}/calendar.ics`);
  assert.equal(ics.statusCode, 200);
  assert.match(String(ics.headers['content-type']), /^text\/calendar/);
  const vevent = new ICAL.Component(ICAL.parse(ics.body)).getFirstSubcomponent('vevent')!;
  assert.equal(vevent.getFirstPropertyValue('summary'), 'Kuopion järjestötapaaminen');
  assert.equal(String(vevent.getFirstProperty('dtstart')!.getFirstValue()).slice(11, 16), '13:00');
  assert.match(String(vevent.getFirstPropertyValue('location')), /Valtuustosali/);
});

test('after the meeting the organiser writes the record; the invited NGO and staff read it, nobody else', async () => {
  const db = fx.service.database.db;
  const liaison = await as(fx.liaisonA);
  const early = await liaison.submit(`/meetings/${meetingId}/record/edit`, `/meetings/${meetingId}/record`, { people: '5' });
  assert.equal(early.statusCode, 409, 'not before the meeting');

  clock = new Date(clock.getTime() + 8 * DAY);
  const a = await role('maintainerA');
  assert.equal((await a.get(`/meetings/${meetingId}/record/edit`)).statusCode, 403, 'the NGO does not write the record');
  const late = await a.post(`/meetings/${meetingId}/registration`, { organization: fx.world.orgA, response: 'declined' }, (await a.get('/for-organisations')).body);
  assert.equal(late.statusCode, 409, 'answers are closed once the meeting has begun');
  const record = {
    present: fx.world.orgA,
    people: '9',
    supportNeeds: 'Yksinäisyys ja omaisten jaksaminen.',
    services: 'Uusi perhekeskuksen neuvonta.',
    cooperation: 'Vertaisryhmät keskuksen tiloissa.',
    development: 'Yhteinen palautekysely syksyllä.',
  };
  const wrong = await liaison.submit(`/meetings/${meetingId}/record/edit`, `/meetings/${meetingId}/record`, { ...record, present: orgC });
  assert.equal(wrong.statusCode, 400, 'present only among the invited');
  const saved = await liaison.submit(`/meetings/${meetingId}/record/edit`, `/meetings/${meetingId}/record`, record);
  assert.equal(saved.statusCode, 303);
  const row = await db.selectFrom('centre_meeting').select(['record_people', 'record_services']).where('id', '=', meetingId).executeTakeFirstOrThrow();
  assert.deepEqual(row, { record_people: 9, record_services: 'Uusi perhekeskuksen neuvonta.' });

  for (const reader of [a, await as(fx.liaisonA)]) {
    const page = await reader.get(`/meetings/${meetingId}/record`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Yksinäisyys ja omaisten jaksaminen/);
    assert.match(page.body, /Matriisiyhdistys A ry/, 'the organisations present');
  }
  const token = await newestToken(db, 'centre-meeting-staff-invitation', 'sosiaalityo.kaksi@example.org');
  const staff = await (await as(null)).get(`/meeting-invitations/${token}`);
  assert.match(staff.body, /Vertaisryhmät keskuksen tiloissa/);
  assert.doesNotMatch(staff.body, /<form method="post"/, 'no answering after the start');

  for (const outsider of [await as(maintainerC), await role('maintainerB'), await as(fx.liaisonB)]) {
    assert.equal((await outsider.get(`/meetings/${meetingId}/record`)).statusCode, 404);
  }
  const anonymous = await (await as(null)).get(`/meetings/${meetingId}/record`);
  assert.equal(anonymous.statusCode, 303);
  assert.match(anonymous.headers.location as string, /sign-in/);
});

test('follow-up: only the centre’s liaison records it, after the agreed time; the desk lists what awaits', async () => {
  const db = fx.service.database.db;
  const startsAt = new Date(clock.getTime() + 2 * DAY);
  const id = await addTestAgreement(db, { key: 'seuranta', organizationId: fx.world.orgA, centreId: fx.centreA, startsAt, createdBy: fx.world.userIds.maintainerA });
  await db.updateTable('centre_agreement').set({ status: 'accepted', awaiting: null }).where('id', '=', id).execute();
  const liaison = await as(fx.liaisonA);
  assert.doesNotMatch((await liaison.get(`/agreements/${id}/follow-up`)).body, /<form method="post"/, 'no form before its time');
  assert.equal((await liaison.post(`/agreements/${id}/follow-up`, { outcome: 'happened', attendance: '3' }, (await liaison.get('/for-organisations')).body)).statusCode, 409, 'not before its time');
  assert.doesNotMatch((await liaison.get(`/centres/${fx.centreA}/desk`)).body, /Kirjaa: Testiryhmä/);

  clock = new Date(clock.getTime() + 3 * DAY);
  assert.match((await liaison.get(`/centres/${fx.centreA}/desk`)).body, /Kirjaa: Testiryhmä/);
  assert.match((await liaison.get(`/agreements/${id}`)).body, /Kirjaa toteutuminen ja arvio/);
  assert.equal((await (await role('maintainerA')).get(`/agreements/${id}/follow-up`)).statusCode, 403, 'the NGO does not assess');
  for (const outsider of [await as(fx.liaisonB), await role('regionalX'), await role('maintainerB')]) {
    assert.equal((await outsider.get(`/agreements/${id}/follow-up`)).statusCode, 404);
  }
  const missing = await liaison.submit(`/agreements/${id}/follow-up`, `/agreements/${id}/follow-up`, { outcome: 'happened', comment: 'Hyvä ryhmä' });
  assert.equal(missing.statusCode, 400);
  assert.match(missing.body, /id="attendance-error"/);
  assert.match(missing.body, /Hyvä ryhmä/);
  const saved = await liaison.submit(`/agreements/${id}/follow-up`, `/agreements/${id}/follow-up`, { outcome: 'happened', attendance: '11', rating: '4', comment: 'Hyvä ryhmä' });
  assert.equal(saved.statusCode, 303);
  const row = await db.selectFrom('centre_agreement').select(['followup_outcome', 'followup_attendance', 'followup_rating', 'followup_comment', 'followup_by']).where('id', '=', id).executeTakeFirstOrThrow();
  assert.deepEqual(row, { followup_outcome: 'happened', followup_attendance: 11, followup_rating: 4, followup_comment: 'Hyvä ryhmä', followup_by: fx.liaisonA });
  assert.doesNotMatch((await liaison.get(`/centres/${fx.centreA}/desk`)).body, /Kirjaa: Testiryhmä/);
  const a = await role('maintainerA');
  assert.equal((await a.post(`/agreements/${id}/follow-up`, { outcome: 'cancelled' }, (await a.get('/for-organisations')).body)).statusCode, 403);
});

test('a centre’s report: exact figures from fixtures, the default period, the CSV; only organisers read it', async () => {
  const db = fx.service.database.db;
  const centre = await addTestCentre(db, { key: 'raportti', nameFi: 'Raportin sote-keskus' });
  const liaison = await addTestLiaison(db, { email: 'raportti@example.org', centreId: centre });
  const today = dateInput(clock);
  const at = (days: number, time = '12:00') => instantOf(day(days), time)!;

  // Material: two slides of A and a poster of C approved and valid in the period; one expired before it; one pending.
  const approve = async (id: string) => db.updateTable('centre_material_target').set({ status: 'approved' }).where('material_id', '=', id).execute();
  await approve(await addTestMaterial(db, { key: 'r1', organizationId: fx.world.orgA, centreIds: [centre], validFrom: day(-40), validUntil: day(20) }));
  await approve(await addTestMaterial(db, { key: 'r2', organizationId: fx.world.orgA, centreIds: [centre], validFrom: day(-10), validUntil: day(-5) }));
  const poster = await addTestMaterial(db, { key: 'r3', organizationId: orgC, centreIds: [centre], validFrom: day(-30), validUntil: day(30) });
  await approve(poster);
  await db.updateTable('centre_material').set({ kind: 'poster' }).where('id', '=', poster).execute();
  await approve(await addTestMaterial(db, { key: 'r4', organizationId: orgC, centreIds: [centre], validFrom: day(-300), validUntil: day(-200) }));
  await addTestMaterial(db, { key: 'r5', organizationId: orgC, centreIds: [centre], validFrom: day(-10), validUntil: day(10) });

  // Agreements: three groups (happened 12 people rated 4; not happened; not recorded), a presentation (30, rated 5);
  // a proposal never accepted and an accepted group before the period do not count.
  const agreement = async (key: string, organizationId: string, daysAgo: number, kind: 'group_activity' | 'staff_presentation', status: 'accepted' | 'proposed', followUp?: { outcome: 'happened' | 'not_happened'; attendance?: number; rating?: number }) => {
    const id = await addTestAgreement(db, { key, organizationId, centreId: centre, startsAt: at(-daysAgo), createdBy: fx.world.userIds.maintainerA });
    await db
      .updateTable('centre_agreement')
      .set({ kind, status, awaiting: status === 'accepted' ? null : 'centre', followup_outcome: followUp?.outcome ?? null, followup_attendance: followUp?.attendance ?? null, followup_rating: followUp?.rating ?? null, followup_at: followUp ? clock : null })
      .where('id', '=', id)
      .execute();
  };
  await agreement('g1', fx.world.orgA, 20, 'group_activity', 'accepted', { outcome: 'happened', attendance: 12, rating: 4 });
  await agreement('g2', orgC, 15, 'group_activity', 'accepted', { outcome: 'not_happened' });
  await agreement('g3', orgC, 5, 'group_activity', 'accepted');
  await agreement('p1', fx.world.orgA, 25, 'staff_presentation', 'accepted', { outcome: 'happened', attendance: 30, rating: 5 });
  await agreement('x1', orgC, 10, 'group_activity', 'proposed');
  await agreement('x2', orgC, 200, 'group_activity', 'accepted', { outcome: 'happened', attendance: 99 });

  // Meetings: two held in the period (one recorded: 9 people, A present), one still to come.
  const { addTestMeeting } = await import('./meetings.fixture.js');
  const held = await addTestMeeting(db, { key: 'r-held', centreId: centre, startsAt: at(-12), organizationIds: [fx.world.orgA, orgC], createdBy: liaison });
  await db.updateTable('centre_meeting').set({ record_people: 9, record_written_at: clock }).where('id', '=', held).execute();
  await db.updateTable('centre_meeting_invitee').set({ present: true }).where('meeting_id', '=', held).where('organization_id', '=', fx.world.orgA).execute();
  await addTestMeeting(db, { key: 'r-held-2', centreId: centre, startsAt: at(-3), organizationIds: [orgC], createdBy: liaison });
  await addTestMeeting(db, { key: 'r-coming', centreId: centre, startsAt: at(5), organizationIds: [orgC], createdBy: liaison });

  // A theme: A's activity is under it, C's is not.
  const { addTestTheme } = await import('../themes/themes.fixture.js');
  const { termId } = await import('../reference/load-reference-data.js');
  await addTestTheme(db, { slug: 'raporttiteema', nameFi: 'Raporttiteema', needs: ['omaishoito'] });
  await db.insertInto('activity_term').values({ activity_id: fx.world.activityA, term_id: termId('need', 'omaishoito') }).execute();

  const reader = await as(liaison);
  const page = await reader.get(`/centres/${centre}/report?from=${day(-60)}&until=${today}`);
  assert.equal(page.statusCode, 200);
  const cells = (tableId: string) => {
    const table = new RegExp(`<table id="${tableId}"[\\s\\S]*?</table>`).exec(page.body)![0];
    return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].slice(1).map((r) => [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => c[1]!));
  };
  assert.deepEqual(cells('report-materials-table'), [
    ['Esite (PDF)', '0'],
    ['Juliste (PDF tai kuva)', '1'],
    ['Infotaulun ilmoitus (kuva)', '2'],
  ]);
  const agreements = cells('report-agreements-table');
  assert.deepEqual(agreements.find((r) => r[0] === 'Asiakastyö tai ryhmätoiminta keskuksessa'), ['Asiakastyö tai ryhmätoiminta keskuksessa', '3', '1', '1', '0', '1', '12', '4,0']);
  assert.deepEqual(agreements.find((r) => r[0]!.startsWith('Esittely henkilöstön')), ['Esittely henkilöstön kokouksessa tai kehittämispäivässä', '1', '1', '0', '0', '0', '30', '5,0']);
  assert.deepEqual(agreements.at(-1), ['Yhteensä', '4', '2', '1', '0', '1', '42', '4,5']);
  const meetings = /<dl class="stats-summary" id="report-meetings-figures">([\s\S]*?)<\/dl>/.exec(page.body)![1]!;
  assert.deepEqual([...meetings.matchAll(/<dd>(\d+)<\/dd>/g)].map((m) => m[1]), ['2', '1', '9', '1']);
  assert.deepEqual(cells('report-organizations-table'), [
    ['Kutsumaton yhdistys ry', '1', '1', '0'],
    ['Matriisiyhdistys A ry', '2', '2', '1'],
  ]);
  assert.deepEqual(cells('report-themes-table'), [['Raporttiteema', '1']]);
  assert.match(page.body, /<svg class="stats-chart"[^>]*aria-hidden="true"/);

  // Without a period: the last twelve months up to today.
  const defaults = await reader.get(`/centres/${centre}/report`);
  assert.match(defaults.body, new RegExp(`name="until" value="${today}"`));
  assert.match(defaults.body, new RegExp(`name="from" value="${dateInput(new Date(Date.parse(`${today}T12:00:00Z`) - 365 * DAY))}"`));
  assert.equal((await reader.get(`/centres/${centre}/report?from=nonsense&until=2026-13-45`)).statusCode, 200, 'a wrong period is ignored');

  const csv = await reader.get(`/centres/${centre}/report.csv?from=${day(-60)}&until=${today}`);
  assert.equal(csv.statusCode, 200);
  assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
  assert.match(String(csv.headers['content-disposition']), /^attachment; filename="yhteistyoraportti-/);
  assert.ok(csv.body.startsWith('\uFEFFOsio;Nimi;Määrä;Toteutui;Ei toteutunut;Peruttiin;Kirjaamatta;Osallistujia;Arvio keskimäärin\r\n'));
  const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n');
  assert.ok(lines.includes('Esillä olleet aineistot;Infotaulun ilmoitus (kuva);2;;;;;;'));
  assert.ok(lines.includes('Esittelyt, tapahtumat ja ryhmät;Asiakastyö tai ryhmätoiminta keskuksessa;3;1;1;0;1;12;"4,0"') || lines.includes('Esittelyt, tapahtumat ja ryhmät;Asiakastyö tai ryhmätoiminta keskuksessa;3;1;1;0;1;12;4,0'));
  assert.ok(lines.includes('Järjestötapaamiset;Pidettyjä tapaamisia;2;;;;;;'));
  assert.ok(lines.includes('Teemoittain;Raporttiteema;1;;;;;;'));

  // Only the centre's liaisons and its region's administrators.
  assert.equal((await (await role('regionalX')).get(`/centres/${centre}/report`)).statusCode, 200);
  assert.match((await (await role('regionalX')).get('/admin/centres')).body, new RegExp(`href="/centres/${centre}/report" aria-label="Yhteistyöraportti: Raportin sote-keskus"`), 'administrators reach it from their centres');
  for (const outsider of [await as(fx.liaisonA), await role('regionalY'), await role('maintainerA')]) {
    assert.equal((await outsider.get(`/centres/${centre}/report`)).statusCode, 403);
    assert.equal((await outsider.get(`/centres/${centre}/report.csv`)).statusCode, 403);
  }
});
