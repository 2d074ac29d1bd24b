import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { stableId } from '../ids.js';
import { addRole, ensureUser } from './auth.repo.js';
import { listAdministratorsForMunicipalities, listAdministratorsForOrganizations } from './list-administrators-for.js';

const KUOPIO = '297'; // Pohjois-Savo (reference data)
const HELSINKI = '091'; // in the test region below
const TURKU = '853'; // in no region here with an administrator

let t: TestDatabase;
const ids: Record<string, string> = {};

async function person(email: string, role: 'platform_admin' | 'regional_admin', scopeId: string | null, lang: 'fi' | 'sv' | 'en' = 'fi') {
  const user = await ensureUser(t.db, { id: stableId('admins-user', email), email, lang });
  await addRole(t.db, { userId: user.id, role, scopeId });
  return user.id;
}

async function organization(key: string, municipality: string | null, activityMunicipalities: string[] = [], activityStatus: 'published' | 'archived' = 'published') {
  const id = stableId('admins-org', key);
  await t.db
    .insertInto('organization')
    .values({ id, name_fi: key, description_fi: 'Kuvitteellinen.', status: 'published', municipality_code: municipality, social_links: '[]' })
    .execute();
  for (const [i, code] of activityMunicipalities.entries()) {
    const aid = stableId('admins-act', `${key}-${i}`);
    await t.db.insertInto('activity').values({ id: aid, organization_id: id, name_fi: `${key} ${i}`, description_fi: 'Toimintaa.', status: activityStatus }).execute();
    await t.db.insertInto('activity_municipality').values({ activity_id: aid, municipality_code: code }).execute();
  }
  ids[key] = id;
  return id;
}

before(async () => {
  t = await createTestDatabase();
  await t.db.insertInto('region').values({ id: 'testimaa', name_fi: 'Testimaa', name_sv: 'Testland', name_en: 'Testland' }).execute();
  await t.db.insertInto('region_municipality').values({ region_id: 'testimaa', municipality_code: HELSINKI }).execute();
  ids.savo = await person('savo@example.org', 'regional_admin', 'pohjois-savo', 'sv');
  ids.testi = await person('testi@example.org', 'regional_admin', 'testimaa');
  ids.platform = await person('alusta@example.org', 'platform_admin', null, 'en');
  await organization('kuopio', KUOPIO, [HELSINKI]);
  await organization('turku', TURKU);
  await organization('homeless', null, [HELSINKI]);
  await organization('homeless-archived', null, [KUOPIO], 'archived');
});
after(async () => {
  await t.close();
});

test('an organisation gets the regional administrators of its home municipality, not of its activities', async () => {
  const rows = await listAdministratorsForOrganizations(t.db, [ids.kuopio!]);
  assert.deepEqual(rows, [{ organizationId: ids.kuopio, userId: ids.savo, email: 'savo@example.org', lang: 'sv' }]);
});

test('without a home municipality, the regions of its published activities count; with no region at all, the platform administrators', async () => {
  assert.deepEqual(
    (await listAdministratorsForOrganizations(t.db, [ids.homeless!])).map((r) => r.email),
    ['testi@example.org'],
  );
  assert.deepEqual(await listAdministratorsForOrganizations(t.db, [ids['homeless-archived']!]), [
    { organizationId: ids['homeless-archived'], userId: ids.platform, email: 'alusta@example.org', lang: 'en' },
  ]);
  assert.deepEqual(
    (await listAdministratorsForOrganizations(t.db, [ids.turku!])).map((r) => r.email),
    ['alusta@example.org'],
  );
});

test('several organisations at once: one row per organisation and person, by address then organisation', async () => {
  const rows = await listAdministratorsForOrganizations(t.db, [ids.turku!, ids.kuopio!, ids.homeless!, ids.kuopio!]);
  assert.deepEqual(
    rows.map((r) => [r.email, r.organizationId]),
    [
      ['alusta@example.org', ids.turku],
      ['savo@example.org', ids.kuopio],
      ['testi@example.org', ids.homeless],
    ],
  );
  assert.deepEqual(await listAdministratorsForOrganizations(t.db, []), []);
});

test('by municipalities: the regional administrators of every region concerned, else the platform administrators', async () => {
  assert.deepEqual(
    (await listAdministratorsForMunicipalities(t.db, [KUOPIO, HELSINKI])).map((r) => r.email),
    ['savo@example.org', 'testi@example.org'],
  );
  assert.deepEqual(await listAdministratorsForMunicipalities(t.db, [KUOPIO]), [{ userId: ids.savo, email: 'savo@example.org', lang: 'sv' }]);
  assert.deepEqual((await listAdministratorsForMunicipalities(t.db, [TURKU])).map((r) => r.email), ['alusta@example.org']);
  assert.deepEqual((await listAdministratorsForMunicipalities(t.db, [])).map((r) => r.email), ['alusta@example.org']);
});
