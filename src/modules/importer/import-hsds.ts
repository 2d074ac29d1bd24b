import type { Database } from '../../platform/db/database.js';
import { emptyCounts, type SaveCounts } from '../directory/organization-graph.js';
import { detectHsdsShape, type HsdsFile, type RecordKind } from './detect-hsds-shape.js';
import { analyzeImportTables, listExistingOrganizationIds, listMunicipalityNames, listTaxonomies, listTaxonomyTerms } from './importer.repo.js';
import { mapHsdsRecord, type ImportReference, type Problem } from './map-hsds-record.js';
import { streamHsdsRecords, type ScannedHsdsFile } from './read-hsds-file.js';
import { writeImportBatch, type BatchEntry, type BatchResult, type Outcome } from './write-import-batch.js';

export interface RejectedRecord {
  /** Position of the record in the file (0-based), for ordering. */
  index: number;
  /** The first problem found: its JSONPath and reason. */
  path: string;
  reason: string;
  /** How many more problems the record has. */
  moreProblems: number;
}

export interface ImportReport {
  kind: RecordKind;
  page: HsdsFile['page'];
  recordsRead: number;
  recordsImported: number;
  recordsRejected: number;
  /** Organisations are counted once each, however many records carry them (services with a nested organization). */
  counts: SaveCounts;
  rejected: RejectedRecord[];
  /** Things skipped or defaulted in records that were imported. */
  warnings: Problem[];
  /** Activities handed to the search index rebuild. */
  reindexedActivities: number;
}

const RANK: Record<Outcome, number> = { unchanged: 0, updated: 1, inserted: 2 };

export async function loadImportReference(db: Database): Promise<ImportReference> {
  const [municipalities, taxonomies, terms] = await Promise.all([listMunicipalityNames(db), listTaxonomies(db), listTaxonomyTerms(db)]);
  const municipalityByName = new Map<string, string | null>();
  for (const m of municipalities) {
    for (const name of new Set([m.nameFi.toLowerCase(), m.nameSv.toLowerCase()])) {
      const before = municipalityByName.get(name);
      municipalityByName.set(name, before === undefined || before === m.code ? m.code : null);
    }
  }
  const taxonomyIds = new Map<string, string>();
  for (const t of taxonomies) {
    for (const key of [t.id, t.slug, t.name.fi, t.name.sv, t.name.en]) taxonomyIds.set(key.toLowerCase(), t.id);
  }
  return {
    municipalityCodes: new Set(municipalities.map((m) => m.code)),
    municipalityByName,
    terms,
    taxonomyIds,
  };
}

/** Where the records come from: parsed data in memory, or a file read record by record (read-hsds-file.ts). */
export interface RecordSource {
  kind: RecordKind;
  page: HsdsFile['page'];
  /** Number of records. */
  count: number;
  /** Calls back with each record (or only those `only` accepts) in file order; may be called more than once. */
  forEach(onRecord: (value: unknown, index: number, path: string) => void | Promise<void>, only?: (index: number) => boolean): Promise<void>;
}

/** Parsed HSDS data as a record source (throws UnrecognisedHsdsFileError for data of another shape). */
export function memorySource(data: unknown): RecordSource {
  const file = detectHsdsShape(data);
  return {
    kind: file.kind,
    page: file.page,
    count: file.records.length,
    async forEach(onRecord, only) {
      for (const [index, r] of file.records.entries()) if (!only || only(index)) await onRecord(r.value, index, r.path);
    },
  };
}

/** A file already scanned by scanHsdsFile, as a record source read anew on each pass. */
export function fileSource(file: string, scanned: ScannedHsdsFile): RecordSource {
  return {
    kind: scanned.kind,
    page: scanned.page,
    count: scanned.records,
    async forEach(onRecord, only) {
      await streamHsdsRecords(file, async (value, index) => {
        if (!only || only(index)) await onRecord(value, index, `${scanned.base}[${index}]`);
      });
    },
  };
}

/** Services per batch: the first batches are small (progress shows at once), then up to BATCH_SERVICES. */
const FIRST_BATCH_SERVICES = 50;
export const BATCH_SERVICES = 1000;

