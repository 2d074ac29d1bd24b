import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { sql } from 'kysely';
import { createTestService } from '../../../tests/support/test-app.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import type { Service } from '../../boot.js';
import { addRole } from '../../platform/auth/auth.repo.js';
import { createPlatformAdmin } from '../../platform/auth/create-platform-admin.js';
import { issueSignInLink } from '../../platform/auth/issue-sign-in-link.js';
import type { Database } from '../../platform/db/database.js';
import { fx, loadSearchFixture } from '../search/search.fixture.js';
import { listRegionNews } from './list-region-news.js';
import { getRegionNewsFeed } from './get-region-news-feed.js';
import { helsinkiToday } from './news-item.js';
import { announcementDecisionMail } from './announcement-decision.mail.js';
import { translator } from '../../platform/i18n/i18n.js';

/**
 * News and announcements of the regional portals through their routes (PGlite and PostgreSQL): writing, editing and
 * unpublishing news; access (Kanta-Häme's administrator cannot touch Pohjois-Savo's news, maintainers and anonymous
 * cannot write news); an announcement sent by a maintainer, listed in the review queue of its region only, approved
 * or rejected; publish and expiry dates in every public list and the feed; the Atom feed parsed back; hostile text.
 */

let service: Service;
let db: Database;
let psAdmin: TestBrowser;
let khAdmin: TestBrowser;
let maintainer: TestBrowser;
let platform: TestBrowser;
const anonymous = () => new TestBrowser(service.app, '198.51.100.60');

async function signedIn(email: string): Promise<TestBrowser> {
  const token = (await issueSignInLink({ db, email }))!;
  const b = new TestBrowser(service.app);
  const confirm = await b.get(`/sign-in/${token}`);
  assert.equal((await b.post(`/sign-in/${token}`, { _csrf: TestBrowser.csrf(confirm.body) })).statusCode, 303);
  return b;
}

async function userWithRole(email: string, role: 'regional_admin' | 'maintainer', scopeId: string): Promise<void> {
  const user = await createPlatformAdmin({ db, email });
  await db.deleteFrom('user_role').where('user_id', '=', user.id).execute();
  await addRole(db, { userId: user.id, role, scopeId });
}

const today = () => helsinkiToday(new Date());
const shift = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};
const fiDate = (iso: string) => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
};

before(async () => {
  service = await createTestService();
  db = service.database.db;
  await loadSearchFixture(db);
  // Kanta-Häme beside the reference data's Pohjois-Savo (where the fixture's Kuopio organisation is seated).
  await db.insertInto('region').values({ id: 'kanta-hame', name_fi: 'Kanta-Häme', name_sv: 'Egentliga Tavastland', name_en: 'Kanta-Häme' }).execute();
  await sql`insert into region_municipality (region_id, municipality_code) values ('kanta-hame', '109')`.execute(db);
  await createPlatformAdmin({ db, email: 'uutiset.alusta@example.org' });
  await userWithRole('uutiset.ps@example.org', 'regional_admin', 'pohjois-savo');
  await userWithRole('uutiset.kh@example.org', 'regional_admin', 'kanta-hame');
  await userWithRole('uutiset.yllapitaja@example.org', 'maintainer', fx.org.omaiset);
  platform = await signedIn('uutiset.alusta@example.org');
  psAdmin = await signedIn('uutiset.ps@example.org');
  khAdmin = await signedIn('uutiset.kh@example.org');
  maintainer = await signedIn('uutiset.yllapitaja@example.org');
});
after(async () => {
  await service?.close();
});

const NEWS = { lang: 'fi', title: 'Infoilta järjestöille', body: 'Tervetuloa **infoiltaan**.\n\n- kahvia\n- keskustelua', imageUrl: '', imageAlt: '', publishOn: '', expiresOn: '' };

