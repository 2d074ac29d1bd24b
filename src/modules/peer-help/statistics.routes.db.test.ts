import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestService } from '../../../tests/support/test-app.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import type { Service } from '../../boot.js';
import { ensureUser } from '../../platform/auth/auth.repo.js';
import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { insertRequestDraft, moveRequest, updateRequestWhereWhen } from './peer-help.repo.js';
import { newRequestReference } from './request-reference.js';

/**
 * The statistics page's charts, Swedish region names and umbrella organisations' figures: requests written for member
 * organisations (organization.parent_id) are counted per published umbrella organisation; an unpublished umbrella
 * organisation is not shown. PGlite and PostgreSQL.
 */

let service: Service;
let db: Database;
const umbrella = newId();
const hidden = newId();

async function org(id: string, name: string, kind: string, status: string, parentId: string | null = null) {
  await db.insertInto('organization').values({ id, name_fi: name, name_sv: kind === 'umbrella' ? `${name} (sv)` : null, kind, status, parent_id: parentId } as never).execute();
}

async function request(organizationId: string | null, opts: { municipality?: string; hours: number; approved?: boolean }) {
  const id = newId();
  const requester = await ensureUser(db, { id: newId(), email: `tilasto.${id.slice(0, 8)}@example.org`, lang: 'fi' });
  await insertRequestDraft(db, { id, reference: newRequestReference(), requesterId: requester.id, organizationId, organisationName: '', businessId: null, category: 'bookkeeping', summary: 'Tilastopyyntö', details: '', accountingRef: '' });
  await updateRequestWhereWhen(db, id, { remote: !opts.municipality, municipalityCode: opts.municipality ?? null, address: '', wishedTime: 'pian', hours: opts.hours, groupId: null });
  await moveRequest(db, id, ['draft'], 'open');
  if (opts.approved) {
    await moveRequest(db, id, ['open'], 'done');
    await moveRequest(db, id, ['done'], 'approved');
  }
}

before(async () => {
  service = await createTestService();
  db = service.database.db;
  await org(umbrella, 'Tilastoliitto ry', 'umbrella', 'published');
  const memberA = newId();
  const memberB = newId();
  await org(memberA, 'Tilastoliiton Kuopion yhdistys', 'local_branch', 'published', umbrella);
  await org(memberB, 'Tilastoliiton Oulun yhdistys', 'local_branch', 'published', umbrella);
  await org(hidden, 'Luonnosliitto ry', 'umbrella', 'draft');
  const hiddenMember = newId();
  await org(hiddenMember, 'Luonnosliiton yhdistys', 'local_branch', 'published', hidden);
  await request(memberA, { municipality: '297', hours: 2, approved: true });
  await request(memberA, { hours: 1.5 });
  await request(memberB, { hours: 1 });
  await request(hiddenMember, { hours: 4 });
  await request(null, { hours: 3 });
});
after(async () => {
  await service?.close();
});

test('charts beside the tables (aria-hidden SVG); region names in Swedish on the sv page', async () => {
  const fi = (await new TestBrowser(service.app).get('/peer-help/statistics')).body;
  assert.match(fi, /<th scope="row">Pohjois-Savo<\/th><td>1<\/td><td>2<\/td><td>1<\/td>/);
  const charts = fi.match(/<svg class="stats-chart"[^>]*>/g) ?? [];
  assert.equal(charts.length, 4, 'one chart per table: category, region, month, umbrella organisations');
  for (const svg of charts) assert.match(svg, /aria-hidden="true"/);
  assert.match(fi, /<text[^>]*class="stats-chart-label"[^>]*>Kirjanpito ja talous<\/text>/);
  const sv = (await new TestBrowser(service.app).get('/sv/peer-help/statistics')).body;
  assert.match(sv, /<th scope="row">Norra Savolax<\/th><td>1<\/td>/);
  assert.ok(!sv.includes('>Pohjois-Savo<'), 'no Finnish region name on the Swedish page');
  const csv = (await new TestBrowser(service.app).get('/sv/peer-help/statistics.csv')).body;
  assert.match(csv, /;Norra Savolax;1;2;1\r\n/);
});

test('umbrella organisations: their members’ requests, hours and approved, per published umbrella organisation', async () => {
  const fi = (await new TestBrowser(service.app).get('/peer-help/statistics')).body;
  assert.match(fi, new RegExp(`<th scope="row"><a href="/organisations/${umbrella}">Tilastoliitto ry</a></th><td>2</td><td>3</td><td>4,5</td><td>1</td>`));
  assert.ok(!fi.includes('Luonnosliitto'), 'an unpublished umbrella organisation is not shown');
  assert.ok(!fi.includes('Kuopion yhdistys') && !fi.includes('Oulun yhdistys'), 'members are not named');
  const sv = (await new TestBrowser(service.app).get('/sv/peer-help/statistics')).body;
  assert.match(sv, /Tilastoliitto ry \(sv\)<\/a><\/th><td>2<\/td><td>3<\/td><td>4,5<\/td><td>1<\/td>/);
  const csv = (await new TestBrowser(service.app).get('/en/peer-help/statistics.csv')).body;
  assert.match(csv, /Members of umbrella organisations;Tilastoliitto ry;3;4.5;1\r\n/);
});
