import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { ContactInput } from '../directory/organization-graph.js';

export async function listMunicipalityNames(db: Database): Promise<{ code: string; nameFi: string; nameSv: string }[]> {
  const rows = await db.selectFrom('municipality').select(['code', 'name_fi', 'name_sv']).execute();
  return rows.map((r) => ({ code: r.code, nameFi: r.name_fi, nameSv: r.name_sv }));
}

/** The organisation's own contacts (not those of its activities), as stored: in the shape of the graph written back. */
export async function listOrganizationContacts(db: Database, organizationId: string): Promise<ContactInput[]> {
  return db
    .selectFrom('contact')
    .select(['id', 'name', 'title', 'email', 'phone'])
    .where('organization_id', '=', organizationId)
    .where('activity_id', 'is', null)
    .orderBy('id')
    .execute();
}

export async function listTaxonomies(db: Database): Promise<{ id: string; slug: string; name: { fi: string; sv: string; en: string } }[]> {
  const rows = await db.selectFrom('taxonomy').select(['id', 'slug', 'name_fi', 'name_sv', 'name_en']).execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: { fi: r.name_fi, sv: r.name_sv, en: r.name_en } }));
}

export async function listTaxonomyTerms(db: Database): Promise<{ id: string; code: string; taxonomyId: string; taxonomySlug: string }[]> {
  const rows = await db
    .selectFrom('taxonomy_term')
    .innerJoin('taxonomy', 'taxonomy.id', 'taxonomy_term.taxonomy_id')
    .select(['taxonomy_term.id', 'taxonomy_term.code', 'taxonomy_term.taxonomy_id', 'taxonomy.slug'])
    .execute();
  return rows.map((r) => ({ id: r.id, code: r.code, taxonomyId: r.taxonomy_id, taxonomySlug: r.slug }));
}

