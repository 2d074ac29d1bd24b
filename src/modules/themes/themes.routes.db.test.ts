import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestService } from '../../../tests/support/test-app.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import type { Service } from '../../boot.js';
import { addRole } from '../../platform/auth/auth.repo.js';
import { createPlatformAdmin } from '../../platform/auth/create-platform-admin.js';
import { issueSignInLink } from '../../platform/auth/issue-sign-in-link.js';
import type { Database } from '../../platform/db/database.js';
import { termId } from '../reference/load-reference-data.js';
import { fx, loadSearchFixture } from '../search/search.fixture.js';
import { addTestTheme } from './themes.fixture.js';

/** Themes (administration, the portal's "Järjestöt teemoittain", a theme's page) and a municipality's page; PGlite and PostgreSQL. */

let service: Service;
let db: Database;
let platform: TestBrowser;
let regional: TestBrowser;
let maintainer: TestBrowser;

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

before(async () => {
  service = await createTestService();
  db = service.database.db;
  await loadSearchFixture(db);
  await createPlatformAdmin({ db, email: 'teemat.paakayttaja@example.org' });
  await userWithRole('teemat.alue@example.org', 'regional_admin', 'pohjois-savo');
  await userWithRole('teemat.yllapitaja@example.org', 'maintainer', fx.org.omaiset);
  platform = await signedIn('teemat.paakayttaja@example.org');
  regional = await signedIn('teemat.alue@example.org');
  maintainer = await signedIn('teemat.yllapitaja@example.org');
});
after(async () => {
  await service?.close();
});

const get = (url: string) => service.app.inject({ method: 'GET', url });

test('managing themes is for platform administrators only', async () => {
  const id = await addTestTheme(db, { slug: 'vain-alusta', nameFi: 'Vain alusta', needs: ['talous'] });
  for (const url of ['/admin/themes', '/admin/themes/new', `/admin/themes/${id}/edit`]) {
    assert.equal((await regional.get(url)).statusCode, 403, url);
    assert.equal((await maintainer.get(url)).statusCode, 403, url);
    assert.equal((await get(url)).statusCode, 303, url);
  }
  const page = await platform.get('/admin/themes/new');
  assert.equal((await regional.post('/admin/themes', { slug: 'x1', nameFi: 'X', terms: termId('need', 'talous') }, (await regional.get('/account')).body)).statusCode, 403);
  assert.equal(page.statusCode, 200);
  assert.equal(await db.selectFrom('theme').select('id').where('slug', '=', 'x1').executeTakeFirst(), undefined);
});

test('a platform administrator creates a theme: errors next to the fields with the input kept, then saved and audited', async () => {
  const bad = await platform.submit('/admin/themes/new', '/admin/themes', { slug: 'Omaiset!', nameFi: 'Omaishoito', nameSv: 'Närståendevård' });
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /id="slug-error"[^>]*>Kirjoita tunnus/);
  assert.match(bad.body, /id="terms-error"[^>]*>Valitse vähintään yksi tarve tai kohderyhmä/);
  assert.match(bad.body, /value="Närståendevård"/);

  const unknownTerm = await platform.submit('/admin/themes/new', '/admin/themes', [['slug', 'omaishoito'], ['nameFi', 'Omaishoito'], ['terms', termId('support', 'vertaistuki')]]);
  assert.equal(unknownTerm.statusCode, 400, 'a support term is not a need or target group');
  assert.match(unknownTerm.body, /Valitse tarpeet ja kohderyhmät luettelosta/);

  const ok = await platform.submit('/admin/themes/new', '/admin/themes', [
    ['slug', 'omaishoito'],
    ['nameFi', 'Omaishoito'],
    ['nameSv', 'Närståendevård'],
    ['terms', termId('need', 'omaishoito')],
    ['terms', termId('target', 'omaiset')],
  ]);
  assert.equal(ok.statusCode, 303);
  assert.equal(ok.headers.location, '/admin/themes?done=created');
  const row = await db.selectFrom('theme').selectAll().where('slug', '=', 'omaishoito').executeTakeFirstOrThrow();
  assert.equal(row.name_sv, 'Närståendevård');
  assert.equal((await db.selectFrom('theme_term').select('term_id').where('theme_id', '=', row.id).execute()).length, 2);
  const audit = await db.selectFrom('audit_event').selectAll().where('subject_id', '=', row.id).execute();
  assert.deepEqual(audit.map((a) => a.action), ['theme.create']);

  const taken = await platform.submit('/admin/themes/new', '/admin/themes', [['slug', 'omaishoito'], ['nameFi', 'Toinen'], ['terms', termId('need', 'talous')]]);
  assert.equal(taken.statusCode, 400);
  assert.match(taken.body, /Tunnus on jo toisen teeman käytössä/);

  const list = await platform.get('/admin/themes?done=created');
  assert.match(list.body, /Teema luotiin\./);
  assert.match(list.body, new RegExp(`/admin/themes/${row.id}/edit`));

  const edit = await platform.submit(`/admin/themes/${row.id}/edit`, `/admin/themes/${row.id}/edit`, [
    ['slug', 'omaiset-ja-laheiset'],
    ['nameFi', 'Omaiset ja läheiset'],
    ['sortOrder', '5'],
    ['terms', termId('target', 'omaiset')],
  ]);
  assert.equal(edit.statusCode, 303);
  const after = await db.selectFrom('theme').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
  assert.equal(after.slug, 'omaiset-ja-laheiset');
  assert.equal(after.sort_order, 5);
  assert.equal((await get('/regions/pohjois-savo/themes/omaishoito')).statusCode, 404, 'the old slug is gone');
  assert.equal((await platform.get('/admin/themes/00000000-0000-4000-8000-000000000000/edit')).statusCode, 404);
  assert.equal((await platform.get('/admin/themes/ei-uuid/edit')).statusCode, 404);
});

