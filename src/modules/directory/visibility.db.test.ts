import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Service } from '../../boot.js';
import { createTestService } from '../../../tests/support/test-app.js';
import { stableId } from '../../platform/ids.js';
import { countDirectory } from '../demo/demo.repo.js';
import { rebuildSearchIndex } from '../search/rebuild-search-index.js';
import { searchActivities } from '../search/search-activities.js';
import { suggest } from '../search/suggest.js';
import { emptyCounts, type OrganizationGraph } from './organization-graph.js';
import { saveOrganizationGraph } from './save-organization-graph.js';

/*
 * The one rule of visibility.ts, seen from every place the public reads: the A–Ö list, the card and activity pages,
 * search and its suggestions, the HSDS API and the directory counts. Public: published, of a published organisation.
 * Listed (search, suggestions): public and the organisation not hidden for staleness.
 */

const ORG = {
  open: stableId('visibility-org', 'open'),
  archived: stableId('visibility-org', 'archived'),
  hidden: stableId('visibility-org', 'hidden'),
};
const ACT = {
  open: stableId('visibility-act', 'open'),
  ofArchived: stableId('visibility-act', 'of-archived'),
  ofHidden: stableId('visibility-act', 'of-hidden'),
  draft: stableId('visibility-act', 'draft'),
};

function graph(id: string, name: string, organization: Partial<OrganizationGraph['organization']>, activities: [string, string, 'published' | 'draft'][]): OrganizationGraph {
  return {
    organization: { id, name_fi: name, status: 'published', last_checked: '2026-10-01', social_links: [], ...organization },
    contacts: [],
    locations: [],
    activities: activities.map(([activityId, activityName, status]) => ({
      activity: { id: activityId, name_fi: activityName, description_fi: `${activityName}: kirjokivi.`, status, nationwide: true },
      municipalityCodes: [],
      termIds: [],
      places: [],
      schedules: [],
      contacts: [],
    })),
  };
}

let service: Service;
before(async () => {
  service = await createTestService();
  const db = service.database.db;
  const counts = emptyCounts();
  for (const g of [
    graph(ORG.open, 'Kirjokiven Kerho ry', {}, [
      [ACT.open, 'Kirjokiven lukupiiri', 'published'],
      [ACT.draft, 'Kirjokiven luonnospiiri', 'draft'],
    ]),
    graph(ORG.archived, 'Kirjokiven Arkistoseura ry', { status: 'archived' }, [[ACT.ofArchived, 'Kirjokiven arkistopiiri', 'published']]),
    graph(ORG.hidden, 'Kirjokiven Piiloseura ry', { stale_hidden_at: new Date('2026-11-01T06:30:00Z') }, [[ACT.ofHidden, 'Kirjokiven piilopiiri', 'published']]),
  ]) {
    await saveOrganizationGraph({ db, graph: g, counts });
  }
  await rebuildSearchIndex({ db });
});
after(async () => {
  await service.close();
});

const get = (url: string) => service.app.inject({ method: 'GET', url });

test('the A–Ö list and the pages show public organisations and activities, hidden-for-staleness ones included', async () => {
  const list = await get('/organisations');
  assert.equal(list.statusCode, 200);
  assert.match(list.body, /Kirjokiven Kerho ry/);
  assert.match(list.body, /Kirjokiven Piiloseura ry/, 'hidden for staleness leaves search only');
  assert.doesNotMatch(list.body, /Kirjokiven Arkistoseura ry/);

  assert.equal((await get(`/organisations/${ORG.open}`)).statusCode, 200);
  assert.equal((await get(`/organisations/${ORG.hidden}`)).statusCode, 200);
  assert.equal((await get(`/organisations/${ORG.archived}`)).statusCode, 404);
  assert.equal((await get(`/activities/${ACT.open}`)).statusCode, 200);
  assert.equal((await get(`/activities/${ACT.ofHidden}`)).statusCode, 200);
  assert.equal((await get(`/activities/${ACT.ofArchived}`)).statusCode, 404, 'a published activity of an archived organisation');
  assert.equal((await get(`/activities/${ACT.draft}`)).statusCode, 404);

  const card = await get(`/organisations/${ORG.open}`);
  assert.match(card.body, /Kirjokiven lukupiiri/);
  assert.doesNotMatch(card.body, /Kirjokiven luonnospiiri/);
});

test('search and its suggestions show listed activities only: not of an archived or a hidden organisation', async () => {
  const db = service.database.db;
  const found = await searchActivities({ db, text: 'kirjokiven', lang: 'fi', sort: 'name', page: 1, perPage: 20 });
  assert.deepEqual(
    found.hits.map((h) => h.activityId),
    [ACT.open],
  );
  for (const organizationId of [ORG.archived, ORG.hidden]) {
    const byOrganization = await searchActivities({ db, organizationId, lang: 'fi', sort: 'name', page: 1, perPage: 20 });
    assert.equal(byOrganization.total, 0, organizationId);
  }
  const suggestions = await suggest({ db, text: 'kirjokiv', lang: 'fi' });
  assert.deepEqual(
    suggestions.organizations.map((o) => o.id),
    [ORG.open],
  );
});

test('the HSDS API serves public rows only, hidden-for-staleness ones included', async () => {
  const services = await get('/api/hsds/services?per_page=50');
  assert.equal(services.statusCode, 200);
  const serviceIds = (JSON.parse(services.body) as { contents: { id: string }[] }).contents.map((s) => s.id).sort();
  assert.deepEqual(serviceIds, [ACT.open, ACT.ofHidden].sort());
  const organizations = await get('/api/hsds/organizations?per_page=50');
  const organizationIds = (JSON.parse(organizations.body) as { contents: { id: string }[] }).contents.map((o) => o.id).sort();
  assert.deepEqual(organizationIds, [ORG.open, ORG.hidden].sort());
  assert.equal((await get(`/api/hsds/services/${ACT.ofArchived}`)).statusCode, 404);
  assert.equal((await get(`/api/hsds/services/${ACT.draft}`)).statusCode, 404);
  assert.equal((await get(`/api/hsds/organizations/${ORG.archived}`)).statusCode, 404);
  assert.equal((await get(`/api/hsds/services/${ACT.ofHidden}`)).statusCode, 200);
});

test('the directory counts count public rows', async () => {
  const counts = await countDirectory(service.database.db);
  assert.deepEqual(counts, { organizations: 3, publishedOrganizations: 2, activities: 4, publishedActivities: 2 });
});