interface ImportOptions {
  db: Database;
  /**
   * Batches written at once, each in its own transaction on its own connection (PostgreSQL; PGlite has one
   * connection, keep 1). Parents are always committed before their deferred children.
   */
  concurrency?: number;
  /** Called after each batch is committed: how many records are done (written, skipped or rejected) of all. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Imports parsed HSDS 3.0 JSON (an array of organizations with nested services, an array of services with a
 * nested organization, or a page envelope of either); see importHsdsSource. Throws UnrecognisedHsdsFileError for
 * data of another shape.
 */
export async function importHsds({ data, ...options }: ImportOptions & { data: unknown }): Promise<ImportReport> {
  return await importHsdsSource({ ...options, source: memorySource(data) });
}

/**
 * Imports HSDS records as status published, upserting by the HSDS ids. Each record is validated and mapped on its
 * own; a service (or, in a file of organizations, an organization) may appear once, the first one counting. Records
 * are written in batches (write-import-batch.ts): each batch in one transaction with its search index rows, so a
 * record is imported whole or not at all, and importing the same file again changes nothing (unchanged records are
 * skipped by their fingerprint). Parents are written before their children: a record whose parent organization comes
 * later in the file (or not at all) waits for a further pass over the deferred records, in order of depth. Memory
 * holds one batch plus the ids seen, never the file. Database errors other than a refused record are thrown.
 */
export async function importHsdsSource({ db, source, onProgress, concurrency = 1 }: ImportOptions & { source: RecordSource }): Promise<ImportReport> {
  const reference = await loadImportReference(db);
  const rejected: RejectedRecord[] = [];
  const reject = (index: number, problems: Problem[]) =>
    rejected.push({ index, path: problems[0]!.path, reason: problems[0]!.reason, moreProblems: problems.length - 1 });
  const kind = source.kind;
  const counts = emptyCounts();
  const organizationOutcome = new Map<string, Outcome>();
  const warningsOf = new Map<number, Problem[]>();
  let imported = 0;
  let reindexed = 0;
  let done = 0;
  let batch: BatchEntry[] = [];
  let batchServices = 0;
  let batchLimit = FIRST_BATCH_SERVICES;
  let pendingWarnings = new Map<number, Problem[]>();

  const inFlight: Promise<void>[] = [];
  const settle = (entries: BatchEntry[], warnings: Map<number, Problem[]>, result: BatchResult) => {
    reindexed += result.reindexed;
    for (const r of result.results) {
      if (r.refused !== null) {
        reject(r.entry.index, [{ path: r.entry.path, reason: r.refused }]);
        continue;
      }
      imported += 1;
      const w = warnings.get(r.entry.index);
      if (w && w.length > 0) warningsOf.set(r.entry.index, w);
      const orgId = r.entry.graph.organization.id;
      const before = organizationOutcome.get(orgId);
      if (before === undefined || RANK[r.organization] > RANK[before]) organizationOutcome.set(orgId, r.organization);
      counts.activitiesInserted += r.activities.activitiesInserted;
      counts.activitiesUpdated += r.activities.activitiesUpdated;
      counts.activitiesUnchanged += r.activities.activitiesUnchanged;
    }
    done += entries.length;
    onProgress?.(Math.min(done, source.count), source.count);
  };
  // Planner statistics after 1 000, 2 000, 4 000 … services written (see analyzeImportTables).
  let servicesQueued = 0;
  let analyzeAt = 1000;
  const flush = async () => {
    if (batch.length === 0) return;
    const entries = batch;
    const warnings = pendingWarnings;
    batch = [];
    batchServices = 0;
    pendingWarnings = new Map();
    batchLimit = Math.min(batchLimit * 2, BATCH_SERVICES);
    servicesQueued += entries.reduce((n, e) => n + e.graph.activities.length, 0);
    if (servicesQueued >= analyzeAt) {
      analyzeAt *= 2;
      while (inFlight.length > 0) await inFlight.shift();
      await analyzeImportTables(db);
    }
    const written = writeImportBatch(db, kind, entries).then((result) => settle(entries, warnings, result));
    written.catch(() => {}); // awaited below; not an unhandled rejection meanwhile
    inFlight.push(written);
    while (inFlight.length >= Math.max(1, concurrency)) await inFlight.shift();
  };
  /** Writes what is queued and waits for every batch in flight. */
  const drain = async () => {
    await flush();
    while (inFlight.length > 0) await inFlight.shift();
  };
  const add = async (entry: BatchEntry, warnings: Problem[]) => {
    batch.push(entry);
    pendingWarnings.set(entry.index, warnings);
    batchServices += Math.max(1, entry.graph.activities.length);
    if (batchServices >= batchLimit) await flush();
  };

  // 1. Validate, map and write in file order; a record whose parent organization is not yet written waits.
  const seenServices = new Map<string, string>();
  const seenOrganizations = new Map<string, string>();
  /** Organisations of valid records and their parent_organization_id (null: none; as in the last record saying). */
  const inFile = new Map<string, string | null>();
  /** Organisations written (or queued) in this pass: a child of one of them needs not wait. */
  const placed = new Set<string>();
  const deferred = new Map<number, { organizationId: string; parent: string }>();
  const deferredOrganizations = new Set<string>();
  await source.forEach(async (value, index, path) => {
    const result = mapHsdsRecord({ kind, value, path, reference });
    if (!result.ok) {
      reject(index, result.problems);
      done += 1;
      return;
    }
    const { graph, parentOrganizationId: parent } = result.record;
    const duplicates: Problem[] = [];
    if (kind === 'organization') {
      const earlier = seenOrganizations.get(graph.organization.id);
      if (earlier) duplicates.push({ path: `${path}.id`, reason: `the organization was already imported from ${earlier}` });
    }
    graph.activities.forEach((a, i) => {
      const earlier = seenServices.get(a.activity.id);
      const at = kind === 'organization' ? `${path}.services[${i}].id` : `${path}.id`;
      if (earlier) duplicates.push({ path: at, reason: `the service was already imported from ${earlier}` });
    });
    if (duplicates.length > 0) {
      reject(index, duplicates);
      done += 1;
      return;
    }
    if (kind === 'organization') seenOrganizations.set(graph.organization.id, path);
    graph.activities.forEach((a, i) => seenServices.set(a.activity.id, kind === 'organization' ? `${path}.services[${i}]` : path));
    const orgId = graph.organization.id;
    if (parent !== undefined || !inFile.has(orgId)) inFile.set(orgId, parent ?? null);
    if (parent === undefined || parent === null || (parent !== orgId && placed.has(parent) && !deferredOrganizations.has(orgId))) {
      // a nested organization without parent_organization_id keeps its stored parent
      if (parent !== undefined) graph.organization.parent_id = parent;
      placed.add(orgId);
      await add({ index, path, graph, keepOrganizationContacts: result.record.keepOrganizationContacts }, result.record.warnings);
    } else {
      deferred.set(index, { organizationId: orgId, parent });
      deferredOrganizations.add(orgId);
    }
  });
  await drain();

  // 2. The records that waited: their parents resolved against the whole file and the database, written by depth.
  if (deferred.size > 0) {
    const outside = [...new Set([...deferred.values()].map((d) => d.parent).filter((p) => !inFile.has(p)))];
    const existing = await listExistingOrganizationIds(db, outside);
    const plan = new Map<number, { depth: number; parentId: string | null; warning: string | null }>();
    for (const [index, { organizationId, parent }] of deferred) {
      const chain = new Set<string>([organizationId]);
      let cursor: string | null = parent;
      let loops = false;
      let depth = 0;
      while (cursor !== null && inFile.has(cursor)) {
        if (chain.has(cursor)) {
          loops = true;
          break;
        }
        chain.add(cursor);
        depth += 1;
        cursor = inFile.get(cursor) ?? null;
      }
      if (loops) plan.set(index, { depth: 0, parentId: null, warning: 'the parent organizations form a loop: imported without a parent' });
      else if (inFile.has(parent) || existing.has(parent)) plan.set(index, { depth, parentId: parent, warning: null });
      else plan.set(index, { depth, parentId: null, warning: 'no such organization in the file or the directory: imported without a parent' });
    }
    const depths = [...new Set([...plan.values()].map((p) => p.depth))].sort((a, b) => a - b);
    for (const depth of depths) {
      await source.forEach(
        async (value, index, path) => {
          const result = mapHsdsRecord({ kind, value, path, reference });
          if (!result.ok) return; // not reached: the same record validated in the first pass
          const p = plan.get(index)!;
          const graph = result.record.graph;
          graph.organization.parent_id = p.parentId;
          const orgPath = kind === 'organization' ? path : `${path}.organization`;
          const warnings = p.warning ? [{ path: `${orgPath}.parent_organization_id`, reason: p.warning }] : [];
          await add({ index, path, graph, keepOrganizationContacts: result.record.keepOrganizationContacts }, [...warnings, ...result.record.warnings]);
        },
        (index) => plan.get(index)?.depth === depth,
      );
      await drain();
    }
  }

  for (const outcome of organizationOutcome.values()) {
    if (outcome === 'inserted') counts.organizationsInserted += 1;
    else if (outcome === 'updated') counts.organizationsUpdated += 1;
    else counts.organizationsUnchanged += 1;
  }
  rejected.sort((a, b) => a.index - b.index);
  const warnings = [...warningsOf].sort(([a], [b]) => a - b).flatMap(([, w]) => w);
  return {
    kind,
    page: source.page,
    recordsRead: source.count,
    recordsImported: imported,
    recordsRejected: rejected.length,
    counts,
    rejected,
    warnings,
    reindexedActivities: reindexed,
  };
}

/** The report as the lines the CLI prints: a summary, then one line per rejected record and per warning. */
export function formatImportReport(report: ImportReport): string[] {
  const c = report.counts;
  const shape = report.kind === 'organization' ? 'organizations with nested services' : 'services with a nested organization';
  const lines = [
    `read ${report.recordsRead} records (${shape}): ${report.recordsImported} imported, ${report.recordsRejected} rejected`,
    `organizations: ${c.organizationsInserted} inserted, ${c.organizationsUpdated} updated, ${c.organizationsUnchanged} unchanged`,
    `services: ${c.activitiesInserted} inserted, ${c.activitiesUpdated} updated, ${c.activitiesUnchanged} unchanged`,
  ];
  const p = report.page;
  if (p && p.totalPages !== null && p.totalPages > 1) {
    lines.push(`note: this is page ${p.pageNumber ?? '?'} of ${p.totalPages} of a paged listing; only this page was imported`);
  }
  for (const r of report.rejected) {
    lines.push(`rejected ${r.path}: ${r.reason}${r.moreProblems > 0 ? ` (and ${r.moreProblems} more problem${r.moreProblems > 1 ? 's' : ''})` : ''}`);
  }
  for (const w of report.warnings) lines.push(`warning ${w.path}: ${w.reason}`);
  return lines;
}
