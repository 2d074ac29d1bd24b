import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestService } from '../../../tests/support/test-app.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import type { Service } from '../../boot.js';
import { ConfigError, loadConfig } from '../../config.js';
import { addRole } from '../../platform/auth/auth.repo.js';
import { createPlatformAdmin } from '../../platform/auth/create-platform-admin.js';
import { issueSignInLink } from '../../platform/auth/issue-sign-in-link.js';
import type { Database } from '../../platform/db/database.js';
import { fx, loadSearchFixture } from '../search/search.fixture.js';
import { regionAuditId } from './save-region.js';

/** Regions as portals: administration, the portal in fi / sv / en, its search, its stylesheet, REGION_HOSTS; PGlite and PostgreSQL. */

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

/** A user with only the given role (created as a platform administrator, then that role replaced). */
async function userWithRole(email: string, role: 'regional_admin' | 'maintainer', scopeId: string): Promise<void> {
  const user = await createPlatformAdmin({ db, email });
  await db.deleteFrom('user_role').where('user_id', '=', user.id).execute();
  await addRole(db, { userId: user.id, role, scopeId });
}

before(async () => {
  service = await createTestService();
  db = service.database.db;
  await loadSearchFixture(db);
  await createPlatformAdmin({ db, email: 'alueet.paakayttaja@example.org' });
  await userWithRole('alueet.alue@example.org', 'regional_admin', 'pohjois-savo');
  await userWithRole('alueet.yllapitaja@example.org', 'maintainer', fx.org.omaiset);
  platform = await signedIn('alueet.paakayttaja@example.org');
  regional = await signedIn('alueet.alue@example.org');
  maintainer = await signedIn('alueet.yllapitaja@example.org');
});
after(async () => {
  await service?.close();
});

const get = (url: string, headers: Record<string, string> = {}) => service.app.inject({ method: 'GET', url, headers });

const KANTA_HAME = { slug: 'kanta-hame', nameFi: 'Kanta-Häme', nameSv: 'Egentliga Tavastland', nameEn: '', introFi: 'Kanta-Hämeen järjestöt <b>yhdessä</b>.', accentColor: '#8A1C3C', logoText: 'Meidän Häme' };
const fieldsOf = (values: Record<string, string>, municipalities: string[]): [string, string][] => [...Object.entries(values), ...municipalities.map((m): [string, string] => ['municipalities', m])];

test('only platform administrators: regional administrators and maintainers get 403, anonymous goes to sign in', async () => {
  for (const url of ['/admin/regions', '/admin/regions/new', '/admin/regions/pohjois-savo/edit']) {
    assert.equal((await regional.get(url)).statusCode, 403, url);
    assert.equal((await maintainer.get(url)).statusCode, 403, url);
    const anonymous = await get(url);
    assert.equal(anonymous.statusCode, 303, url);
    assert.match(String(anonymous.headers.location), /^\/sign-in/);
  }
  const form = await regional.get('/admin/users');
  assert.equal((await regional.post('/admin/regions', fieldsOf(KANTA_HAME, ['109']), form.body)).statusCode, 403);
  assert.equal((await regional.post('/admin/regions/pohjois-savo/edit', fieldsOf(KANTA_HAME, ['297']), form.body)).statusCode, 403);
  assert.equal(await db.selectFrom('region').select('id').where('id', '=', 'kanta-hame').executeTakeFirst(), undefined);
});

test('the list links each region to its edit page and its portal, and to /admin/users for its administrators', async () => {
  const page = await platform.get('/admin/regions');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /href="\/admin\/regions\/pohjois-savo\/edit"/);
  assert.match(page.body, /href="\/regions\/pohjois-savo"/);
  assert.match(page.body, /href="\/admin\/users"/);
  assert.match(page.body, /href="\/admin\/regions\/new"/);
  assert.match(page.body, /<nav aria-label="Käyttäjävalikko" class="user-nav">.*<a href="\/admin\/regions">Alueet<\/a>/, 'in the header of platform administrators');
  assert.doesNotMatch((await regional.get('/admin/users')).body, /href="\/admin\/regions"/, 'not for regional administrators');
  const form = await platform.get('/admin/regions/new');
  assert.equal(form.statusCode, 200);
  // Municipalities by maakunta; those of another region shown but not choosable.
  assert.match(form.body, /<summary>Kanta-Häme<\/summary>/);
  assert.match(form.body, /<input type="checkbox" id="municipality-297" name="municipalities" value="297" disabled/);
  assert.match(form.body, /<input type="checkbox" id="municipality-109" name="municipalities" value="109"\/?>/);
});

