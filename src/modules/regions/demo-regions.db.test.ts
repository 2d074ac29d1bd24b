import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { isUsableAccent } from './contrast.js';
import { addDemoRegions, DEMO_REGIONS } from './demo-regions.js';

/** The demo's regional portals, on PGlite and (with TEST_DATABASE_URL) PostgreSQL. */

let t: TestDatabase;
before(async () => {
  t = await createTestDatabase();
});
after(async () => {
  await t.close();
});

test('Pohjois-Savo gets its look, Kanta-Häme its eleven municipalities, each a fictional regional administrator; loading again changes nothing', async () => {
  await addDemoRegions(t.db);
  await addDemoRegions(t.db);
  const regions = await t.db.selectFrom('region').selectAll().where('id', 'in', ['pohjois-savo', 'kanta-hame']).orderBy('id').execute();
  assert.deepEqual(regions.map((r) => r.id), ['kanta-hame', 'pohjois-savo']);
  for (const r of regions) {
    assert.ok(r.accent_color && isUsableAccent(r.accent_color), `${r.id}: accent ${r.accent_color} has 4.5:1 against white`);
    assert.ok(r.intro_fi && r.intro_sv && r.intro_en && r.logo_text, r.id);
  }
  // The codes of the issue are exactly the reference data's Kanta-Häme.
  const kh = await t.db
    .selectFrom('region_municipality as rm')
    .innerJoin('municipality as m', 'm.code', 'rm.municipality_code')
    .select(['m.code', 'm.name_fi', 'm.maakunta_fi'])
    .where('rm.region_id', '=', 'kanta-hame')
    .orderBy('m.code')
    .execute();
  assert.deepEqual(kh.map((m) => m.code), ['061', '082', '086', '103', '109', '165', '169', '433', '694', '834', '981']);
  assert.ok(kh.every((m) => m.maakunta_fi === 'Kanta-Häme'));
  const maakunta = await t.db.selectFrom('municipality').select('code').where('maakunta_fi', '=', 'Kanta-Häme').execute();
  assert.equal(maakunta.length, kh.length, 'all of Kanta-Häme');
  assert.equal(Number((await t.db.selectFrom('region_municipality').select((eb) => eb.fn.countAll<number>().as('n')).where('region_id', '=', 'pohjois-savo').executeTakeFirstOrThrow()).n) > 0, true);
  for (const r of DEMO_REGIONS) {
    assert.match(r.adminEmail, /@demo\.tarjotin\.invalid$/);
    const roles = await t.db
      .selectFrom('user_role as ur')
      .innerJoin('app_user as u', 'u.id', 'ur.user_id')
      .select(['ur.role', 'ur.scope_id'])
      .where('u.email', '=', r.adminEmail)
      .execute();
    assert.deepEqual(roles, [{ role: 'regional_admin', scope_id: r.id }]);
  }
});

test('a look an administrator has set is kept when the demo loads again', async () => {
  await t.db.updateTable('region').set({ accent_color: '#000000', intro_fi: 'Oma esittely' }).where('id', '=', 'pohjois-savo').execute();
  await addDemoRegions(t.db);
  const row = await t.db.selectFrom('region').select(['accent_color', 'intro_fi']).where('id', '=', 'pohjois-savo').executeTakeFirstOrThrow();
  assert.deepEqual(row, { accent_color: '#000000', intro_fi: 'Oma esittely' });
});
