import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { loadDemoData } from '../demo/load-demo-data.js';
import { dateInput } from '../events/helsinki-time.js';
import { listCentreRows, listLiaisons } from './centres.repo.js';
import { listCurrentMaterials } from './materials.repo.js';
import { checkMaterialFile } from './check-material-file.js';

/** The demo's care centres: two in Pohjois-Savo with invented liaisons and current material; loading again is idempotent. */

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
  await loadDemoData({ db: database.db });
});
after(async () => {
  await database?.close();
});

test('two centres in Pohjois-Savo, each with a fictional liaison; the Kuopio centre shows an approved slide and poster today', async () => {
  const db = database.db;
  const centres = await listCentreRows(db, { regionIds: ['pohjois-savo'] });
  assert.equal(centres.length, 2);
  for (const c of centres) {
    const liaisons = await listLiaisons(db, c.id);
    assert.equal(liaisons.length, 1);
    assert.match(liaisons[0]!.email, /@demo\.tarjotin\.invalid$/);
  }
  const kuopio = centres.find((c) => c.municipalityCode === '297')!;
  const today = dateInput(new Date());
  const slides = await listCurrentMaterials(db, { centreId: kuopio.id, today, kinds: ['slide'] });
  assert.equal(slides.length, 1);
  assert.ok(slides[0]!.altText.length > 20, 'the slide has an alternative text');
  assert.equal((await listCurrentMaterials(db, { centreId: kuopio.id, today, kinds: ['poster'] })).length, 1);
  const pending = await db.selectFrom('centre_material_target').select('status').where('status', '=', 'pending').execute();
  assert.equal(pending.length, 1, 'a brochure waits for the Iisalmi liaison');
  // The demo's files pass the same checks as an upload to their centre.
  for (const row of await db.selectFrom('centre_material as m').innerJoin('centre_material_file as f', 'f.material_id', 'm.id').innerJoin('centre_material_target as t', 't.material_id', 'm.id').select(['m.kind', 'f.bytes', 't.centre_id']).execute()) {
    const centre = centres.find((c) => c.id === row.centre_id)!;
    const checked = await checkMaterialFile({ kind: row.kind, file: { fileName: 'demo', bytes: Buffer.from(row.bytes), truncated: false }, centres: [centre] });
    assert.ok(checked.ok, `${row.kind}: ${JSON.stringify(checked)}`);
  }
});

test('loading again changes nothing', async () => {
  const count = async () => ({
    centres: (await database.db.selectFrom('care_centre').select('id').execute()).length,
    materials: (await database.db.selectFrom('centre_material').select('id').execute()).length,
    liaisons: (await database.db.selectFrom('user_role').select('user_id').where('role', '=', 'liaison').execute()).length,
  });
  const first = await count();
  await loadDemoData({ db: database.db });
  assert.deepEqual(await count(), first);
  assert.deepEqual(first, { centres: 2, materials: 3, liaisons: 2 });
});

test('the demo centres keep staff groups (fictional addresses), Kuopio has two named screens, and a bulletin waits at both', async () => {
  const db = database.db;
  const groups = await db.selectFrom('centre_staff_group').select(['centre_id', 'name', 'emails', 'topics']).execute();
  assert.equal(new Set(groups.map((g) => g.centre_id)).size, 2, 'both centres');
  assert.ok(groups.some((g) => g.name === 'Lapsiperheiden palvelut'));
  assert.ok(groups.every((g) => g.emails.length > 0 && g.emails.every((e) => e.endsWith('@demo.tarjotin.invalid'))));
  const screens = await db.selectFrom('centre_screen').select(['name', 'kiosk_token_hash']).orderBy('name').execute();
  assert.deepEqual(screens, [{ name: 'Aula', kiosk_token_hash: null }, { name: 'Odotustila 2', kiosk_token_hash: null }], 'named, without a secret address');
  const targets = await db.selectFrom('centre_bulletin_target').select(['status']).execute();
  assert.deepEqual(targets.map((t) => t.status), ['pending', 'pending']);
  // A suggested group exists for it (its topics meet a group's).
  const bulletin = await db.selectFrom('centre_bulletin').select('topics').executeTakeFirstOrThrow();
  assert.ok(groups.some((g) => g.topics.some((t) => bulletin.topics.includes(t))));
  const count = async () => [(await db.selectFrom('centre_staff_group').select('id').execute()).length, (await db.selectFrom('centre_screen').select('id').execute()).length, (await db.selectFrom('centre_bulletin').select('id').execute()).length];
  const first = await count();
  await loadDemoData({ db });
  assert.deepEqual(await count(), first, 'loading again adds nothing');
});

test('the Kuopio centre has an NGO meeting held with its record, a coming one, and an agreement followed up; loading again adds none', async () => {
  const db = database.db;
  const meetings = await db.selectFrom('centre_meeting').select(['title', 'record_written_at', 'record_people', 'starts_at']).orderBy('starts_at').execute();
  assert.equal(meetings.length, 2);
  assert.ok(meetings[0]!.record_written_at, 'the past meeting has its record');
  assert.equal(meetings[0]!.record_people, 14);
  assert.ok(new Date(meetings[0]!.starts_at).getTime() < Date.now() && new Date(meetings[1]!.starts_at).getTime() > Date.now());
  assert.equal((await db.selectFrom('centre_meeting_invitee').select('id').where('present', '=', true).execute()).length, 1);
  const followedUp = await db.selectFrom('centre_agreement').select(['status', 'followup_outcome', 'followup_attendance']).where('followup_outcome', 'is not', null).execute();
  assert.deepEqual(followedUp, [{ status: 'accepted', followup_outcome: 'happened', followup_attendance: 18 }]);
  await loadDemoData({ db });
  assert.equal((await db.selectFrom('centre_meeting').select('id').execute()).length, 2);
  assert.equal((await db.selectFrom('centre_meeting_invitee').select('id').execute()).length, 5);
});