/** Which of the given organisation ids exist. */
export async function listExistingOrganizationIds(db: Database, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('organization').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** Ids of every activity of the given organisations. */
export async function listActivityIdsOfOrganizations(db: Database, organizationIds: string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db.selectFrom('activity').select('id').where('organization_id', 'in', organizationIds).execute();
  return rows.map((r) => r.id);
}


/*
 * Bulk writing of a batch of records (issue 12: national-scale import). The same rows and the same rules as the
 * directory's write model (directory-write.repo.ts, used record by record when a batch is refused), but a fixed
 * number of statements per batch whatever its size: rows travel as one JSON array per table and are expanded with
 * jsonb_populate_recordset, id lists as arrays joined with unnest (never `= any(…)` over a large array).
 */

/** One organisation row of a batch (several records of one organisation are merged before, last value wins). */
export type BulkRow = Record<string, unknown> & { id: string };

/** Rows grouped by their set of columns (a nested organisation may leave columns out: those keep their value). */
function byColumns(rows: BulkRow[]): BulkRow[][] {
  const groups = new Map<string, BulkRow[]>();
  for (const r of rows) {
    const k = Object.keys(r).sort().join(',');
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return [...groups.values()];
}

/**
 * Inserts or updates rows by id; an update happens only when some column really differs (updated_at untouched
 * otherwise). Returns the outcome of each row that was inserted or updated; rows not returned were unchanged.
 */
export async function bulkUpsertRows(db: Database, table: 'organization' | 'activity', rows: BulkRow[]): Promise<Map<string, 'inserted' | 'updated'>> {
  const outcome = new Map<string, 'inserted' | 'updated'>();
  for (const group of byColumns(rows)) {
    const columns = Object.keys(group[0]!);
    const updatable = columns.filter((c) => c !== 'id');
    const cols = sql.join(columns.map((c) => sql.ref(c)));
    const setList = sql.join([...updatable.map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`), sql`updated_at = now()`], sql`, `);
    const changed = updatable.length > 0 ? sql.join(updatable.map((c) => sql`${sql.ref(`${table}.${c}`)} is distinct from excluded.${sql.ref(c)}`), sql` or `) : sql`false`;
    const result = await sql<{ id: string; inserted: boolean }>`
      insert into ${sql.table(table)} (${cols})
      select ${cols} from jsonb_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(group)}::jsonb)
      on conflict (id) do update set ${setList}
      where ${changed}
      returning id, (xmax = 0) as inserted`.execute(db);
    for (const r of result.rows) outcome.set(r.id, r.inserted ? 'inserted' : 'updated');
  }
  return outcome;
}

/** Inserts rows (no conflict handling: a clash is the record's fault and refuses the batch). */
async function bulkInsert(db: Database, table: 'contact' | 'schedule' | 'location', rows: Record<string, unknown>[]): Promise<void> {
  for (const group of byColumns(rows as BulkRow[])) {
    const cols = sql.join(Object.keys(group[0]!).map((c) => sql.ref(c)));
    await sql`insert into ${sql.table(table)} (${cols})
      select ${cols} from jsonb_populate_recordset(null::${sql.table(table)}, ${JSON.stringify(group)}::jsonb)`.execute(db);
  }
}

/** Replaces the own contacts (not those of activities) of the given organisations. */
export async function bulkReplaceOrganizationContacts(db: Database, organizationIds: string[], contacts: Record<string, unknown>[]): Promise<void> {
  if (organizationIds.length === 0) return;
  await sql`delete from contact c using unnest(${organizationIds}::uuid[]) as x(id)
    where c.organization_id = x.id and c.activity_id is null`.execute(db);
  if (contacts.length > 0) await bulkInsert(db, 'contact', contacts);
}

/** Upserts locations by id (the columns directory-write.repo.ts updates; one row per id). */
export async function bulkUpsertLocations(db: Database, locations: Record<string, unknown>[]): Promise<void> {
  const updated = ['name', 'description_fi', 'street_address', 'postal_code', 'city', 'municipality_code', 'latitude', 'longitude', 'accessibility_fi', 'organization_id'];
  for (const group of byColumns(locations as BulkRow[])) {
    const columns = Object.keys(group[0]!);
    const cols = sql.join(columns.map((c) => sql.ref(c)));
    const setList = sql.join(
      updated.map((c) => (columns.includes(c) ? sql`${sql.ref(c)} = excluded.${sql.ref(c)}` : sql`${sql.ref(c)} = null`)),
      sql`, `,
    );
    await sql`insert into location (${cols})
      select ${cols} from jsonb_populate_recordset(null::location, ${JSON.stringify(group)}::jsonb)
      on conflict (id) do update set ${setList}`.execute(db);
  }
}

export interface ActivityChildren {
  activityIds: string[];
  municipalities: { activityId: string; code: string }[];
  terms: { activityId: string; termId: string }[];
  places: { id: string; activityId: string; locationId: string }[];
  schedules: Record<string, unknown>[];
  contacts: Record<string, unknown>[];
}

/** Replaces everything linked to the given activities: municipalities, terms, places, schedules, contacts. */
export async function bulkReplaceActivityChildren(db: Database, c: ActivityChildren): Promise<void> {
  if (c.activityIds.length === 0) return;
  const ids = sql`unnest(${c.activityIds}::uuid[]) as x(id)`;
  await sql`delete from activity_municipality t using ${ids} where t.activity_id = x.id`.execute(db);
  await sql`delete from activity_term t using ${ids} where t.activity_id = x.id`.execute(db);
  await sql`delete from activity_location t using ${ids} where t.activity_id = x.id`.execute(db);
  await sql`delete from schedule t using ${ids} where t.activity_id = x.id`.execute(db);
  await sql`delete from contact t using ${ids} where t.activity_id = x.id`.execute(db);
  if (c.municipalities.length > 0) {
    await sql`insert into activity_municipality (activity_id, municipality_code)
      select * from unnest(${c.municipalities.map((m) => m.activityId)}::uuid[], ${c.municipalities.map((m) => m.code)}::text[])`.execute(db);
  }
  if (c.terms.length > 0) {
    await sql`insert into activity_term (activity_id, term_id)
      select * from unnest(${c.terms.map((t) => t.activityId)}::uuid[], ${c.terms.map((t) => t.termId)}::uuid[])`.execute(db);
  }
  if (c.places.length > 0) {
    await sql`insert into activity_location (id, activity_id, location_id)
      select * from unnest(${c.places.map((p) => p.id)}::uuid[], ${c.places.map((p) => p.activityId)}::uuid[], ${c.places.map((p) => p.locationId)}::uuid[])`.execute(db);
  }
  if (c.schedules.length > 0) await bulkInsert(db, 'schedule', c.schedules);
  if (c.contacts.length > 0) await bulkInsert(db, 'contact', c.contacts);
}

export interface FingerprintKey {
  recordKey: string;
  organizationId: string;
  hash: string;
  activityIds: string[];
}

/**
 * The records whose stored fingerprint has the same hash and whose organisation and activities all still exist
 * unchanged since it was written (updated_at not later): importing them again would change nothing.
 */
export async function listUnchangedRecords(db: Database, records: FingerprintKey[]): Promise<Set<string>> {
  if (records.length === 0) return new Set();
  const keys = records.map((r) => r.recordKey);
  const actKeys = records.flatMap((r) => r.activityIds.map(() => r.recordKey));
  const actIds = records.flatMap((r) => r.activityIds);
  const result = await sql<{ key: string }>`
    with r as (
      select * from unnest(${keys}::text[], ${records.map((r) => r.hash)}::text[], ${records.map((r) => r.organizationId)}::uuid[],
        ${records.map((r) => r.activityIds.length)}::int[]) as r(key, hash, organization_id, n)
    ),
    f as (
      select r.key, r.n, f.written_at from r
      join import_fingerprint f on f.record_key = r.key and f.hash = r.hash and f.organization_id = r.organization_id
      join organization o on o.id = r.organization_id and o.updated_at <= f.written_at
    ),
    a as (
      select f.key, count(*) as n from unnest(${actKeys}::text[], ${actIds}::uuid[]) as a(key, id)
      join f on f.key = a.key
      join activity x on x.id = a.id and x.updated_at <= f.written_at
      group by f.key
    )
    select f.key from f left join a on a.key = f.key where coalesce(a.n, 0) = f.n`.execute(db);
  return new Set(result.rows.map((r) => r.key));
}

/** Stores (or replaces) the fingerprints of records just written, stamped with the transaction's time. */
export async function writeFingerprints(db: Database, records: FingerprintKey[]): Promise<void> {
  if (records.length === 0) return;
  await sql`
    insert into import_fingerprint (record_key, organization_id, hash, written_at)
    select k, o, h, now() from unnest(${records.map((r) => r.recordKey)}::text[], ${records.map((r) => r.organizationId)}::uuid[],
      ${records.map((r) => r.hash)}::text[]) as v(k, o, h)
    on conflict (record_key) do update set organization_id = excluded.organization_id, hash = excluded.hash, written_at = excluded.written_at`.execute(db);
}

/**
 * Fresh planner statistics for the tables an import fills. An import into an empty database otherwise runs on the
 * statistics of empty tables (PGlite has no autovacuum, and PostgreSQL's comes late), and the index statements
 * then join every published organisation for each batch: measured at 15 000 services, 9 s instead of 50 ms.
 */
export async function analyzeImportTables(db: Database): Promise<void> {
  await sql`analyze organization, activity, location, activity_location, activity_municipality, activity_term, schedule, contact, search_document, search_term_set, search_trigram, import_fingerprint`.execute(db);
}
