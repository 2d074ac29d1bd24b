import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { SubmissionStatus } from '../../platform/db/schema.js';
import type { Lang } from '../../platform/i18n/i18n.js';

/**
 * SQL of the review queue, decisions and the audit log. `regionIds` null means every region (a platform
 * administrator); an array limits to submissions and organisations touching those regions' municipalities.
 */

export interface SubmissionRow {
  id: string;
  organizationId: string;
  kind: 'join' | 'change';
  status: SubmissionStatus;
  content: unknown;
  municipalityCodes: string[];
  createdBy: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  decidedAt: Date | null;
  decisionMessage: string | null;
}

/** A submission whose municipalities include one of the regions' municipalities. */
function submissionInRegions(alias: string, regionIds: string[]): RawBuilder<boolean> {
  return sql<boolean>`exists (
    select 1 from region_municipality rm
    where rm.region_id in (${sql.join(regionIds)}) and rm.municipality_code = any(${sql.ref(`${alias}.municipality_codes`)}))`;
}

/** An organisation (by id column) whose home municipality, activities or submissions touch one of the regions. */
function organizationInRegions(orgIdColumn: string, regionIds: string[]): RawBuilder<boolean> {
  const org = sql.ref(orgIdColumn);
  const regions = sql.join(regionIds);
  return sql<boolean>`(
    exists (select 1 from organization o join region_municipality rm on rm.municipality_code = o.municipality_code
            where o.id = ${org} and rm.region_id in (${regions}))
    or exists (select 1 from activity a join activity_municipality am on am.activity_id = a.id
               join region_municipality rm on rm.municipality_code = am.municipality_code
               where a.organization_id = ${org} and rm.region_id in (${regions}))
    or exists (select 1 from submission s join region_municipality rm on rm.municipality_code = any(s.municipality_codes)
               where s.organization_id = ${org} and rm.region_id in (${regions})))`;
}

function toSubmission(r: {
  id: string;
  organization_id: string;
  kind: 'join' | 'change';
  status: SubmissionStatus;
  content: unknown;
  municipality_codes: string[];
  created_by: string | null;
  created_at: Date;
  submitted_at: Date | null;
  decided_at: Date | null;
  decision_message: string | null;
}): SubmissionRow {
  return {
    id: r.id,
    organizationId: r.organization_id,
    kind: r.kind,
    status: r.status,
    content: typeof r.content === 'string' ? JSON.parse(r.content) : r.content,
    municipalityCodes: r.municipality_codes ?? [],
    createdBy: r.created_by,
    createdAt: r.created_at,
    submittedAt: r.submitted_at,
    decidedAt: r.decided_at,
    decisionMessage: r.decision_message,
  };
}

const submissionColumns = [
  'id',
  'organization_id',
  'kind',
  'status',
  'content',
  'municipality_codes',
  'created_by',
  'created_at',
  'submitted_at',
  'decided_at',
  'decision_message',
] as const;

export async function findSubmission(db: Database, id: string, options: { forUpdate?: boolean } = {}): Promise<SubmissionRow | null> {
  let q = db.selectFrom('submission').select(submissionColumns).where('id', '=', id);
  if (options.forUpdate) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  return r ? toSubmission(r) : null;
}

/** True when the submission touches one of the regions' municipalities. */
export async function isSubmissionInRegions(db: Database, id: string, regionIds: string[]): Promise<boolean> {
  if (regionIds.length === 0) return false;
  const { rows } = await sql<{ ok: boolean }>`select ${submissionInRegions('s', regionIds)} as ok from submission s where s.id = ${id}`.execute(db);
  return rows[0]?.ok === true;
}

/** True when the organisation (published or only submitted) touches one of the regions. */
export async function isOrganizationInRegions(db: Database, organizationId: string, regionIds: string[]): Promise<boolean> {
  if (regionIds.length === 0) return false;
  const { rows } = await sql<{ ok: boolean }>`select ${organizationInRegions('x.id', regionIds)} as ok from (select ${organizationId}::uuid as id) x`.execute(db);
  return rows[0]?.ok === true;
}

