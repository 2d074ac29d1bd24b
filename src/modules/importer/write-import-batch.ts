import { createHash } from 'node:crypto';
import type { Database } from '../../platform/db/database.js';
import { emptyCounts, type OrganizationGraph, type SaveCounts } from '../directory/organization-graph.js';
import { saveOrganizationGraph } from '../directory/save-organization-graph.js';
import { rebuildSearchIndex } from '../search/rebuild-search-index.js';
import type { RecordKind } from './detect-hsds-shape.js';
import {
  bulkReplaceActivityChildren,
  bulkReplaceOrganizationContacts,
  bulkUpsertLocations,
  bulkUpsertRows,
  listActivityIdsOfOrganizations,
  listOrganizationContacts,
  listUnchangedRecords,
  writeFingerprints,
  type ActivityChildren,
  type BulkRow,
  type FingerprintKey,
} from './importer.repo.js';

/** A record ready to write: validated, mapped, its parent resolved. */
export interface BatchEntry {
  index: number;
  path: string;
  graph: OrganizationGraph;
  keepOrganizationContacts: boolean;
}

export type Outcome = 'inserted' | 'updated' | 'unchanged';

export interface EntryResult {
  entry: BatchEntry;
  /** null: the database refused the record (SQLSTATE 22/23), with the detail for the report. */
  refused: string | null;
  organization: Outcome;
  activities: SaveCounts;
}

export interface BatchResult {
  results: EntryResult[];
  /** Activities handed to the search index. */
  reindexed: number;
  /** Records skipped because their fingerprint showed nothing to change. */
  skipped: number;
}

/** PostgreSQL SQLSTATE classes 22 (data exception) and 23 (integrity constraint violation): the record's fault. */
export function recordRefusedByDatabase(err: unknown): { code: string; constraint?: string } | null {
  const e = err as { code?: unknown; constraint?: unknown } | null;
  if (!e || typeof e.code !== 'string' || !/^2[23]/.test(e.code)) return null;
  return { code: e.code, constraint: typeof e.constraint === 'string' ? e.constraint : undefined };
}

/** The key of a record's fingerprint: the organisation of a record of shape (a), the service of one of shape (b). */
function fingerprintOf(kind: RecordKind, e: BatchEntry): FingerprintKey {
  const g = e.graph;
  const recordKey = kind === 'organization' ? `organization:${g.organization.id}` : `service:${g.activities[0]?.activity.id ?? g.organization.id}`;
  const hash = createHash('sha256').update(JSON.stringify([g, e.keepOrganizationContacts])).digest('base64url');
  return { recordKey, organizationId: g.organization.id, hash, activityIds: g.activities.map((a) => a.activity.id) };
}

class BatchRefused extends Error {
  constructor(readonly refusal: unknown) {
    super('a record of the batch was refused');
  }
}

const unchangedCounts = (e: BatchEntry): SaveCounts => ({ ...emptyCounts(), activitiesUnchanged: e.graph.activities.length });

/**
 * Writes a batch of records in one transaction: their rows in a fixed number of statements, the search index rows
 * of what changed, and the records' fingerprints, so a batch is there whole or not at all (a killed import leaves
 * whole records, indexed). Records whose fingerprint shows nothing changed are skipped. When the database refuses
 * the batch because of a record (SQLSTATE 22/23), the batch is written again record by record, each in its own
 * transaction (with the directory's write model), and the refused records are reported.
 */
export async function writeImportBatch(db: Database, kind: RecordKind, entries: BatchEntry[]): Promise<BatchResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await writeBatchOnce(db, kind, entries);
    } catch (err) {
      // Batches written at once may still deadlock on a row both touch (PostgreSQL then aborts one): write it again.
      if ((err as { code?: unknown }).code !== '40P01' || attempt >= 3) throw err;
    }
  }
}