test('the portal links "Järjestöt teemoittain" in fi / sv / en; the themes index counts the region’s organisations', async () => {
  await addTestTheme(db, { slug: 'masennus', nameFi: 'Masennus ja mieli', needs: ['masennus'] });
  for (const [prefix, text] of [['', 'Järjestöt teemoittain'], ['/sv', 'Organisationer per tema'], ['/en', 'Organisations by theme']] as const) {
    const portal = await get(`${prefix}/regions/pohjois-savo`);
    assert.match(portal.body, new RegExp(`<a href="${prefix}/regions/pohjois-savo/themes">${text}</a>`), prefix || 'fi');
  }
  const index = await get('/regions/pohjois-savo/themes');
  assert.equal(index.statusCode, 200);
  assert.match(index.body, /<a href="\/regions\/pohjois-savo\/themes\/masennus">Masennus ja mieli<\/a> <span class="facet-count">\(1 järjestöä alueella\)/);
  assert.equal((await get('/regions/ei-ole/themes')).statusCode, 404);
});

test('a theme’s page lists the region’s organisations through their activities’ terms, then the nationwide ones', async () => {
  await addTestTheme(db, { slug: 'kriisit', nameFi: 'Kriisit', needs: ['kriisi', 'omaishoito'] });
  const page = await get('/regions/pohjois-savo/themes/kriisit');
  assert.equal(page.statusCode, 200);
  const [local, nationwide] = page.body.split('id="theme-nationwide"');
  // Kuopion Omaishoitajat: seated in Kuopio with an omaishoito group; the archived organisation and the draft activity are not shown.
  assert.match(local!, new RegExp(`href="/organisations/${fx.org.omaiset}">Kuopion Omaishoitajat ry`));
  assert.match(local!, /Omaishoitajien vertaisryhmä/);
  assert.doesNotMatch(page.body, /Lakkautettu Yhdistys|Luonnos: omaishoitajien retki|Arkistoitu/);
  // The nationwide crisis line's organisation has no activity of the theme in the region: listed under nationwide.
  assert.ok(nationwide, 'a nationwide section');
  assert.match(nationwide!, new RegExp(`href="/organisations/${fx.org.mieli}">Mielenterveysseura Esimerkki ry`));
  assert.match(nationwide!, /Valtakunnallinen kriisipuhelin/);

  const sv = await get('/sv/regions/pohjois-savo/themes/kriisit');
  assert.match(sv.body, /Organisationer i området/);
  assert.match(sv.body, /lang="sv">Kuopio närståendevårdare rf|Kuopio närståendevårdare rf/);
  assert.equal((await get('/regions/pohjois-savo/themes/ei-ole')).statusCode, 404);
  assert.equal((await get('/regions/pohjois-savo/themes/ÄÄ')).statusCode, 404);
});

test('a page per municipality of the region lists its organisations; a municipality outside the region is not found', async () => {
  const index = await get('/regions/pohjois-savo/municipalities');
  assert.match(index.body, /<a href="\/regions\/pohjois-savo\/municipalities\/297">Kuopio<\/a>/);
  const kuopio = await get('/regions/pohjois-savo/municipalities/297');
  assert.equal(kuopio.statusCode, 200);
  assert.match(kuopio.body, /<h1>Järjestöt: Kuopio<\/h1>/);
  assert.match(kuopio.body, new RegExp(`href="/organisations/${fx.org.omaiset}">Kuopion Omaishoitajat ry`));
  assert.match(kuopio.body, new RegExp(`href="/organisations/${fx.org.mieli}">Mielenterveysseura Esimerkki ry`), 'active in Kuopio');
  assert.doesNotMatch(kuopio.body, /Lakkautettu Yhdistys/);
  assert.match(kuopio.body, /href="\/search\?region=pohjois-savo&amp;municipality=297"/);
  const sv = await get('/sv/regions/pohjois-savo/municipalities/297');
  assert.match(sv.body, /<h1>Organisationer: Kuopio<\/h1>/);
  assert.equal((await get('/regions/pohjois-savo/municipalities/091')).statusCode, 404, 'Helsinki is not in Pohjois-Savo');
  assert.equal((await get('/regions/pohjois-savo/municipalities/abc')).statusCode, 404);
  assert.equal((await get('/regions/ei-ole/municipalities/297')).statusCode, 404);
});