test('creating a region: errors next to the fields with the input kept; a low-contrast colour refused; nothing saved', async () => {
  const form = await platform.get('/admin/regions/new');
  const bad = await platform.post('/admin/regions', fieldsOf({ ...KANTA_HAME, slug: 'Kanta Häme', nameFi: '', accentColor: '#ffcc00' }, []), form.body);
  assert.equal(bad.statusCode, 400);
  assert.match(bad.body, /<title>Virhe: Uusi alue/);
  assert.match(bad.body, /class="error-summary"/);
  assert.match(bad.body, /<p id="slug-error" class="field-error">Kirjoita tunnus/);
  assert.match(bad.body, /<p id="nameFi-error" class="field-error">Kirjoita alueen nimi suomeksi/);
  assert.match(bad.body, /<p id="accentColor-error" class="field-error">Väri on liian vaalea/);
  assert.match(bad.body, /<p id="municipalities-error" class="field-error">Valitse vähintään yksi kunta/);
  assert.match(bad.body, /value="Kanta Häme"/);
  assert.match(bad.body, /value="#ffcc00"/);
  assert.match(bad.body, /Kanta-Hämeen järjestöt &lt;b>yhdessä&lt;\/b>\.<\/textarea>|Kanta-Hämeen järjestöt &lt;b&gt;yhdessä&lt;\/b&gt;\.<\/textarea>/);
  // The ratio of the typed colour is shown in the hint: 1.51:1 for #ffcc00.
  assert.match(bad.body, /Värin #ffcc00 kontrasti valkoiseen on 1,51:1/);

  // Everything else right: the grey just under 4.5:1 is refused, with the municipalities kept.
  const grey = await platform.post('/admin/regions', fieldsOf({ ...KANTA_HAME, accentColor: '#777777' }, ['109', '061']), form.body);
  assert.equal(grey.statusCode, 400);
  assert.match(grey.body, /<p id="accentColor-error" class="field-error">/);
  assert.doesNotMatch(grey.body, /id="slug-error"/);
  assert.match(grey.body, /id="municipality-109" name="municipalities" value="109" checked/);
  assert.match(grey.body, /id="municipality-061" name="municipalities" value="061" checked/);
  assert.match(grey.body, /<details class="region-municipality-group" open><summary>Kanta-Häme \(2 valittu\)<\/summary>/);
  const malformed = await platform.post('/admin/regions', fieldsOf({ ...KANTA_HAME, accentColor: 'red;}body{' }, ['109']), form.body);
  assert.equal(malformed.statusCode, 400);
  assert.match(malformed.body, /<p id="accentColor-error" class="field-error">Kirjoita väri heksakoodina/);
  assert.equal(await db.selectFrom('region').select('id').where('id', '=', 'kanta-hame').executeTakeFirst(), undefined);
});

test('without a CSRF token a platform administrator is refused too (403)', async () => {
  assert.equal((await platform.post('/admin/regions', fieldsOf(KANTA_HAME, ['109']))).statusCode, 403);
  assert.equal((await platform.post('/admin/regions/pohjois-savo/edit', fieldsOf(KANTA_HAME, ['297']))).statusCode, 403);
});

test('a platform administrator creates Kanta-Häme: saved with its audit entry; a taken slug and another region’s municipality are refused', async () => {
  const form = await platform.get('/admin/regions/new');
  const created = await platform.post('/admin/regions', fieldsOf(KANTA_HAME, ['109', '061', '694']), form.body);
  assert.equal(created.statusCode, 303);
  assert.equal(created.headers.location, '/admin/regions?done=created');
  const row = await db.selectFrom('region').selectAll().where('id', '=', 'kanta-hame').executeTakeFirstOrThrow();
  assert.equal(row.accent_color, '#8a1c3c');
  assert.equal(row.name_en, 'Kanta-Häme', 'an empty name falls back to Finnish');
  assert.equal(row.logo_text, 'Meidän Häme');
  const codes = await db.selectFrom('region_municipality').select('municipality_code').where('region_id', '=', 'kanta-hame').orderBy('municipality_code').execute();
  assert.deepEqual(codes.map((c) => c.municipality_code), ['061', '109', '694']);
  const audit = await db.selectFrom('audit_event').selectAll().where('action', '=', 'region.create').executeTakeFirstOrThrow();
  assert.equal(audit.subject_id, regionAuditId('kanta-hame'));
  assert.equal((audit.detail as { slug: string }).slug, 'kanta-hame');
  assert.equal(audit.subject_type, 'region');
  assert.match((await platform.get('/admin/regions?done=created')).body, /Alue luotiin\./);

  const again = await platform.post('/admin/regions', fieldsOf({ ...KANTA_HAME, nameFi: 'Toinen' }, ['433']), form.body);
  assert.equal(again.statusCode, 400);
  assert.match(again.body, /<p id="slug-error" class="field-error">Tunnus on jo toisen alueen käytössä/);
  assert.match(again.body, /value="Toinen"/);
  const kuopio = await platform.post('/admin/regions', fieldsOf({ ...KANTA_HAME, slug: 'savo-testi' }, ['297']), form.body);
  assert.equal(kuopio.statusCode, 400);
  assert.match(kuopio.body, /<p id="municipalities-error" class="field-error">Osa valituista kunnista kuuluu jo toiseen alueeseen/);
  const unknown = await platform.post('/admin/regions', fieldsOf({ ...KANTA_HAME, slug: 'tuntematon' }, ['999']), form.body);
  assert.equal(unknown.statusCode, 400);
  assert.match(unknown.body, /<p id="municipalities-error" class="field-error">Valitse kunnat luettelosta/);
  assert.equal(await db.selectFrom('region').select('id').where('id', 'in', ['savo-testi', 'tuntematon']).executeTakeFirst(), undefined);
});

test('editing Pohjois-Savo: the saved values in the form, the slug fixed, the change audited; an unknown region is 404', async () => {
  const form = await platform.get('/admin/regions/pohjois-savo/edit');
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /value="Norra Savolax"/);
  assert.match(form.body, /Tunnus: pohjois-savo\./);
  assert.doesNotMatch(form.body, /name="slug"/);
  assert.match(form.body, /id="municipality-297" name="municipalities" value="297" checked/);
  const current = await db.selectFrom('region_municipality').select('municipality_code').where('region_id', '=', 'pohjois-savo').execute();
  const saved = await platform.post(
    '/admin/regions/pohjois-savo/edit',
    fieldsOf({ slug: 'muutettu', nameFi: 'Pohjois-Savo', nameSv: 'Norra Savolax', nameEn: 'North Savo', introFi: 'Pohjois-Savon järjestöt.', introSv: 'Norra Savolax organisationer.', introEn: 'North Savo’s organisations.', accentColor: '#0b5e6b', logoText: 'Savon tarjotin' }, current.map((c) => c.municipality_code)),
    form.body,
  );
  assert.equal(saved.statusCode, 303);
  const row = await db.selectFrom('region').selectAll().where('id', '=', 'pohjois-savo').executeTakeFirstOrThrow();
  assert.equal(row.accent_color, '#0b5e6b');
  assert.equal(row.intro_sv, 'Norra Savolax organisationer.');
  assert.equal(await db.selectFrom('region').select('id').where('id', '=', 'muutettu').executeTakeFirst(), undefined, 'the slug never changes');
  assert.ok(await db.selectFrom('audit_event').select('id').where('action', '=', 'region.update').where('subject_id', '=', regionAuditId('pohjois-savo')).executeTakeFirst());
  assert.equal((await platform.get('/admin/regions/ei-ole/edit')).statusCode, 404);
  assert.equal((await platform.post('/admin/regions/ei-ole/edit', fieldsOf(KANTA_HAME, ['981']), form.body)).statusCode, 404);
});

