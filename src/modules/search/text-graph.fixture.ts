import { after, before } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { emptyCounts, type ActivityGraph, type OrganizationGraph } from '../directory/organization-graph.js';
import { saveOrganizationGraph } from '../directory/save-organization-graph.js';
import { rebuildSearchIndex } from './rebuild-search-index.js';

/**
 * Test fixture for the search's language handling: activities with texts only and no taxonomy terms on purpose, so
 * only the texts (and the search's own knowledge of Finnish) can match. All in Kuopio (297).
 */
export function textActivity(id: string, name_fi: string, description_fi: string): ActivityGraph {
  return {
    activity: { id, status: 'published', name_fi, description_fi, last_checked: '2026-09-15' },
    municipalityCodes: ['297'],
    termIds: [],
    places: [],
    schedules: [],
    contacts: [],
  };
}

/** One published organisation in Kuopio holding the activities. */
export function textOrganization(id: string, name_fi: string, activities: ActivityGraph[]): OrganizationGraph {
  return {
    organization: { id, name_fi, description_fi: 'Paikallinen toimija.', status: 'published', municipality_code: '297' },
    contacts: [],
    locations: [],
    activities,
  };
}

/**
 * Registers before / after hooks that save the graph into a fresh test database (PGlite, or PostgreSQL with
 * TEST_DATABASE_URL) and build the search index; the returned function gives the database inside tests.
 */
export function useIndexedGraph(graph: OrganizationGraph): () => TestDatabase {
  let t: TestDatabase | undefined;
  before(async () => {
    t = await createTestDatabase();
    await t.db.transaction().execute(async (trx) => saveOrganizationGraph({ db: trx, graph, counts: emptyCounts() }));
    await rebuildSearchIndex({ db: t.db });
  });
  after(async () => {
    await t?.close();
  });
  return () => {
    if (!t) throw new Error('the indexed test database is made in before()');
    return t;
  };
}
