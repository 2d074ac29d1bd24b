import type { Database } from '../../platform/db/database.js';
import { emptyCounts, type SaveCounts } from '../directory/organization-graph.js';
import { saveOrganizationGraph } from '../directory/save-organization-graph.js';
import { rebuildSearchIndex } from '../search/rebuild-search-index.js';
import { detectHsdsShape, type HsdsFile, type RecordKind } from './detect-hsds-shape.js';
import {
  listActivityIdsOfOrganizations,
  listExistingOrganizationIds,
  listMunicipalityNames,
  listOrganizationContacts,
  listTaxonomies,
  listTaxonomyTerms,
} from './importer.repo.js';
import { mapHsdsRecord, type ImportReference, type MappedRecord, type Problem } from './map-hsds-record.js';

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

type Outcome = 'inserted' | 'updated' | 'unchanged';
const RANK: Record<Outcome, number> = { unchanged: 0, updated: 1, inserted: 2 };

/** PostgreSQL SQLSTATE classes 22 (data exception) and 23 (integrity constraint violation): the record's fault. */
function recordRefusedByDatabase(err: unknown): { code: string; constraint?: string } | null {
  const e = err as { code?: unknown; constraint?: unknown } | null;
  if (!e || typeof e.code !== 'string' || !/^2[23]/.test(e.code)) return null;
  return { code: e.code, constraint: typeof e.constraint === 'string' ? e.constraint : undefined };
}

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

interface ValidRecord {
  index: number;
  path: string;
  mapped: MappedRecord;
}

/**
 * Imports parsed HSDS 3.0 JSON (an array of organizations with nested services, an array of services with a
 * nested organization, or a page envelope of either). Each record is validated and mapped on its own and written
 * in its own transaction, as status published, upserting by the HSDS ids: a record is imported whole or not at
 * all, and importing the same file again changes nothing. Throws UnrecognisedHsdsFileError for a file of another
 * shape; other database errors than a refused record (SQLSTATE 22/23) are thrown too.
 */