export interface QueueRow {
  id: string;
  organizationId: string;
  kind: 'join' | 'change';
  status: SubmissionStatus;
  nameFi: string;
  nameSv: string;
  nameEn: string;
  municipalityCodes: string[];
  submittedAt: Date | null;
  decidedAt: Date | null;
}

/** Submissions in one state, oldest submitted first. */
export async function listSubmissions(
  db: Database,
  options: { status: SubmissionStatus; regionIds: string[] | null; limit: number; offset: number },
): Promise<{ rows: QueueRow[]; total: number }> {
  if (options.regionIds && options.regionIds.length === 0) return { rows: [], total: 0 };
  const scope = options.regionIds ? sql`and ${submissionInRegions('s', options.regionIds)}` : sql``;
  const { rows } = await sql<{
    id: string;
    organization_id: string;
    kind: 'join' | 'change';
    status: SubmissionStatus;
    name_fi: string | null;
    name_sv: string | null;
    name_en: string | null;
    municipality_codes: string[];
    submitted_at: Date | null;
    decided_at: Date | null;
    total: string | number;
  }>`
    select s.id, s.organization_id, s.kind, s.status,
      s.content->'organization'->>'nameFi' as name_fi,
      s.content->'organization'->>'nameSv' as name_sv,
      s.content->'organization'->>'nameEn' as name_en,
      s.municipality_codes, s.submitted_at, s.decided_at,
      count(*) over () as total
    from submission s
    where s.status = ${options.status} ${scope}
    order by s.submitted_at asc nulls last, s.created_at asc, s.id
    limit ${options.limit} offset ${options.offset}`.execute(db);
  return {
    total: rows.length > 0 ? Number(rows[0]!.total) : 0,
    rows: rows.map((r) => ({
      id: r.id,
      organizationId: r.organization_id,
      kind: r.kind,
      status: r.status,
      nameFi: r.name_fi ?? '',
      nameSv: r.name_sv ?? '',
      nameEn: r.name_en ?? '',
      municipalityCodes: r.municipality_codes ?? [],
      submittedAt: r.submitted_at,
      decidedAt: r.decided_at,
    })),
  };
}

/** How many submissions are in each state (drafts, which nobody has sent yet, are not counted). */
export async function countSubmissionsByStatus(db: Database, regionIds: string[] | null): Promise<Map<SubmissionStatus, number>> {
  const counts = new Map<SubmissionStatus, number>();
  if (regionIds && regionIds.length === 0) return counts;
  const scope = regionIds ? sql`and ${submissionInRegions('s', regionIds)}` : sql``;
  const { rows } = await sql<{ status: SubmissionStatus; n: string | number }>`
    select s.status, count(*) as n from submission s where s.status <> 'draft' ${scope} group by s.status`.execute(db);
  for (const r of rows) counts.set(r.status, Number(r.n));
  return counts;
}

/**
 * Moves an awaiting_review submission to its decision, atomically: returns false when it was no longer awaiting
 * review (decided meanwhile), so a decision is taken once.
 */