async function writeNews(browser: TestBrowser, slug: string, fields: Partial<typeof NEWS>) {
  return browser.submit(`/admin/regions/${slug}/news/new`, `/admin/regions/${slug}/news`, { ...NEWS, publishOn: fiDate(today()), ...fields });
}

async function newsId(title: string): Promise<string> {
  return (await db.selectFrom('news_item').select('id').where('title', '=', title).executeTakeFirstOrThrow()).id;
}

test('a regional administrator writes a news item: it shows on the news list, its own page, the portal and the feed', async () => {
  const res = await writeNews(psAdmin, 'pohjois-savo', { title: 'Infoilta Kuopiossa', imageUrl: 'https://kuvat.esimerkki.fi/infoilta.jpg', imageAlt: 'Ihmisiä istumassa pöydän ääressä' });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/admin/regions/pohjois-savo/news?done=created');
  const id = await newsId('Infoilta Kuopiossa');
  const admin = await psAdmin.get('/admin/regions/pohjois-savo/news?done=created');
  assert.match(admin.body, /Uutinen julkaistiin\./);
  assert.match(admin.body, /Infoilta Kuopiossa/);

  const list = await anonymous().get('/regions/pohjois-savo/news');
  assert.equal(list.statusCode, 200);
  assert.match(list.body, new RegExp(`href="/regions/pohjois-savo/news/${id}"`));
  const page = await anonymous().get(`/regions/pohjois-savo/news/${id}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<h1>Infoilta Kuopiossa<\/h1>/);
  assert.match(page.body, /<strong>infoiltaan<\/strong>/);
  assert.match(page.body, /<img src="https:\/\/kuvat\.esimerkki\.fi\/infoilta\.jpg" alt="Ihmisiä istumassa pöydän ääressä" referrerpolicy="no-referrer"/);
  // That page alone lets the image in: the rest of the CSP stays.
  assert.match(String(page.headers['content-security-policy']), /img-src 'self' data: https:/);
  assert.match(String(page.headers['content-security-policy']), /script-src 'self'(;|$)/);
  assert.match(String(list.headers['content-security-policy']), /img-src 'self' data:;/);

  const portal = await anonymous().get('/regions/pohjois-savo');
  assert.match(portal.body, /<h2 id="region-news-title">Ajankohtaista<\/h2>/);
  assert.match(portal.body, /Infoilta Kuopiossa/);
  const sv = await anonymous().get('/sv/regions/pohjois-savo');
  assert.match(sv.body, />Aktuellt</);
  assert.match(sv.body, new RegExp(`href="/sv/regions/pohjois-savo/news/${id}"`));
  // Another region's portal and news do not show it.
  assert.doesNotMatch((await anonymous().get('/regions/kanta-hame/news')).body, /Infoilta Kuopiossa/);
  assert.equal((await anonymous().get(`/regions/kanta-hame/news/${id}`)).statusCode, 404);
});

test('the Atom feed validates and parses back: entries with absolute links, ids, dates, kind, sanitised HTML content', async () => {
  const res = await anonymous().get('/regions/pohjois-savo/news.xml');
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /^application\/atom\+xml; charset=utf-8/);
  assert.equal(XMLValidator.validate(res.body), true);
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'entry' || name === 'link' }).parse(res.body);
  const feed = parsed.feed;
  assert.equal(feed['@xmlns'], 'http://www.w3.org/2005/Atom');
  assert.equal(feed.id, 'http://localhost:3000/regions/pohjois-savo/news.xml');
  assert.ok(feed.title.includes('Pohjois-Savo'));
  assert.ok(feed.link.some((l: Record<string, string>) => l['@rel'] === 'self' && l['@href'] === 'http://localhost:3000/regions/pohjois-savo/news.xml'));
  assert.ok(!Number.isNaN(Date.parse(feed.updated)));
  const id = await newsId('Infoilta Kuopiossa');
  const entry = feed.entry.find((e: Record<string, unknown>) => e.id === `urn:uuid:${id}`);
  assert.ok(entry, 'the news item is an entry');
  assert.equal(entry.title['#text'], 'Infoilta Kuopiossa');
  assert.equal(entry.link[0]['@href'], `http://localhost:3000/regions/pohjois-savo/news/${id}`);
  assert.equal(entry.category['@term'], 'news');
  assert.ok(!Number.isNaN(Date.parse(entry.published)) && !Number.isNaN(Date.parse(entry.updated)));
  assert.match(entry.content['#text'], /<strong>infoiltaan<\/strong>/);
  assert.equal(entry.content['@type'], 'html');
  // In Swedish: the same entries, links under /sv.
  const sv = await anonymous().get('/sv/regions/pohjois-savo/news.xml');
  assert.equal(XMLValidator.validate(sv.body), true);
  assert.match(sv.body, new RegExp(`<link rel="alternate" type="text/html" href="http://localhost:3000/sv/regions/pohjois-savo/news/${id}"/>`));
  assert.equal((await anonymous().get('/regions/ei-ole/news.xml')).statusCode, 404);
});

test('access: Kanta-Häme’s administrator cannot write, edit or unpublish Pohjois-Savo’s news; maintainers cannot either; anonymous is sent to sign in', async () => {
  const id = await newsId('Infoilta Kuopiossa');
  const form = await khAdmin.get('/admin/regions/kanta-hame/news/new');
  assert.equal(form.statusCode, 200);
  for (const url of ['/admin/regions/pohjois-savo/news', '/admin/regions/pohjois-savo/news/new', `/admin/regions/pohjois-savo/news/${id}/edit`]) {
    assert.equal((await khAdmin.get(url)).statusCode, 403, url);
    assert.equal((await maintainer.get(url)).statusCode, 403, url);
    const anon = await anonymous().get(url);
    assert.equal(anon.statusCode, 303, url);
    assert.match(String(anon.headers.location), /^\/sign-in/);
  }
  const edited = { ...NEWS, title: 'Kaapattu', publishOn: fiDate(today()) };
  assert.equal((await khAdmin.post('/admin/regions/pohjois-savo/news', edited, form.body)).statusCode, 403);
  assert.equal((await khAdmin.post(`/admin/regions/pohjois-savo/news/${id}/edit`, edited, form.body)).statusCode, 403);
  assert.equal((await khAdmin.post(`/admin/regions/pohjois-savo/news/${id}/unpublish`, {}, form.body)).statusCode, 403);
  // Through its own region's address: not found, not edited.
  assert.equal((await khAdmin.get(`/admin/regions/kanta-hame/news/${id}/edit`)).statusCode, 404);
  assert.equal((await khAdmin.post(`/admin/regions/kanta-hame/news/${id}/edit`, edited, form.body)).statusCode, 404);
  assert.equal((await khAdmin.post(`/admin/regions/kanta-hame/news/${id}/unpublish`, {}, form.body)).statusCode, 404);
  const row = await db.selectFrom('news_item').select(['title', 'status']).where('id', '=', id).executeTakeFirstOrThrow();
  assert.deepEqual(row, { title: 'Infoilta Kuopiossa', status: 'published' });
  assert.equal(await db.selectFrom('news_item').select('id').where('title', '=', 'Kaapattu').executeTakeFirst(), undefined);
  // Without a CSRF token even the region's own administrator is refused.
  assert.equal((await psAdmin.post(`/admin/regions/pohjois-savo/news/${id}/unpublish`, {})).statusCode, 403);
  // A platform administrator may.
  assert.equal((await platform.get('/admin/regions/pohjois-savo/news')).statusCode, 200);
});

test('the form refuses bad input next to the field and keeps what was typed: no title, an image without alt text, a javascript: or http image, a bad date, expiry before publishing', async () => {
  const cases: [Partial<typeof NEWS>, string, RegExp][] = [
    [{ title: '' }, 'title', /Kirjoita otsikko\./],
    [{ imageUrl: 'https://kuvat.esimerkki.fi/a.jpg', imageAlt: '' }, 'imageAlt', /Kirjoita kuvalle tekstivastine/],
    [{ imageUrl: 'javascript:alert(1)', imageAlt: 'x' }, 'imageUrl', /https:\/\/ alussa/],
    [{ imageUrl: 'http://kuvat.esimerkki.fi/a.jpg', imageAlt: 'x' }, 'imageUrl', /https:\/\/ alussa/],
    [{ imageUrl: 'https://user:pw@kuvat.esimerkki.fi/a.jpg', imageAlt: 'x' }, 'imageUrl', /https:\/\/ alussa/],
    [{ publishOn: '31.2.2026' }, 'publishOn', /Kirjoita julkaisupäivä/],
    [{ publishOn: '10.12.2026', expiresOn: '9.12.2026' }, 'expiresOn', /ei voi olla ennen julkaisupäivää/],
    [{ body: 'x'.repeat(20001) }, 'body', /enintään 20 000 merkkiä/],
  ];
  for (const [fields, field, message] of cases) {
    const res = await writeNews(psAdmin, 'pohjois-savo', { title: 'Virheellinen', ...fields });
    assert.equal(res.statusCode, 400, field);
    assert.match(res.body, new RegExp(`id="${field}-error"[^>]*>[^<]*`), field);
    assert.match(res.body, message, field);
    assert.match(res.body, /^<!DOCTYPE html>|<title>Virhe: /, field);
    if (fields.title !== '') assert.match(res.body, /value="Virheellinen"/, field);
  }
  assert.equal(await db.selectFrom('news_item').select('id').where('title', '=', 'Virheellinen').executeTakeFirst(), undefined);
});

test('edit and unpublish: the change shows at once; an unpublished item leaves the list, its page, the portal and the feed, and can be published again', async () => {
  const id = await newsId('Infoilta Kuopiossa');
  const res = await psAdmin.submit(`/admin/regions/pohjois-savo/news/${id}/edit`, `/admin/regions/pohjois-savo/news/${id}/edit`, {
    ...NEWS,
    title: 'Infoilta Kuopiossa torstaina',
    publishOn: fiDate(today()),
  });
  assert.equal(res.statusCode, 303);
  assert.match((await anonymous().get(`/regions/pohjois-savo/news/${id}`)).body, /Infoilta Kuopiossa torstaina/);

  const admin = await psAdmin.get('/admin/regions/pohjois-savo/news');
  assert.equal((await psAdmin.post(`/admin/regions/pohjois-savo/news/${id}/unpublish`, {}, admin.body)).statusCode, 303);
  assert.equal((await anonymous().get(`/regions/pohjois-savo/news/${id}`)).statusCode, 404);
  assert.doesNotMatch((await anonymous().get('/regions/pohjois-savo/news')).body, /Infoilta Kuopiossa/);
  assert.doesNotMatch((await anonymous().get('/regions/pohjois-savo')).body, /Infoilta Kuopiossa/);
  assert.doesNotMatch((await anonymous().get('/regions/pohjois-savo/news.xml')).body, new RegExp(id));
  // Twice: the state changed already.
  assert.equal((await psAdmin.post(`/admin/regions/pohjois-savo/news/${id}/unpublish`, {}, admin.body)).statusCode, 409);
  assert.equal((await psAdmin.post(`/admin/regions/pohjois-savo/news/${id}/publish`, {}, admin.body)).statusCode, 303);
  assert.equal((await anonymous().get(`/regions/pohjois-savo/news/${id}`)).statusCode, 200);
  const audit = await db.selectFrom('audit_event').select('action').where('subject_id', '=', id).orderBy('at').execute();
  assert.deepEqual(
    audit.map((a) => a.action),
    ['news.create', 'news.update', 'news.unpublish', 'news.publish'],
  );
});

test('publish and expiry dates: an item shows from its publish day through its expiry day, in the list, its page and the feed', async () => {
  const t = today();
  await writeNews(psAdmin, 'pohjois-savo', { title: 'Tulossa huomenna', publishOn: fiDate(shift(t, 1)) });
  await writeNews(psAdmin, 'pohjois-savo', { title: 'Viimeistä päivää', publishOn: fiDate(shift(t, -5)), expiresOn: fiDate(t) });
  await db.insertInto('news_item').values({ id: '00000000-0000-4000-8000-00000000e001', region_id: 'pohjois-savo', kind: 'news', status: 'published', title: 'Vanhentunut eilen', body: 'x', publish_on: shift(t, -9), expires_on: shift(t, -1) }).execute();
  const tomorrow = await newsId('Tulossa huomenna');
  const list = (await anonymous().get('/regions/pohjois-savo/news')).body;
  const feed = (await anonymous().get('/regions/pohjois-savo/news.xml')).body;
  for (const body of [list, feed]) {
    assert.doesNotMatch(body, /Tulossa huomenna/);
    assert.doesNotMatch(body, /Vanhentunut eilen/);
    assert.match(body, /Viimeistä päivää/);
  }
  assert.equal((await anonymous().get(`/regions/pohjois-savo/news/${tomorrow}`)).statusCode, 404);
  assert.equal((await anonymous().get('/regions/pohjois-savo/news/00000000-0000-4000-8000-00000000e001')).statusCode, 404);
  // The administrators see them all, with their states.
  const admin = (await psAdmin.get('/admin/regions/pohjois-savo/news')).body;
  assert.match(admin, /Tulossa huomenna[\s\S]*?Ajastettu/);
  assert.match(admin, /Vanhentunut eilen[\s\S]*?Vanhentunut</);

  // The same rules at a fixed moment (the use cases take `now`): tomorrow's item shows tomorrow, the expiring one not.
  const later = new Date(Date.parse(`${shift(t, 1)}T09:00:00Z`));
  const next = await listRegionNews({ db, slug: 'pohjois-savo', lang: 'fi', page: 1, now: later });
  assert.ok(next!.items.some((i) => i.title === 'Tulossa huomenna'));
  assert.ok(!next!.items.some((i) => i.title === 'Viimeistä päivää'));
  const nextFeed = await getRegionNewsFeed({ db, slug: 'pohjois-savo', lang: 'fi', baseUrl: 'https://tarjotin.example', now: later });
  assert.match(nextFeed!, /Tulossa huomenna/);
  assert.doesNotMatch(nextFeed!, /Viimeistä päivää/);
});

test('hostile Markdown in a news item is neutralised on its page, the list, the portal and in the feed', async () => {
  const body = 'Alku <script>alert(1)</script> [linkki](javascript:alert(2)) <img src=x onerror=alert(3)> <a href="#" onclick="alert(4)">x</a>';
  assert.equal((await writeNews(psAdmin, 'pohjois-savo', { title: '<script>alert(5)</script>', body })).statusCode, 303);
  const id = await newsId('<script>alert(5)</script>');
  for (const url of [`/regions/pohjois-savo/news/${id}`, '/regions/pohjois-savo/news', '/regions/pohjois-savo', '/regions/pohjois-savo/news.xml']) {
    const res = await anonymous().get(url);
    assert.equal(res.statusCode, 200, url);
    assert.doesNotMatch(res.body, /<script>alert|javascript:|onerror=|onclick=|<img src="x"/i, url);
  }
  const feed = (await anonymous().get('/regions/pohjois-savo/news.xml')).body;
  assert.equal(XMLValidator.validate(feed), true);
  await db.deleteFrom('news_item').where('id', '=', id).execute();
});

test('an announcement: a maintainer sends it for a region where the organisation is active; the region’s administrator reviews it in the queue; it is published', async () => {
  const org = fx.org.omaiset;
  const form = await maintainer.get(`/my/organisations/${org}/announcements/new`);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /<option value="pohjois-savo" selected>Pohjois-Savo<\/option>/);
  assert.doesNotMatch(form.body, /kanta-hame/);
  const fields = { ...NEWS, regionId: 'pohjois-savo', title: 'Omaishoitajien kahvila', body: 'Tule **kahville**.', publishOn: fiDate(today()) };
  // Not where the organisation is active: refused next to the region.
  const wrong = await maintainer.post(`/my/organisations/${org}/announcements`, { ...fields, regionId: 'kanta-hame' }, form.body);
  assert.equal(wrong.statusCode, 400);
  assert.match(wrong.body, /id="regionId-error"/);
  // Not the maintainer: not found.
  assert.equal((await khAdmin.get(`/my/organisations/${org}/announcements/new`)).statusCode, 404);
  assert.equal((await khAdmin.post(`/my/organisations/${org}/announcements`, fields, (await khAdmin.get('/admin/regions/kanta-hame/news/new')).body)).statusCode, 404);
  assert.equal((await maintainer.get(`/my/organisations/${fx.org.mieli}/announcements/new`)).statusCode, 404);

  const sent = await maintainer.post(`/my/organisations/${org}/announcements`, fields, form.body);
  assert.equal(sent.statusCode, 303);
  assert.equal(sent.headers.location, '/my/announcements?done=sent');
  const id = await newsId('Omaishoitajien kahvila');
  const mine = await maintainer.get('/my/announcements?done=sent');
  assert.match(mine.body, /Omaishoitajien kahvila[\s\S]*?Odottaa tarkistusta/);
  // Awaiting review: not public.
  assert.equal((await anonymous().get(`/regions/pohjois-savo/news/${id}`)).statusCode, 404);

  // In Pohjois-Savo's review queue, not in Kanta-Häme's.
  assert.match((await psAdmin.get('/admin/review')).body, new RegExp(`href="/admin/review/announcements/${id}"`));
  assert.match((await platform.get('/admin/review')).body, new RegExp(`href="/admin/review/announcements/${id}"`));
  assert.doesNotMatch((await khAdmin.get('/admin/review')).body, /Omaishoitajien kahvila/);
  assert.equal((await khAdmin.get(`/admin/review/announcements/${id}`)).statusCode, 403);
  const khForm = await khAdmin.get('/admin/regions/kanta-hame/news/new');
  assert.equal((await khAdmin.post(`/admin/review/announcements/${id}`, { decision: 'approve', message: '' }, khForm.body)).statusCode, 403);
  assert.equal((await maintainer.get(`/admin/review/announcements/${id}`)).statusCode, 403);

  const review = await psAdmin.get(`/admin/review/announcements/${id}`);
  assert.equal(review.statusCode, 200);
  assert.match(review.body, /<strong>kahville<\/strong>/);
  // Rejecting needs a message; no decision at all is refused too.
  const noMessage = await psAdmin.post(`/admin/review/announcements/${id}`, { decision: 'reject', message: '' }, review.body);
  assert.equal(noMessage.statusCode, 400);
  assert.match(noMessage.body, /id="message-error"/);
  assert.equal((await psAdmin.post(`/admin/review/announcements/${id}`, { message: '' }, review.body)).statusCode, 400);

  const approved = await psAdmin.post(`/admin/review/announcements/${id}`, { decision: 'approve', message: '' }, review.body);
  assert.equal(approved.statusCode, 303);
  assert.equal(approved.headers.location, `/admin/review/announcements/${id}?done=approved`);
  assert.equal((await psAdmin.post(`/admin/review/announcements/${id}`, { decision: 'reject', message: 'Myöhässä' }, review.body)).statusCode, 409);
  const page = await anonymous().get(`/regions/pohjois-savo/news/${id}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Ilmoitus/);
  assert.match(page.body, new RegExp(`Ilmoittaja:[\\s\\S]*?href="/organisations/${org}"`));
  assert.match((await anonymous().get('/regions/pohjois-savo/news.xml')).body, /<category term="announcement" label="Ilmoitus"\/>/);
  assert.doesNotMatch((await psAdmin.get('/admin/review')).body, /Omaishoitajien kahvila/);
  const audit = await db.selectFrom('audit_event').select(['action', 'organization_id']).where('subject_id', '=', id).orderBy('at').execute();
  assert.deepEqual(audit, [
    { action: 'announcement.send', organization_id: org },
    { action: 'announcement.approve', organization_id: org },
  ]);
});

test('a rejected announcement is never public, and the maintainer sees the reason', async () => {
  const org = fx.org.omaiset;
  const form = await maintainer.get(`/my/organisations/${org}/announcements/new`);
  await maintainer.post(`/my/organisations/${org}/announcements`, { ...NEWS, regionId: 'pohjois-savo', title: 'Mainos', body: 'Osta', publishOn: fiDate(today()) }, form.body);
  const id = await newsId('Mainos');
  const review = await psAdmin.get(`/admin/review/announcements/${id}`);
  assert.equal((await psAdmin.post(`/admin/review/announcements/${id}`, { decision: 'reject', message: 'Kaupallinen ilmoitus' }, review.body)).statusCode, 303);
  assert.equal((await anonymous().get(`/regions/pohjois-savo/news/${id}`)).statusCode, 404);
  assert.match((await maintainer.get('/my/announcements')).body, /Mainos[\s\S]*?Hylätty[\s\S]*?Kaupallinen ilmoitus/);
  // The sender is told by e-mail, with the administrator's message, in their language.
  const jobs = await db
    .selectFrom('job')
    .select(['payload'])
    .where('name', '=', 'send-mail')
    .where(sql<string>`payload->>'template'`, '=', 'announcement-decision')
    .where(sql<string>`payload->'params'->>'title'`, '=', 'Mainos')
    .execute();
  assert.equal(jobs.length, 1, 'one decision e-mail');
  const payload = jobs[0]!.payload as { to: string; lang: string; params: Parameters<typeof announcementDecisionMail.render>[0] };
  assert.equal(payload.to, 'uutiset.yllapitaja@example.org');
  assert.equal(payload.params.decision, 'rejected');
  const mail = announcementDecisionMail.render(payload.params, { lang: 'fi', t: translator('fi'), link: (p) => `https://tarjotin.example${p}` });
  assert.match(mail.subject, /Ilmoitusta ei julkaistu: Mainos/);
  assert.ok(mail.blocks.some((b) => b.kind === 'paragraph' && b.text === 'Kaupallinen ilmoitus'), 'the reason');
  // An administrator cannot publish a rejected one by the back door.
  const admin = await psAdmin.get('/admin/regions/pohjois-savo/news');
  assert.equal((await psAdmin.post(`/admin/regions/pohjois-savo/news/${id}/publish`, {}, admin.body)).statusCode, 409);
});

test('pages answer 404, never 500, for malformed addresses', async () => {
  for (const url of ['/regions/pohjois-savo/news/ei-uuid', '/regions/EI/news', '/regions/pohjois-savo/news/00000000-0000-4000-8000-000000000000', '/regions/pohjois-savo/news?page=abc', '/regions/ei-ole/news']) {
    const res = await anonymous().get(url);
    assert.ok(res.statusCode === 404 || res.statusCode === 200, `${url}: ${res.statusCode}`);
  }
  assert.equal((await psAdmin.get('/admin/regions/pohjois-savo/news/ei-uuid/edit')).statusCode, 404);
  assert.equal((await psAdmin.get('/admin/review/announcements/ei-uuid')).statusCode, 404);
  assert.equal((await maintainer.get('/my/organisations/ei-uuid/announcements/new')).statusCode, 404);
});