test('the portal in fi, sv and en: name, introduction, its stylesheet, the search limited to the region, "Järjestöt kunnittain"', async () => {
  const fi = await get('/regions/pohjois-savo');
  assert.equal(fi.statusCode, 200);
  assert.match(fi.body, /<link rel="stylesheet" href="\/regions\/pohjois-savo\/theme.css"\/?>/);
  assert.match(fi.body, /<p class="region-banner">Savon tarjotin<\/p><h1>Pohjois-Savo<\/h1><p class="region-intro">Pohjois-Savon järjestöt\.<\/p>/);
  assert.match(fi.body, /<a href="\/regions\/pohjois-savo\/municipalities">Järjestöt kunnittain<\/a>/);
  assert.match(fi.body, /<a href="\/regions\/pohjois-savo\/themes">Järjestöt teemoittain<\/a>/);
  assert.match(fi.body, /<a href="\/regions\/pohjois-savo\/networks">Yhteistyöverkostot<\/a>/);
  assert.doesNotMatch(fi.body, /style=/);
  assert.match(fi.body, /<form class="search-form" role="search"[^>]*action="\/search"/);
  assert.match(fi.body, /<input type="hidden" name="region" value="pohjois-savo"\/?>/);
  const area = /<select id="search-municipality" name="municipality">([\s\S]*?)<\/select>/.exec(fi.body)![1]!;
  assert.match(area, /<option value(="")?>Koko alue \(Pohjois-Savo\)<\/option>/);
  assert.match(area, /<option value="remote">Etänä \/ koko Suomi<\/option>/);
  assert.match(area, /value="297"/);
  assert.doesNotMatch(area, /value="091"|value="109"/, 'only the region’s municipalities');
  const sv = await get('/sv/regions/pohjois-savo');
  assert.match(sv.body, /<html lang="sv">/);
  assert.match(sv.body, /<h1>Norra Savolax<\/h1><p class="region-intro">Norra Savolax organisationer\.<\/p>/);
  assert.match(sv.body, /<a href="\/sv\/regions\/pohjois-savo\/municipalities">Organisationer per kommun<\/a>/);
  assert.match(sv.body, /action="\/sv\/search"/);
  const en = await get('/en/regions/pohjois-savo');
  assert.match(en.body, /<h1>North Savo<\/h1><p class="region-intro">North Savo’s organisations\.<\/p>/);
  assert.equal((await get('/regions/ei-ole')).statusCode, 404);
  assert.equal((await get('/regions/EI_OLE')).statusCode, 404);
});

