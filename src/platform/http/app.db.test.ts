import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Service } from '../../boot.js';
import { createTestService } from '../../../tests/support/test-app.js';

let service: Service;
before(async () => {
  service = await createTestService();
});
after(async () => {
  await service.close();
});

test('GET /healthz answers 200 once the database is ready', async () => {
  const res = await service.app.inject('/healthz');
  assert.equal(res.statusCode, 200);
  assert.equal(res.json().status, 'ok');
});

test('an unknown page is a translated 404 page, in the language of the prefix', async () => {
  const fi = await service.app.inject('/ei-ole-olemassa');
  assert.equal(fi.statusCode, 404);
  assert.match(fi.body, /<html lang="fi"/);
  assert.match(fi.body, /Sivua ei löytynyt/);
  const sv = await service.app.inject('/sv/finns-inte');
  assert.equal(sv.statusCode, 404);
  assert.match(sv.body, /Sidan hittades inte/);
});

test('an unknown API path answers JSON 404', async () => {
  const res = await service.app.inject('/api/nothing-here');
  assert.equal(res.statusCode, 404);
  assert.equal(res.json().error, 'not_found');
});

test('reference data: all municipalities, and the Pohjois-Savo region with its municipalities', async () => {
  const db = service.database.db;
  const count = await db.selectFrom('municipality').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  assert.ok(Number(count.n) >= 300, `expected all municipalities, got ${count.n}`);
  const kuopio = await db.selectFrom('municipality').selectAll().where('code', '=', '297').executeTakeFirstOrThrow();
  assert.equal(kuopio.name_fi, 'Kuopio');
  assert.equal(kuopio.maakunta_fi, 'Pohjois-Savo');
  assert.equal(kuopio.wellbeing_county_fi, 'Pohjois-Savon hyvinvointialue');
  const members = await db.selectFrom('region_municipality').select('municipality_code').where('region_id', '=', 'pohjois-savo').execute();
  assert.ok(members.some((m) => m.municipality_code === '297'));
  assert.ok(members.length >= 18);
});