export async function importHsds({
  db,
  data,
  onProgress,
}: {
  db: Database;
  data: unknown;
  /** Called after each record's transaction (committed or refused): how many of the valid records are done. */
  onProgress?: (done: number, total: number) => void;
}): Promise<ImportReport> {
  const file = detectHsdsShape(data);
  const reference = await loadImportReference(db);
  const rejected: RejectedRecord[] = [];
  const reject = (index: number, problems: Problem[]) =>
    rejected.push({ index, path: problems[0]!.path, reason: problems[0]!.reason, moreProblems: problems.length - 1 });

  // 1. Validate and map every record; a service (or, in a file of organizations, an organization) may appear once.
  const valid: ValidRecord[] = [];
  const seenServices = new Map<string, string>();
  const seenOrganizations = new Map<string, string>();
  file.records.forEach(({ path, value }, index) => {
    const result = mapHsdsRecord({ kind: file.kind, value, path, reference });
    if (!result.ok) {
      reject(index, result.problems);
      return;
    }
    const { graph } = result.record;
    const duplicates: Problem[] = [];
    if (file.kind === 'organization') {
      const earlier = seenOrganizations.get(graph.organization.id);
      if (earlier) duplicates.push({ path: `${path}.id`, reason: `the organization was already imported from ${earlier}` });
    }
    graph.activities.forEach((a, i) => {
      const earlier = seenServices.get(a.activity.id);
      const at = file.kind === 'organization' ? `${path}.services[${i}].id` : `${path}.id`;
      if (earlier) duplicates.push({ path: at, reason: `the service was already imported from ${earlier}` });
    });
    if (duplicates.length > 0) {
      reject(index, duplicates);
      return;
    }
    if (file.kind === 'organization') seenOrganizations.set(graph.organization.id, path);
    graph.activities.forEach((a, i) => seenServices.set(a.activity.id, file.kind === 'organization' ? `${path}.services[${i}]` : path));
    valid.push({ index, path, mapped: result.record });
  });

  // 2. Parents: an organization in the file or already in the database; parents are written before children.
  const warningsOf = new Map<ValidRecord, Problem[]>();
  const inFile = new Map<string, string | null>();
  for (const r of valid) {
    const parent = r.mapped.parentOrganizationId;
    if (parent !== undefined || !inFile.has(r.mapped.graph.organization.id)) inFile.set(r.mapped.graph.organization.id, parent ?? null);
  }
  const outside = [...new Set(valid.map((r) => r.mapped.parentOrganizationId).filter((p): p is string => typeof p === 'string' && !inFile.has(p)))];
  const existing = await listExistingOrganizationIds(db, outside);
  const depth = new Map<ValidRecord, number>();
  for (const r of valid) {
    const { graph, parentOrganizationId: parent } = r.mapped;
    const orgPath = file.kind === 'organization' ? r.path : `${r.path}.organization`;
    const warnings: Problem[] = [];
    warningsOf.set(r, warnings);
    let parentId: string | null = null;
    let d = 0;
    if (parent === undefined) {
      // a nested organization without parent_organization_id keeps its stored parent
    } else if (parent !== null) {
      const chain = new Set<string>([graph.organization.id]);
      let cursor: string | null = parent;
      let loops = false;
      while (cursor !== null && inFile.has(cursor)) {
        if (chain.has(cursor)) {
          loops = true;
          break;
        }
        chain.add(cursor);
        d += 1;
        cursor = inFile.get(cursor) ?? null;
      }
      if (loops) {
        warnings.push({ path: `${orgPath}.parent_organization_id`, reason: 'the parent organizations form a loop: imported without a parent' });
        d = 0;
      } else if (inFile.has(parent) || existing.has(parent)) {
        parentId = parent;
      } else {
        warnings.push({ path: `${orgPath}.parent_organization_id`, reason: 'no such organization in the file or the directory: imported without a parent' });
      }
    }
    if (parent !== undefined) graph.organization.parent_id = parentId;
    depth.set(r, d);
    warnings.push(...r.mapped.warnings);
  }
  const ordered = [...valid].sort((a, b) => depth.get(a)! - depth.get(b)!);

  // 3. Write: one transaction per record.
  const counts = emptyCounts();
  const organizationOutcome = new Map<string, Outcome>();
  const savedActivityIds: string[] = [];
  const imported: ValidRecord[] = [];
  for (const [i, r] of ordered.entries()) {
    if (i > 0) onProgress?.(i, ordered.length);
    const recordCounts = emptyCounts();
    try {
      await db.transaction().execute(async (trx) => {
        let graph = r.mapped.graph;
        if (r.mapped.keepOrganizationContacts) graph = { ...graph, contacts: await listOrganizationContacts(trx, graph.organization.id) };
        await saveOrganizationGraph({ db: trx, graph, counts: recordCounts });
      });
    } catch (err) {
      const refused = recordRefusedByDatabase(err);
      if (!refused) throw err;
      const detail = refused.constraint ? `constraint ${refused.constraint}` : `SQLSTATE ${refused.code}`;
      reject(r.index, [{ path: r.path, reason: `the database refused the record (${detail})` }]);
      continue;
    }
    imported.push(r);
    const orgId = r.mapped.graph.organization.id;
    const outcome: Outcome = recordCounts.organizationsInserted ? 'inserted' : recordCounts.organizationsUpdated ? 'updated' : 'unchanged';
    const before = organizationOutcome.get(orgId);
    if (before === undefined || RANK[outcome] > RANK[before]) organizationOutcome.set(orgId, outcome);
    counts.activitiesInserted += recordCounts.activitiesInserted;
    counts.activitiesUpdated += recordCounts.activitiesUpdated;
    counts.activitiesUnchanged += recordCounts.activitiesUnchanged;
    savedActivityIds.push(...r.mapped.graph.activities.map((a) => a.activity.id));
  }
  if (ordered.length > 0) onProgress?.(ordered.length, ordered.length);
  for (const outcome of organizationOutcome.values()) {
    if (outcome === 'inserted') counts.organizationsInserted += 1;
    else if (outcome === 'updated') counts.organizationsUpdated += 1;
    else counts.organizationsUnchanged += 1;
  }

  // 4. Search index: every activity written, plus the other activities of organisations whose row changed.
  const changedOrganizations = [...organizationOutcome].filter(([, o]) => o !== 'unchanged').map(([id]) => id);
  const activityIds = [...new Set([...savedActivityIds, ...(await listActivityIdsOfOrganizations(db, changedOrganizations))])];
  if (activityIds.length > 0) await rebuildSearchIndex({ db, activityIds });

  rejected.sort((a, b) => a.index - b.index);
  const warnings = [...imported].sort((a, b) => a.index - b.index).flatMap((r) => warningsOf.get(r) ?? []);
  return {
    kind: file.kind,
    page: file.page,
    recordsRead: file.records.length,
    recordsImported: imported.length,
    recordsRejected: rejected.length,
    counts,
    rejected,
    warnings,
    reindexedActivities: activityIds.length,
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