test('the stylesheet: text/css with the accent as --region-accent; 404 for an unknown region', async () => {
  const css = await get('/regions/pohjois-savo/theme.css');
  assert.equal(css.statusCode, 200);
  assert.match(String(css.headers['content-type']), /^text\/css; charset=utf-8/);
  assert.equal(css.body, '.region-portal {\n  --region-accent: #0b5e6b;\n}\n');
  assert.equal((await get('/regions/ei-ole/theme.css')).statusCode, 404);
});

test('the region-limited search: an activity outside the region is not listed, a nationwide one is (labelled); an outside municipality is refused', async () => {
  const all = await get('/search?need=omaishoito');
  assert.match(all.body, /Ruotsinkielinen omaisryhmä/, 'Helsinki’s activity in the nationwide search');
  const scoped = await get('/search?need=omaishoito&region=pohjois-savo');
  assert.equal(scoped.statusCode, 200);
  assert.doesNotMatch(scoped.body, /Ruotsinkielinen omaisryhmä/);
  assert.match(scoped.body, /Omaishoitajien vertaisryhmä/);
  assert.match(scoped.body, /Haku on rajattu alueeseen Pohjois-Savo/);
  const crisis = await get('/search?need=kriisi&region=pohjois-savo');
  assert.match(crisis.body, /Valtakunnallinen kriisipuhelin/);
  assert.match(crisis.body, /Etänä \/ koko Suomi/);
  // Links keep the scope (sort, pagination, chips).
  assert.match(scoped.body, /href="\/search\?need=omaishoito&amp;sort=name&amp;region=pohjois-savo"/);
  assert.equal((await get('/search?municipality=091&region=pohjois-savo')).statusCode, 400);
  assert.equal((await get('/search?region=ei-ole')).statusCode, 400);
  assert.equal((await get('/search?region=Bad%20Slug')).statusCode, 400);
  // Kanta-Häme (created above) has no activities of its own: only the nationwide and remote ones.
  const kh = await get('/search?region=kanta-hame');
  assert.match(kh.body, /Valtakunnallinen kriisipuhelin/);
  assert.doesNotMatch(kh.body, /Omaishoitajien vertaisryhmä|Zumba/);
});

