import type { Database } from '../../platform/db/database.js';
import { replaceActivityChildren, replaceOrganizationChildren, upsertActivityRow, upsertOrganizationRow, type Outcome } from './directory-write.repo.js';
import type { OrganizationGraph, SaveCounts } from './organization-graph.js';

function count(counts: SaveCounts, kind: 'organizations' | 'activities', outcome: Outcome): void {
  const key = `${kind}${outcome[0]!.toUpperCase()}${outcome.slice(1)}` as keyof SaveCounts;
  counts[key] += 1;
}

/**
 * Writes one organisation graph (upsert by id) inside the caller's transaction. Activities of the organisation
 * that are not in the graph are left alone (an import may carry only some of them). Children of each given
 * activity are replaced. Adds the outcome to `counts`.
 */
export async function saveOrganizationGraph({ db, graph, counts }: { db: Database; graph: OrganizationGraph; counts: SaveCounts }): Promise<void> {
  count(counts, 'organizations', await upsertOrganizationRow(db, graph.organization));
  await replaceOrganizationChildren(db, graph.organization.id, graph.contacts, graph.locations);
  for (const a of graph.activities) {
    count(counts, 'activities', await upsertActivityRow(db, graph.organization.id, a.activity));
    await replaceActivityChildren(db, a);
  }
}
