import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { Status, SubmissionStatus } from '../../platform/db/schema.js';

/** SQL of submissions (form-shaped drafts of an organisation) and of the people they concern. */

export interface SubmissionRow {
  id: string;
  organizationId: string;
  kind: 'join' | 'change';
  status: SubmissionStatus;
  content: unknown;
  step: string;
  municipalityCodes: string[];
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  decidedAt: Date | null;
  decisionMessage: string | null;
}

type Raw = {
  id: string;
  organization_id: string;
  kind: 'join' | 'change';
  status: SubmissionStatus;
  content: unknown;
  step: string;
  municipality_codes: string[];
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
  decided_at: Date | null;
  decision_message: string | null;
};

function toRow(r: Raw): SubmissionRow {
  return {
    id: r.id,
    organizationId: r.organization_id,
    kind: r.kind,
    status: r.status,
    content: typeof r.content === 'string' ? JSON.parse(r.content) : r.content,
    step: r.step,
    municipalityCodes: r.municipality_codes,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    submittedAt: r.submitted_at,
    decidedAt: r.decided_at,
    decisionMessage: r.decision_message,
  };
}

const COLUMNS = [
  'id',
  'organization_id',
  'kind',
  'status',
  'content',
  'step',
  'municipality_codes',
  'created_by',
  'created_at',
  'updated_at',
  'submitted_at',
  'decided_at',
  'decision_message',
] as const;

export async function insertSubmission(
  db: Database,
  s: { id: string; organizationId: string; kind: 'join' | 'change'; content: unknown; step: string; createdBy: string },
): Promise<void> {
  await db
    .insertInto('submission')
    .values({
      id: s.id,
      organization_id: s.organizationId,
      kind: s.kind,
      content: JSON.stringify(s.content),
      step: s.step,
      created_by: s.createdBy,
    })
    .execute();
}

export async function findSubmission(db: Database, id: string): Promise<SubmissionRow | null> {
  const r = await db.selectFrom('submission').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return r ? toRow(r as Raw) : null;
}

/** Locks the row for the rest of the transaction (PostgreSQL; PGlite has one connection anyway). */
export async function findSubmissionForUpdate(db: Database, id: string): Promise<SubmissionRow | null> {
  const r = await db.selectFrom('submission').select(COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();
  return r ? toRow(r as Raw) : null;
}

/** The open (draft / awaiting_review / returned) submission of an organisation, if any. */
export async function findOpenSubmission(db: Database, organizationId: string): Promise<SubmissionRow | null> {
  const r = await db
    .selectFrom('submission')
    .select(COLUMNS)
    .where('organization_id', '=', organizationId)
    .where('status', 'in', ['draft', 'awaiting_review', 'returned'])
    .executeTakeFirst();
  return r ? toRow(r as Raw) : null;
}

/** Saves the draft content of an editable (draft / returned) submission; false when it is not editable. */
export async function updateSubmissionContent(db: Database, s: { id: string; content: unknown; step: string }): Promise<boolean> {
  const r = await db
    .updateTable('submission')
    .set({ content: JSON.stringify(s.content), step: s.step, updated_at: sql<Date>`now()` })
    .where('id', '=', s.id)
    .where('status', 'in', ['draft', 'returned'])
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** draft / returned → awaiting_review, atomically; false when the submission was not in an editable state. */
export async function markSubmitted(db: Database, s: { id: string; municipalityCodes: string[] }): Promise<boolean> {
  const r = await db
    .updateTable('submission')
    .set({
      status: 'awaiting_review',
      submitted_at: sql<Date>`now()`,
      updated_at: sql<Date>`now()`,
      municipality_codes: sql<string[]>`${s.municipalityCodes}::text[]`,
    })
    .where('id', '=', s.id)
    .where('status', 'in', ['draft', 'returned'])
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The newest join draft a user started and has not sent yet. */
export async function findOpenJoinDraftBy(db: Database, userId: string): Promise<SubmissionRow | null> {
  const r = await db
    .selectFrom('submission')
    .select(COLUMNS)
    .where('created_by', '=', userId)
    .where('kind', '=', 'join')
    .where('status', '=', 'draft')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .executeTakeFirst();
  return r ? toRow(r as Raw) : null;
}

export interface SubmissionSummary {
  id: string;
  organizationId: string;
  kind: 'join' | 'change';
  status: SubmissionStatus;
  name: string;
  step: string;
  updatedAt: Date;
  submittedAt: Date | null;
}

/** Open submissions a user started, or of organisations the user maintains, newest first. */
export async function listOpenSubmissionsOf(db: Database, userId: string): Promise<SubmissionSummary[]> {
  const rows = await db
    .selectFrom('submission')
    .select([
      'id',
      'organization_id',
      'kind',
      'status',
      'step',
      'updated_at',
      'submitted_at',
      sql<string>`coalesce(content->'organization'->>'nameFi', '')`.as('name'),
    ])
    .where('status', 'in', ['draft', 'awaiting_review', 'returned'])
    .where((eb) =>
      eb.or([
        eb('created_by', '=', userId),
        sql<boolean>`exists (select 1 from user_role r where r.user_id = ${userId} and r.role = 'maintainer' and r.scope_id = submission.organization_id::text)`,
      ]),
    )
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    organizationId: r.organization_id,
    kind: r.kind,
    status: r.status,
    name: r.name,
    step: r.step,
    updatedAt: r.updated_at,
    submittedAt: r.submitted_at,
  }));
}

