import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestService } from '../../../tests/support/test-app.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import type { Service } from '../../boot.js';
import { insertSession } from '../../platform/auth/auth.repo.js';
import { hashSecret, newSecret } from '../../platform/auth/auth-tokens.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { isAppError } from '../../platform/errors.js';
import { getReferralStats, type GroupCounts } from './get-referral-stats.js';
import { csvCell } from '../../platform/http/csv.js';
import { ACTIVITIES, ORGS, PEOPLE, SAVO, TESTIMAA, addRequest, addRetentionFixture } from './retention.fixture.js';

/**
 * The statistics on a small fixture whose numbers are worked out by hand: totals, outcomes, time to first action
 * (median and 90th percentile), per organisation, need and municipality, the regional scopes, erased requests still
 * counted, the zero-result searches through the search module; the page's SVG and tables, the CSV, and access.
 */

let service: Service;
let db: Database;
let people: Record<keyof typeof PEOPLE, string>;
const NOW = new Date('2026-12-01T10:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);
const CLIENT = { phone: '+358401112233', email: 'asiakas@example.org', firstName: 'Tähtisilmä', message: 'Toivon soittoa vertaisryhmästä.' };
const refs: Record<string, string> = {};

before(async () => {
  service = await createTestService();
  db = service.database.db;
  const cipher = service.app.deps.cipher;
  people = await addRetentionFixture(db);
  const a = ago(12);
  refs.a = (
    await addRequest(db, cipher, {
      ...CLIENT,
      createdAt: a,
      to: [
        { organizationId: ORGS.savoA, activityId: ACTIVITIES.savoGroup, status: 'contacted', actedAt: new Date(a.getTime() + 2 * HOUR) },
        { organizationId: ORGS.helsinki, activityId: ACTIVITIES.helsinkiGroup, status: 'declined', actedAt: new Date(a.getTime() + 10 * HOUR) },
        { organizationId: ORGS.turku, status: 'unreachable', actedAt: new Date(a.getTime() + 30 * HOUR) },
      ],
    })
  ).reference;
  refs.b = (
    await addRequest(db, cipher, {
      ...CLIENT,
      createdAt: ago(40),
      senderKind: 'professional',
      senderUnit: 'Kuopion sosiaalitoimi',
      to: [{ organizationId: ORGS.savoB, activityId: ACTIVITIES.savoB }, { organizationId: ORGS.roaming, status: 'opened' }],
    })
  ).reference;
  const c = ago(200);
  await addRequest(db, cipher, { ...CLIENT, createdAt: c, to: [{ organizationId: ORGS.savoA, status: 'contacted', actedAt: new Date(c.getTime() + 5 * HOUR) }] });
  const d = ago(5);
  const erased = await addRequest(db, cipher, { ...CLIENT, createdAt: d, to: [{ organizationId: ORGS.savoA, activityId: ACTIVITIES.savoGroup, status: 'contacted', actedAt: new Date(d.getTime() + HOUR) }] });
  await db
    .updateTable('contact_request')
    .set({ client_phone_enc: null, client_email_enc: null, client_first_name_enc: null, message_enc: null, preferred_time_enc: null, phone_lookup: null, email_lookup: null, erased_at: ago(1) })
    .where('id', '=', erased.requestId)
    .execute();
  await addRequest(db, cipher, { ...CLIENT, createdAt: ago(3), municipality: '091', to: [{ organizationId: ORGS.savoA }] });
  await db.updateTable('contact_request_recipient').set({ reminded_at: ago(9) }).where('organization_id', '=', ORGS.helsinki).execute();

  const zero = (query: string, needs: string[], municipality: string, hoursAgo: number) =>
    db
      .insertInto('search_zero_result')
      .values({ query, need_codes: needs, municipality, lang: 'fi', approximate: false, searched_hour: new Date(NOW.getTime() - hoursAgo * HOUR) })
      .execute();
  for (let i = 0; i < 3; i++) await zero('ruoka-apu', ['masennus'], '297', 10 + i);
  for (let i = 0; i < 2; i++) await zero('kissaterapia', [], '091', 20 + i);
  await zero('', ['paihteet'], '', 30);
  await zero('vanha haku', ['masennus'], '297', 100 * 24);
});

after(async () => {
  await service.close();
});

const platform = () => ({ id: people.platform, email: PEOPLE.platform, lang: 'en', roles: [{ role: 'platform_admin', scopeId: null }] }) as SessionUser;
const savoAdmin = () => ({ id: people.savoAdmin, email: PEOPLE.savoAdmin, lang: 'fi', roles: [{ role: 'regional_admin', scopeId: SAVO }] }) as SessionUser;
const testimaaAdmin = () => ({ id: people.testimaaAdmin, email: PEOPLE.testimaaAdmin, lang: 'sv', roles: [{ role: 'regional_admin', scopeId: TESTIMAA }] }) as SessionUser;

const stats = (actor: SessionUser, periodDays: 30 | 90 | 365 = 90, regionId: string | null = null) => getReferralStats({ db, actor, periodDays, regionId, now: NOW });
const byKey = (rows: GroupCounts[]) => Object.fromEntries(rows.map((g) => [g.key, g.total]));
const outcome = (g: GroupCounts) => [g.contacted, g.unreachable, g.declined, g.noAction];

async function signedIn(userId: string): Promise<TestBrowser> {
  const browser = new TestBrowser(service.app);
  const secret = newSecret();
  await insertSession(db, { id: hashSecret(secret), userId, hours: 1 });
  browser.cookies.set('tarjotin_session', secret);
  return browser;
}

test('a platform administrator: totals, outcomes, time to first action, sender, reminders (erased requests still count)', async () => {
  const s = await stats(platform());
  assert.equal(s.totals.total, 7, 'deliveries in 90 days: 3 + 2 + 1 (erased) + 1');
  assert.equal(s.totals.requests, 4);
  assert.deepEqual(outcome(s.totals), [2, 1, 1, 3], 'contacted, could not reach, declined, no action');
  assert.equal(s.totals.medianHours, 6, 'median of 1, 2, 10 and 30 hours');
  assert.ok(Math.abs(s.totals.p90Hours! - 24) < 1e-9, '90th percentile (continuous) of 1, 2, 10, 30: 10 + 0.7 × 20');
  assert.deepEqual(s.sender, { self: 3, professional: 1 });
  assert.equal(s.totals.reminded, 1);
  assert.equal(s.everywhere, true);
  assert.deepEqual(s.regions.map((r) => r.id).sort(), [SAVO, TESTIMAA].sort());
});

test('per organisation, need and municipality', async () => {
  const s = await stats(platform());
  assert.deepEqual(byKey(s.byOrganization), { [ORGS.savoA]: 3, [ORGS.helsinki]: 1, [ORGS.turku]: 1, [ORGS.savoB]: 1, [ORGS.roaming]: 1 });
  assert.equal(s.byOrganization[0]!.key, ORGS.savoA, 'most deliveries first');
  assert.deepEqual(outcome(s.byOrganization[0]!), [2, 0, 0, 1]);
  assert.equal(s.byOrganization[0]!.medianHours, 1.5);
  assert.deepEqual(byKey(s.byNeed), { masennus: 3, ahdistus: 2, paihteet: 1, '': 3 }, 'an activity with two needs counts under both');
  assert.equal(s.byNeed.at(-1)!.key, '', '"no need" last');
  assert.deepEqual(s.byNeed.find((g) => g.key === 'masennus')!.names, { fi: 'Masennus', sv: 'Depression', en: 'Depression' });
  assert.deepEqual(byKey(s.byMunicipality), { '297': 3, '091': 2, '853': 1, '': 1 }, 'the request’s own municipality first, else the organisation’s');
});

test('periods: 30 days leaves out the 40-day-old request, 365 days brings in the 200-day-old one', async () => {
  assert.equal((await stats(platform(), 30)).totals.total, 5);
  const year = await stats(platform(), 365);
  assert.equal(year.totals.total, 8);
  assert.equal(byKey(year.byOrganization)[ORGS.savoA], 4);
});

test('regional administrators see their regions only; another region is refused; a platform administrator may choose one', async () => {
  const savo = await stats(savoAdmin());
  assert.deepEqual(byKey(savo.byOrganization), { [ORGS.savoA]: 3, [ORGS.savoB]: 1 });
  assert.equal(savo.totals.total, 4);
  assert.equal(savo.everywhere, false);
  assert.deepEqual(savo.regions.map((r) => r.id), [SAVO]);
  const testimaa = await stats(testimaaAdmin());
  assert.deepEqual(byKey(testimaa.byOrganization), { [ORGS.helsinki]: 1, [ORGS.roaming]: 1 }, 'Kiertävä Kerho by its activity’s municipality');
  await assert.rejects(stats(testimaaAdmin(), 90, SAVO), (e) => isAppError(e) && e.code === 'FORBIDDEN');
  const maintainer = { id: people.maintainer, email: PEOPLE.maintainer, lang: 'fi', roles: [{ role: 'maintainer', scopeId: ORGS.savoA }] } as SessionUser;
  await assert.rejects(stats(maintainer), (e) => isAppError(e) && e.code === 'FORBIDDEN');
  assert.deepEqual(byKey((await stats(platform(), 90, TESTIMAA)).byOrganization), { [ORGS.helsinki]: 1, [ORGS.roaming]: 1 });
});

test('searches that found nothing come from the search module, limited to the scope’s municipalities and the whole country', async () => {
  const all = await stats(platform());
  assert.deepEqual(
    all.zeroResults.map((z) => [z.query, z.count]),
    [
      ['ruoka-apu', 3],
      ['kissaterapia', 2],
      ['', 1],
    ],
  );
  assert.deepEqual(all.searchedNeeds.map((n) => [n.code, n.searches]), [
    ['masennus', 3],
    ['paihteet', 1],
  ]);
  assert.deepEqual(all.zeroResults[0]!.municipality, { fi: 'Kuopio', sv: 'Kuopio', en: null });
  assert.equal(all.zeroResults[2]!.municipality, null, 'all of Finland');
  const savo = await stats(savoAdmin());
  assert.deepEqual(savo.zeroResults.map((z) => z.query), ['ruoka-apu', ''], 'not the Helsinki search');
  assert.equal((await stats(platform(), 365)).zeroResults.find((z) => z.query === 'vanha haku')?.count, 1);
});

test('the page: SVG charts with role="img", a title and a description, each beside its data table; no client details', async () => {
  const admin = await signedIn(people.platform);
  const page = await admin.get('/admin/contact-requests/stats?period=365');
  assert.equal(page.statusCode, 200);
  const body = page.body;
  for (const id of ['chart-outcomes', 'chart-needs']) {
    const svg = new RegExp(`<svg[^>]*role="img"[^>]*aria-labelledby="${id}-title ${id}-desc"[^>]*>\\s*<title id="${id}-title">[^<]+</title>\\s*<desc id="${id}-desc">[^<]+</desc>`);
    assert.match(body, svg, `${id} is an image named by its title and description`);
    const pair = new RegExp(`<div class="stats-pair"><svg[^>]*aria-labelledby="${id}-title[\\s\\S]*?</svg><div class="table-scroll"><table class="admin-table"><caption>`);
    assert.match(body, pair, `${id} has its data table beside it`);
  }
  assert.ok(body.includes('<rect'), 'bars are drawn');
  assert.match(body, /<option value="365" selected>/);
  assert.ok(body.includes('Savon Vertaiset ry'));
  assert.ok(body.includes('href="/admin/contact-requests/stats.csv?period=365"'));
  for (const s of [CLIENT.phone, CLIENT.email, CLIENT.firstName, CLIENT.message, 'Kuopion sosiaalitoimi', refs.a!, refs.b!]) {
    assert.ok(!body.includes(s), `the statistics must not show "${s}"`);
  }
  const sv = await admin.get('/sv/admin/contact-requests/stats');
  assert.ok(sv.body.includes('Statistik över kontaktförfrågningar'));
  assert.ok(sv.body.includes('Savolax Kamrater rf'), 'organisation names in Swedish where they have one');
});

test('the CSV: UTF-8 with BOM, semicolons, decimal comma, CRLF, a header row; per section; formulas made plain', async () => {
  const admin = await signedIn(people.savoAdmin);
  const res = await admin.get('/admin/contact-requests/stats.csv?period=90');
  assert.equal(res.statusCode, 200);
  assert.equal(res.headers['content-type'], 'text/csv; charset=utf-8');
  assert.match(String(res.headers['content-disposition']), /^attachment; filename="yhteydenottopyynnot-90-paivaa-\d{4}-\d{2}-\d{2}\.csv"$/);
  const raw = res.rawPayload;
  assert.deepEqual([...raw.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'byte-order mark');
  const lines = res.body.replace(/^\uFEFF/, '').split('\r\n');
  assert.equal(lines.at(-1), '', 'ends with CRLF');
  assert.equal(
    lines[0],
    'Osio;Koodi;Nimi;Toimituksia järjestöille;Pyyntöjä;Yhteyttä otettu;Ei tavoitettu;Ei voida ottaa vastaan;Ei vielä toimenpidettä;Mediaani ensimmäiseen toimenpiteeseen (h);90 % ensimmäiseen toimenpiteeseen (h);Muistutettu;Ylläpidolle ilmoitettu',
  );
  // Savo: savoA (A contacted after 2 h, erased D after 1 h, E no action) and savoB (B no action).
  assert.equal(lines[1], 'Yhteensä;;Kaikki;4;4;2;0;0;2;1,5;1,9;0;0');
  assert.ok(lines.includes(`Järjestö;${ORGS.savoA};Savon Vertaiset ry;3;3;2;0;0;1;1,5;1,9;0;0`));
  assert.ok(lines.includes('Tarve;masennus;Masennus;2;2;2;0;0;0;1,5;1,9;0;0'));
  assert.ok(lines.includes('Kunta;297;Kuopio;3;3;2;0;0;1;1,5;1,9;0;0'));
  assert.ok(lines.includes('Kunta;091;Helsinki;1;1;0;0;0;1;;;0;0'), 'the request made in Helsinki to a Kuopio organisation');
  assert.ok(!res.body.includes('Helsingin Kohtaamo'), 'nothing outside the region');
  assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
  assert.equal(csvCell('+358'), "'+358");
  assert.equal(csvCell('Yksi; kaksi'), '"Yksi; kaksi"');
  assert.equal(csvCell(-3), '-3');
  assert.equal(csvCell(null), '');
});

test('access: signed out → sign-in, maintainer → 403, another region → 403', async () => {
  const anonymous = new TestBrowser(service.app);
  for (const url of ['/admin/contact-requests/stats', '/admin/contact-requests/stats.csv']) {
    const res = await anonymous.get(url);
    assert.equal(res.statusCode, 303, url);
    assert.equal(res.headers.location, '/sign-in');
  }
  const maintainer = await signedIn(people.maintainer);
  assert.ok(!(await maintainer.get('/my/contact-requests')).body.includes('href="/admin/contact-requests/stats"'), 'no header link for a maintainer');
  assert.equal((await maintainer.get('/admin/contact-requests/stats')).statusCode, 403);
  assert.equal((await maintainer.get('/admin/contact-requests/stats.csv')).statusCode, 403);
  const testimaa = await signedIn(people.testimaaAdmin);
  assert.equal((await testimaa.get(`/admin/contact-requests/stats?region=${SAVO}`)).statusCode, 403);
  assert.equal((await testimaa.get(`/admin/contact-requests/stats.csv?region=${SAVO}`)).statusCode, 403);
  const own = await testimaa.get(`/admin/contact-requests/stats?region=${TESTIMAA}&period=nonsense`);
  assert.equal(own.statusCode, 200);
  assert.ok(own.body.includes('<a href="/admin/contact-requests/stats">Pyyntötilastot</a>'), 'the header links administrators to the statistics');
  assert.match(own.body, /<option value="90" selected>/, 'an unknown period falls back to 90 days');
});

test('a request sent from a card opened from search results limited to a municipality counts under that municipality; without one, under the organisation’s', async () => {
  const now = () => new Date();
  const before = byKey((await getReferralStats({ db, actor: platform(), periodDays: 30, regionId: null, now: now() })).byMunicipality);
  const browser = new TestBrowser(service.app, '198.51.100.61');
  const fields = (more: [string, string][]): [string, string][] => [
    ['sender', 'self'],
    ['firstName', 'Kuntatesti'],
    ['phone', '040 123 4567'],
    ['contactLang', 'fi'],
    ['consent', 'self'],
    ['website', ''],
    ['organization', ORGS.savoA],
    ...more,
  ];
  // Opened from results limited to Helsinki (091): the form carries it, the request stores it.
  const card = await browser.get(`/organisations/${ORGS.savoA}?from=${encodeURIComponent('/search?need=masennus&municipality=091')}`);
  assert.match(card.body, /<input type="hidden" name="municipality" value="091"\/>/);
  const sent = await browser.post('/contact-requests', fields([['municipality', '091']]), card.body);
  assert.equal(sent.statusCode, 303);
  const reference = String(sent.headers.location).split('/').pop()!;
  const row = await db.selectFrom('contact_request').select('municipality_code').where('reference', '=', reference).executeTakeFirstOrThrow();
  assert.equal(row.municipality_code, '091');

  // Opened without search results, or with a code that is no municipality: none stored.
  const plain = await browser.get(`/organisations/${ORGS.savoA}`);
  assert.doesNotMatch(plain.body, /name="municipality"/);
  const other = await browser.post('/contact-requests', fields([['municipality', '999']]), plain.body);
  const otherRow = await db.selectFrom('contact_request').select('municipality_code').where('reference', '=', String(other.headers.location).split('/').pop()!).executeTakeFirstOrThrow();
  assert.equal(otherRow.municipality_code, null);

  const after = byKey((await getReferralStats({ db, actor: platform(), periodDays: 30, regionId: null, now: now() })).byMunicipality);
  assert.equal(after['091'], (before['091'] ?? 0) + 1, 'the searched municipality');
  assert.equal(after['297'], (before['297'] ?? 0) + 1, 'the organisation’s home municipality (Kuopio) when none was searched');
});