export async function decideSubmissionRow(
  db: Database,
  options: { id: string; status: 'approved' | 'returned' | 'rejected'; actorId: string; message: string | null },
): Promise<boolean> {
  const r = await db
    .updateTable('submission')
    .set({
      status: options.status,
      decided_at: sql<Date>`now()`,
      decided_by: options.actorId,
      decision_message: options.message,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', options.id)
    .where('status', '=', 'awaiting_review')
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

export interface Recipient {
  userId: string;
  email: string;
  lang: Lang;
}

export async function listActivityIdsOfOrganization(db: Database, organizationId: string): Promise<string[]> {
  const rows = await db.selectFrom('activity').select('id').where('organization_id', '=', organizationId).execute();
  return rows.map((r) => r.id);
}

export async function getOrganizationStatus(db: Database, organizationId: string): Promise<string | null> {
  const r = await db.selectFrom('organization').select('status').where('id', '=', organizationId).executeTakeFirst();
  return r?.status ?? null;
}

/** Labels of the need, support and target terms in one language, keyed "slug:code". */
export async function listTermLabelsByCode(db: Database, lang: Lang): Promise<Map<string, string>> {
  const { rows } = await sql<{ slug: string; code: string; label: string }>`
    select x.slug, tt.code, ${sql.ref(`tt.name_${lang}`)} as label
    from taxonomy_term tt join taxonomy x on x.id = tt.taxonomy_id
    where x.slug in ('need', 'support', 'target')`.execute(db);
  return new Map(rows.map((r) => [`${r.slug}:${r.code}`, r.label]));
}

export async function listMunicipalityNamesByCode(db: Database, lang: Lang): Promise<Map<string, string>> {
  const rows = await db.selectFrom('municipality').select(['code', 'name_fi', 'name_sv']).execute();
  return new Map(rows.map((r) => [r.code, lang === 'sv' ? r.name_sv : r.name_fi]));
}

export interface AuditRow {
  id: string;
  at: Date;
  actorEmail: string | null;
  /** For events about a user (role changes): that user's address. */
  subjectEmail: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  organizationId: string | null;
  organizationName: string | null;
  fromState: string | null;
  toState: string | null;
  detail: Record<string, unknown>;
}

/** The name of an organisation: published, or else from its newest submission. */
const organizationName = (orgColumn: string) => sql<string | null>`coalesce(
  (select o.name_fi from organization o where o.id = ${sql.ref(orgColumn)}),
  (select s.content->'organization'->>'nameFi' from submission s where s.organization_id = ${sql.ref(orgColumn)}
   order by s.created_at desc limit 1))`;

/** Audit events, newest first: of one subject, or of one organisation, or all; within the regions when given. */
export async function listAuditEvents(
  db: Database,
  options: { subjectId?: string; organizationId?: string; regionIds: string[] | null; limit: number; offset: number },
): Promise<{ rows: AuditRow[]; total: number }> {
  if (options.regionIds && options.regionIds.length === 0) return { rows: [], total: 0 };
  const where = [sql`true`];
  if (options.subjectId) where.push(sql`e.subject_id = ${options.subjectId}`);
  if (options.organizationId) where.push(sql`e.organization_id = ${options.organizationId}`);
  if (options.regionIds) where.push(sql`e.organization_id is not null and ${organizationInRegions('e.organization_id', options.regionIds)}`);
  const { rows } = await sql<{
    id: string;
    at: Date;
    actor_email: string | null;
    subject_email: string | null;
    action: string;
    subject_type: string;
    subject_id: string;
    organization_id: string | null;
    organization_name: string | null;
    from_state: string | null;
    to_state: string | null;
    detail: unknown;
    total: string | number;
  }>`
    select e.id, e.at, u.email as actor_email,
      case when e.subject_type = 'user' then (select s.email from app_user s where s.id = e.subject_id) end as subject_email,
      e.action, e.subject_type, e.subject_id, e.organization_id,
      ${organizationName('e.organization_id')} as organization_name,
      e.from_state, e.to_state, e.detail, count(*) over () as total
    from audit_event e left join app_user u on u.id = e.actor_id
    where ${sql.join(where, sql` and `)}
    order by e.at desc, e.id
    limit ${options.limit} offset ${options.offset}`.execute(db);
  return {
    total: rows.length > 0 ? Number(rows[0]!.total) : 0,
    rows: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actorEmail: r.actor_email,
      subjectEmail: r.subject_email,
      action: r.action,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      organizationId: r.organization_id,
      organizationName: r.organization_name,
      fromState: r.from_state,
      toState: r.to_state,
      detail: (typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail) as Record<string, unknown>,
    })),
  };
}

/** Organisations that have audit events (within the regions when given), by name: the audit page's filter. */
export async function listAuditedOrganizations(db: Database, regionIds: string[] | null): Promise<{ id: string; name: string }[]> {
  if (regionIds && regionIds.length === 0) return [];
  const scope = regionIds ? sql`and ${organizationInRegions('x.organization_id', regionIds)}` : sql``;
  const { rows } = await sql<{ id: string; name: string | null }>`
    select x.organization_id as id, ${organizationName('x.organization_id')} as name
    from (select distinct organization_id from audit_event where organization_id is not null) x
    where true ${scope}
    order by 2 limit 1000`.execute(db);
  return rows.map((r) => ({ id: r.id, name: r.name ?? r.id }));
}