async function writeBatchOnce(db: Database, kind: RecordKind, entries: BatchEntry[]): Promise<BatchResult> {
  const keys = entries.map((e) => fingerprintOf(kind, e));
  try {
    return await db.transaction().execute(async (trx) => {
      const unchanged = await listUnchangedRecords(trx, keys);
      const results: EntryResult[] = [];
      const toWrite: { entry: BatchEntry; key: FingerprintKey }[] = [];
      entries.forEach((entry, i) => {
        if (unchanged.has(keys[i]!.recordKey)) results.push({ entry, refused: null, organization: 'unchanged', activities: unchangedCounts(entry) });
        else toWrite.push({ entry, key: keys[i]! });
      });
      if (toWrite.length === 0) return { results, reindexed: 0, skipped: entries.length };
      const written = toWrite.map((w) => w.entry);
      const { organizations, activities } = await writeRows(trx, written);
      for (const entry of written) {
        const counts = emptyCounts();
        for (const a of entry.graph.activities) {
          const o = activities.get(a.activity.id);
          if (o === 'inserted') counts.activitiesInserted += 1;
          else if (o === 'updated') counts.activitiesUpdated += 1;
          else counts.activitiesUnchanged += 1;
        }
        results.push({ entry, refused: null, organization: organizations.get(entry.graph.organization.id) ?? 'unchanged', activities: counts });
      }
      const reindexed = await reindex(trx, written, organizations);
      await writeFingerprints(trx, toWrite.map((w) => w.key));
      return { results, reindexed, skipped: entries.length - toWrite.length };
    });
  } catch (err) {
    if (!(err instanceof BatchRefused)) throw err;
  }
  // One record at a time, as the importer always did: the refused ones are left out.
  const results: EntryResult[] = [];
  let reindexed = 0;
  for (const [i, entry] of entries.entries()) {
    const counts = emptyCounts();
    try {
      await db.transaction().execute(async (trx) => {
        let graph = entry.graph;
        if (entry.keepOrganizationContacts) graph = { ...graph, contacts: await listOrganizationContacts(trx, graph.organization.id) };
        await saveOrganizationGraph({ db: trx, graph, counts });
        const organization: Outcome = counts.organizationsInserted ? 'inserted' : counts.organizationsUpdated ? 'updated' : 'unchanged';
        reindexed += await reindex(trx, [entry], new Map([[graph.organization.id, organization]]));
        await writeFingerprints(trx, [keys[i]!]);
      });
    } catch (err) {
      const refused = recordRefusedByDatabase(err);
      if (!refused) throw err;
      const detail = refused.constraint ? `constraint ${refused.constraint}` : `SQLSTATE ${refused.code}`;
      results.push({ entry, refused: `the database refused the record (${detail})`, organization: 'unchanged', activities: emptyCounts() });
      continue;
    }
    const organization: Outcome = counts.organizationsInserted ? 'inserted' : counts.organizationsUpdated ? 'updated' : 'unchanged';
    results.push({ entry, refused: null, organization, activities: counts });
  }
  return { results, reindexed, skipped: 0 };
}

/** Search index: every activity written, plus the other activities of organisations whose row changed. */
async function reindex(db: Database, entries: BatchEntry[], organizations: Map<string, Outcome>): Promise<number> {
  const changed = [...organizations].filter(([, o]) => o !== 'unchanged').map(([id]) => id);
  const ids = [...new Set([...entries.flatMap((e) => e.graph.activities.map((a) => a.activity.id)), ...(await listActivityIdsOfOrganizations(db, changed))])];
  if (ids.length > 0) await rebuildSearchIndex({ db, activityIds: ids });
  return ids.length;
}

/**
 * The rows of a batch, in the order of the record-by-record write (organisation, its contacts and locations, then
 * each activity and its children). Records of one organisation are merged, the later one's values winning, as
 * writing them one after the other would leave them. Throws BatchRefused when the database refuses a row.
 */
async function writeRows(db: Database, entries: BatchEntry[]): Promise<{ organizations: Map<string, Outcome>; activities: Map<string, Outcome> }> {
  const orgRows = new Map<string, BulkRow>();
  const orgContacts = new Map<string, Record<string, unknown>[]>();
  const locations = new Map<string, Record<string, unknown>>();
  const activityRows: BulkRow[] = [];
  const children: ActivityChildren = { activityIds: [], municipalities: [], terms: [], places: [], schedules: [], contacts: [] };
  for (const { graph, keepOrganizationContacts } of entries) {
    const { social_links, ...org } = graph.organization;
    const row: BulkRow = social_links === undefined ? { ...org } : { ...org, social_links };
    orgRows.set(org.id, { ...orgRows.get(org.id), ...row });
    if (!keepOrganizationContacts) {
      orgContacts.set(org.id, graph.contacts.map((c) => ({ ...c, organization_id: org.id, activity_id: null })));
    }
    for (const l of graph.locations) locations.set(l.id, { ...l, organization_id: org.id });
    for (const a of graph.activities) {
      const id = a.activity.id;
      activityRows.push({ ...a.activity, organization_id: org.id });
      children.activityIds.push(id);
      for (const code of new Set(a.municipalityCodes)) children.municipalities.push({ activityId: id, code });
      for (const termId of new Set(a.termIds)) children.terms.push({ activityId: id, termId });
      for (const p of a.places) children.places.push({ id: p.id, activityId: id, locationId: p.locationId });
      for (const s of a.schedules) children.schedules.push({ ...s, activity_id: id });
      for (const c of a.contacts) children.contacts.push({ ...c, activity_id: id, organization_id: null });
    }
  }
  try {
    // Sorted by id: batches written at once on two connections lock shared rows in the same order.
    const byId = (a: { id?: unknown }, b: { id?: unknown }) => (String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0);
    const organizations = await bulkUpsertRows(db, 'organization', [...orgRows.values()].sort(byId));
    await bulkReplaceOrganizationContacts(db, [...orgContacts.keys()].sort(), [...orgContacts.values()].flat());
    await bulkUpsertLocations(db, [...locations.values()].sort(byId));
    const activities = await bulkUpsertRows(db, 'activity', activityRows);
    await bulkReplaceActivityChildren(db, children);
    return { organizations, activities };
  } catch (err) {
    if (recordRefusedByDatabase(err)) throw new BatchRefused(err);
    throw err;
  }
}