export interface MaintainedOrganization {
  id: string;
  nameFi: string;
  status: string;
  lastChecked: string | null;
}

/** Organisations (that exist in the directory) the user maintains, by name. */
export async function listMaintainedOrganizations(db: Database, userId: string): Promise<MaintainedOrganization[]> {
  const rows = await db
    .selectFrom('organization')
    .innerJoin('user_role', (j) => j.on(sql<boolean>`user_role.scope_id = organization.id::text`))
    .select(['organization.id', 'organization.name_fi', 'organization.status', 'organization.last_checked'])
    .where('user_role.user_id', '=', userId)
    .where('user_role.role', '=', 'maintainer')
    .orderBy('organization.name_fi')
    .execute();
  return rows.map((r) => ({ id: r.id, nameFi: r.name_fi, status: r.status, lastChecked: r.last_checked }));
}

export interface OrganizationSummary {
  id: string;
  nameFi: string;
  status: Status;
}

export async function findOrganizationSummary(db: Database, organizationId: string): Promise<OrganizationSummary | null> {
  const r = await db.selectFrom('organization').select(['id', 'name_fi', 'status']).where('id', '=', organizationId).executeTakeFirst();
  return r ? { id: r.id, nameFi: r.name_fi, status: r.status } : null;
}

/** Locks the organisation's maintainer rows (so two removals cannot both pass the "at least one" check). */
export async function lockMaintainers(db: Database, organizationId: string): Promise<number> {
  const rows = await db
    .selectFrom('user_role')
    .select('user_id')
    .where('role', '=', 'maintainer')
    .where('scope_id', '=', organizationId)
    .forUpdate()
    .execute();
  return rows.length;
}

export async function deleteMaintainerRole(db: Database, organizationId: string, userId: string): Promise<boolean> {
  const r = await db
    .deleteFrom('user_role')
    .where('role', '=', 'maintainer')
    .where('scope_id', '=', organizationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

export async function archiveOrganizationRow(db: Database, organizationId: string, reason: string): Promise<string | null> {
  const before = await db.selectFrom('organization').select('status').where('id', '=', organizationId).forUpdate().executeTakeFirst();
  if (!before) return null;
  await db
    .updateTable('organization')
    .set({ status: 'archived', archived_reason: reason, updated_at: sql<Date>`now()` })
    .where('id', '=', organizationId)
    .execute();
  return before.status;
}

export interface ActivitySummary {
  id: string;
  nameFi: string;
  status: Status;
}

export async function findActivitySummary(db: Database, organizationId: string, activityId: string): Promise<ActivitySummary | null> {
  const r = await db
    .selectFrom('activity')
    .select(['id', 'name_fi', 'status'])
    .where('id', '=', activityId)
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return r ? { id: r.id, nameFi: r.name_fi, status: r.status } : null;
}

export async function archiveActivityRow(db: Database, activityId: string, reason: string): Promise<void> {
  await db
    .updateTable('activity')
    .set({ status: 'archived', archived_reason: reason, updated_at: sql<Date>`now()` })
    .where('id', '=', activityId)
    .execute();
}

export async function listActivityIdsOf(db: Database, organizationId: string): Promise<string[]> {
  const rows = await db.selectFrom('activity').select('id').where('organization_id', '=', organizationId).execute();
  return rows.map((r) => r.id);
}

/** The organisation's activities that are not archived, by Finnish name. */
export async function listLiveActivitiesOf(db: Database, organizationId: string): Promise<ActivitySummary[]> {
  const rows = await db
    .selectFrom('activity')
    .select(['id', 'name_fi', 'status'])
    .where('organization_id', '=', organizationId)
    .where('status', '!=', 'archived')
    .orderBy('name_fi')
    .execute();
  return rows.map((r) => ({ id: r.id, nameFi: r.name_fi, status: r.status }));
}

/** Withdraws the organisation's open submissions (when it is archived); returns their ids and former states. */
export async function withdrawOpenSubmissions(db: Database, organizationId: string): Promise<{ id: string; status: SubmissionStatus }[]> {
  const open = await db
    .selectFrom('submission')
    .select(['id', 'status'])
    .where('organization_id', '=', organizationId)
    .where('status', 'in', ['draft', 'awaiting_review', 'returned'])
    .execute();
  if (open.length > 0) {
    await db
      .updateTable('submission')
      .set({ status: 'withdrawn', updated_at: sql<Date>`now()` })
      .where('id', 'in', open.map((o) => o.id))
      .execute();
  }
  return open;
}
