import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestService } from '../../../tests/support/test-app.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import { buildMatrixWorld, sessionCookie, type MatrixWorld, type Role } from '../../../tests/security/access-matrix.fixture.js';
import type { Service } from '../../boot.js';
import type { Database } from '../../platform/db/database.js';

/**
 * A region's statistics on PGlite and (with TEST_DATABASE_URL) PostgreSQL: organisation A is in Kuopio (region X =
 * Pohjois-Savo), B in Helsinki (region Y). Counts move with the data; the administrators' page is X's only.
 */

let service: Service;
let db: Database;
let world: MatrixWorld;

before(async () => {
  service = await createTestService();
  db = service.database.db;
  world = await buildMatrixWorld(service);
});
after(async () => {
  await service?.close();
});

async function as(role: Role): Promise<TestBrowser> {
  const b = new TestBrowser(service.app, '198.51.100.60');
  const cookie = await sessionCookie(service, world, role);
  if (cookie) {
    const [name, value] = cookie.split('=') as [string, string];
    b.cookies.set(name, value);
  }
  return b;
}

/** The figures of one row of the municipalities table ("Kuopio" → [organisations, activities]). */
function municipalityRow(html: string, name: string): [number, number] {
  const m = new RegExp(`<th scope="row">${name}</th><td>(\\d+)</td><td>(\\d+)</td>`).exec(html);
  assert.ok(m, `a row for ${name}`);
  return [Number(m[1]), Number(m[2])];
}

test('the public page: organisations and activities per municipality move with the data, with a chart beside each table', async () => {
  const b = await as('anonymous');
  const page = await b.get('/regions/pohjois-savo/statistics');
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<h1>Tilastot: Pohjois-Savo<\/h1>/);
  assert.match(page.body, /<svg class="stats-chart"[^>]*aria-hidden="true"/);
  const [orgs, acts] = municipalityRow(page.body, 'Kuopio');
  assert.ok(orgs >= 1, 'A is seated in Kuopio');
  assert.doesNotMatch(page.body, /<th scope="row">Helsinki<\/th>/, "Y's municipality is not X's");

  // A second activity of A, in Siilinjärvi: Siilinjärvi counts A once and the activity once; Kuopio is unchanged.
  const [siilinOrgs, siilinActs] = municipalityRow(page.body, 'Siilinjärvi');
  await sql`insert into activity_municipality (activity_id, municipality_code) values (${world.activityA}, '749')`.execute(db);
  const after = (await b.get('/regions/pohjois-savo/statistics')).body;
  assert.deepEqual(municipalityRow(after, 'Siilinjärvi'), [siilinOrgs + 1, siilinActs + 1]);
  assert.deepEqual(municipalityRow(after, 'Kuopio'), [orgs, acts]);

  // Checked in the last 12 months: A checked long ago, then today.
  await db.updateTable('organization').set({ last_checked: '2020-01-01' }).where('id', '=', world.orgA).execute();
  const share = (html: string) => Number(/(\d+) \/ (\d+) järjestöä/.exec(html)![1]);
  const before = share((await b.get('/regions/pohjois-savo/statistics')).body);
  await db.updateTable('organization').set({ last_checked: new Date().toISOString().slice(0, 10) }).where('id', '=', world.orgA).execute();
  assert.equal(share((await b.get('/regions/pohjois-savo/statistics')).body), before + 1);

  const sv = await b.get('/sv/regions/pohjois-savo/statistics');
  assert.match(sv.body, /Organisationer per kommun/);
  assert.match(sv.body, /<th scope="row">Siilinjärvi<\/th>/);
  assert.equal((await b.get('/regions/ei-ole/statistics')).statusCode, 404);
});

test('the CSV: semicolons, BOM, a header in the page language, a row per municipality', async () => {
  const res = await (await as('anonymous')).get('/en/regions/pohjois-savo/statistics.csv');
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /^text\/csv/);
  assert.match(String(res.headers['content-disposition']), /attachment; filename="tilastot-pohjois-savo\.csv"/);
  assert.ok(res.body.startsWith('\uFEFFSection;Code;Name;Organisations;Activities\r\n'));
  assert.match(res.body, /\r\nMunicipality;297;Kuopio;\d+;\d+\r\n/);
});

test("the administrators' page: X's administrators and platform administrators; searches that found nothing per month", async () => {
  await db.insertInto('search_zero_result').values({ query: 'sukututkimus', municipality: '297', lang: 'fi', searched_hour: new Date() }).execute();
  await db.insertInto('search_zero_result').values({ query: 'sukututkimus', municipality: '091', lang: 'fi', searched_hour: new Date() }).execute();
  const expected: Record<Role, number> = { anonymous: 303, maintainerA: 403, maintainerB: 403, regionalX: 200, regionalY: 404, platform: 200 };
  for (const [role, status] of Object.entries(expected) as [Role, number][]) {
    assert.equal((await (await as(role)).get('/admin/regions/pohjois-savo/statistics')).statusCode, status, role);
  }
  const page = await (await as('regionalX')).get('/admin/regions/pohjois-savo/statistics');
  const rows = [...page.body.matchAll(/<tr><th scope="row">[^<]+<\/th><td>(\d+)<\/td><td>(\d+)<\/td><td>\d+<\/td><td>\d+<\/td><td>\d+<\/td><td>\d+<\/td><td>\d+<\/td><\/tr>/g)];
  assert.equal(rows.length, 12, 'twelve months');
  assert.equal(Number(rows[11]![2]), 1, 'this month: the Kuopio search that found nothing, not the Helsinki one');
  assert.equal(Number(rows[11]![1]), 0, 'no searches made on the results page yet');
  const csv = await (await as('platform')).get('/admin/regions/pohjois-savo/statistics.csv');
  assert.equal(csv.statusCode, 200);
  assert.match(csv.body, /^\uFEFFKuukausi;Haut;Haut ilman tuloksia;Uutisia;Ilmoituksia;Palautteita;Uutiskirjeitä lähetetty;Uutiskirjeen sähköposteja\r\n/);
  assert.equal(csv.body.trim().split('\r\n').length, 13);
  assert.equal((await (await as('regionalY')).get('/admin/regions/pohjois-savo/statistics.csv')).statusCode, 404);
});

test("the administrators' page counts the searches limited to the region's municipalities: first pages only, no other region", async () => {
  const thisMonth = async () => {
    const page = await (await as('regionalX')).get('/admin/regions/pohjois-savo/statistics');
    const rows = [...page.body.matchAll(/<tr><th scope="row">[^<]+<\/th><td>(\d+)<\/td><td>\d+<\/td>/g)];
    return Number(rows[11]![1]);
  };
  const before = await thisMonth();
  const visitor = await as('anonymous');
  for (const path of ['/search?q=masennus&municipality=297', '/search?need=yksinaisyys&municipality=297', '/search?q=masennus&municipality=297&page=2', '/search?q=masennus&municipality=091', '/search?q=masennus', '/search']) {
    assert.equal((await visitor.get(path)).statusCode, 200, path);
  }
  assert.equal(await thisMonth(), before + 2, 'the two first pages in Kuopio; not page 2, not Helsinki, not without a municipality');
  const rows = await db.selectFrom('search_count').selectAll().execute();
  assert.ok(rows.every((r) => Object.keys(r).sort().join() === 'day,municipality,n'), 'counts only');
});