test('"Järjestöt kunnittain": each municipality with the organisations active there', async () => {
  const page = await get('/regions/pohjois-savo/municipalities');
  assert.equal(page.statusCode, 200);
  const kuopio = /<h2 id="kunta-297">[\s\S]*?<\/section>/.exec(page.body)![0];
  assert.match(kuopio, /Kuopion Omaishoitajat ry/);
  assert.match(kuopio, /Mielenterveysseura Esimerkki ry/, 'an activity in Kuopio counts');
  assert.doesNotMatch(page.body, /Lakkautettu Yhdistys/);
  assert.match(page.body, /Kunnassa ei ole vielä järjestöjä palvelussa\./);
  assert.equal((await get('/regions/ei-ole/municipalities')).statusCode, 404);
});

test('the nationwide front page stays and lists the regions under "Alueet"', async () => {
  const front = await get('/');
  assert.match(front.body, /<h1>/);
  assert.match(front.body, /<h2 id="search-regions-title">Alueet<\/h2>/);
  assert.match(front.body, /<a href="\/regions\/kanta-hame">Kanta-Häme<\/a>/);
  assert.match(front.body, /<a href="\/regions\/pohjois-savo">Pohjois-Savo<\/a>/);
  assert.match((await get('/en')).body, /<a href="\/en\/regions\/pohjois-savo">North Savo<\/a>/);
});

test('REGION_HOSTS: a mapped host’s root is its portal (with the region’s search); other hosts keep the nationwide front page', async () => {
  const hosted = await createTestService({ env: { REGION_HOSTS: 'tarjotin-pohjois-savo.example.org=pohjois-savo, Tarjotin-Kanta-Hame.example.org = kanta-hame' } });
  try {
    await loadSearchFixture(hosted.database.db);
    const at = (url: string, host: string) => hosted.app.inject({ method: 'GET', url, headers: { host } });
    const ps = await at('/', 'tarjotin-pohjois-savo.example.org');
    assert.equal(ps.statusCode, 200);
    assert.match(ps.body, /<h1>Pohjois-Savo<\/h1>/);
    assert.match(ps.body, /<input type="hidden" name="region" value="pohjois-savo"\/?>/);
    assert.match(ps.body, /href="\/regions\/pohjois-savo\/theme.css"/);
    assert.match((await at('/', 'tarjotin-pohjois-savo.example.org:8443')).body, /<h1>Pohjois-Savo<\/h1>/, 'with a port');
    assert.match((await at('/sv', 'TARJOTIN-POHJOIS-SAVO.example.org')).body, /<h1>Norra Savolax<\/h1>/, 'case-insensitive, /sv too');
    // Kanta-Häme does not exist in this database: its host answers 404 rather than another region.
    assert.equal((await at('/', 'tarjotin-kanta-hame.example.org')).statusCode, 404);
    const nationwide = await at('/', 'localhost:3000');
    assert.equal(nationwide.statusCode, 200);
    assert.doesNotMatch(nationwide.body, /name="region"/);
    assert.match(nationwide.body, /id="search-regions-title"/);
    const search = await at('/search?need=omaishoito&region=pohjois-savo', 'tarjotin-pohjois-savo.example.org');
    assert.doesNotMatch(search.body, /Ruotsinkielinen omaisryhmä/);
  } finally {
    await hosted.close();
  }
});

test('REGION_HOSTS is validated at start: host=slug pairs, each host once', () => {
  const env = (v: string) => ({ REGION_HOSTS: v, DATA_KEYS: undefined });
  assert.deepEqual([...loadConfig(env('a.example.org=pohjois-savo,b.example.org=kanta-hame')).regionHosts], [['a.example.org', 'pohjois-savo'], ['b.example.org', 'kanta-hame']]);
  assert.equal(loadConfig({}).regionHosts.size, 0);
  for (const bad of ['a.example.org', 'a.example.org=Pohjois Savo', 'https://a.example.org=x', 'a.example.org=x,a.example.org=y', 'a.example.org:80=x', '=x']) {
    assert.throws(() => loadConfig(env(bad)), (e: unknown) => e instanceof ConfigError && /REGION_HOSTS/.test(e.message), bad);
  }
});
