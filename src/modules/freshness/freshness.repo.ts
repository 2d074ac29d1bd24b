import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { hasPublicStatus, isListedOrganization, isPublicActivity, isPublicOrganization } from '../directory/visibility.js';

/**
 * SQL of the freshness module. Every function takes `db`, which may be the caller's transaction. "Published" is the
 * public-row rule of directory/visibility.ts; an activity's own status alone (hasPublicStatus) where the query settles
 * its organisation otherwise.
 */

/**
 * The date an organisation's data was last checked: the OLDEST of its own `last_checked` and the checked dates of
 * its published activities (an activity without one counts as the organisation's); never checked at all: the day
 * it was created. Needs the organisation as `o`.
 */
const checkedOnOf = sql`coalesce(least(o.last_checked, (
    select min(coalesce(fa.last_checked, o.last_checked)) from activity fa
    where fa.organization_id = o.id and ${hasPublicStatus('fa')}
  )), o.created_at::date)`;

/**
 * Regions of organisations: those containing the organisation's municipality, or, when it has none, the
 * municipalities of its published activities.
 */
const orgRegion = sql`
  select o.id as organization_id, rm.region_id
    from organization o join region_municipality rm on rm.municipality_code = o.municipality_code
  union
  select a.organization_id, rm.region_id
    from activity a
    join organization o on o.id = a.organization_id and o.municipality_code is null
    join activity_municipality am on am.activity_id = a.id
    join region_municipality rm on rm.municipality_code = am.municipality_code
    where ${hasPublicStatus('a')}`;

export interface OrganizationNames {
  fi: string;
  sv: string | null;
  en: string | null;
}

export interface DueOrganizationRow {
  id: string;
  names: OrganizationNames;
  checkedOn: string;
}

type NamedRow = { id: string; name_fi: string; name_sv: string | null; name_en: string | null; checked_on: string };
const toDue = (r: NamedRow): DueOrganizationRow => ({
  id: r.id,
  names: { fi: r.name_fi, sv: r.name_sv, en: r.name_en },
  checkedOn: r.checked_on,
});

/** Published organisations last checked on or before `dueOn` that have had no cycle for that checked date. */
export async function listDueForFirstReminder(db: Database, options: { dueOn: string }): Promise<DueOrganizationRow[]> {
  const { rows } = await sql<NamedRow>`
    select o.id, o.name_fi, o.name_sv, o.name_en, f.checked_on::text as checked_on
    from organization o cross join lateral (select ${checkedOnOf} as checked_on) f
    where ${isPublicOrganization('o')} and f.checked_on <= ${options.dueOn}::date
      and not exists (select 1 from freshness_cycle c where c.organization_id = o.id and c.checked_on = f.checked_on)
    order by f.checked_on, o.id`.execute(db);
  return rows.map(toDue);
}

/** Closes open cycles whose organisation was checked again since (edited and approved) or is no longer published. */
export async function closeSupersededCycles(db: Database, options: { now: Date }): Promise<number> {
  const result = await sql`
    update freshness_cycle c
    set closed_at = ${options.now.toISOString()}::timestamptz,
      closed_how = case when ${isPublicOrganization('o')} then 'updated' else 'unpublished' end
    from organization o cross join lateral (select ${checkedOnOf} as checked_on) f
    where c.organization_id = o.id and c.closed_at is null
      and (not ${isPublicOrganization('o')} or f.checked_on > c.checked_on)`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/** Starts a cycle; returns its id, or null when the organisation already had one for this checked date. */
export async function insertCycle(
  db: Database,
  cycle: { id: string; organizationId: string; checkedOn: string; now: Date },
): Promise<string | null> {
  const row = await db
    .insertInto('freshness_cycle')
    .values({
      id: cycle.id,
      organization_id: cycle.organizationId,
      checked_on: cycle.checkedOn,
      first_reminder_at: cycle.now,
    })
    .onConflict((oc) => oc.columns(['organization_id', 'checked_on']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function insertToken(
  db: Database,
  token: { id: string; cycleId: string; organizationId: string; userId: string | null; tokenHash: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('freshness_token')
    .values({
      id: token.id,
      cycle_id: token.cycleId,
      organization_id: token.organizationId,
      user_id: token.userId,
      token_hash: token.tokenHash,
      expires_at: token.expiresAt,
    })
    .execute();
}

export async function addRemindersSent(db: Database, options: { cycleId: string; count: number }): Promise<void> {
  await db
    .updateTable('freshness_cycle')
    .set((eb) => ({ reminders_sent: eb('reminders_sent', '+', options.count) }))
    .where('id', '=', options.cycleId)
    .execute();
}

export interface OpenCycleRow extends DueOrganizationRow {
  cycleId: string;
}

type CycleRow = NamedRow & { cycle_id: string };

/** Open cycles whose first reminder went out on or before `sentBefore` and that have had no second one. */
export async function listDueForSecondReminder(db: Database, options: { sentBefore: Date }): Promise<OpenCycleRow[]> {
  const { rows } = await sql<CycleRow>`
    select c.id as cycle_id, o.id, o.name_fi, o.name_sv, o.name_en, c.checked_on::text as checked_on
    from freshness_cycle c join organization o on o.id = c.organization_id
    where c.closed_at is null and c.second_reminder_at is null
      and c.first_reminder_at <= ${options.sentBefore.toISOString()}::timestamptz
    order by c.first_reminder_at, c.id`.execute(db);
  return rows.map((r) => ({ ...toDue(r), cycleId: r.cycle_id }));
}

/**
 * Open cycles whose data has now reached the "may be out of date" age (`markedOn` = today − markAfterDays) and
 * whose first reminder went out at least `graceDays` before that age (so its whole sequence had its time): they
 * are asked once more from the start.
 */
export async function listDueForMarkedReminder(db: Database, options: { markedOn: string; markAfterDays: number; graceDays: number }): Promise<OpenCycleRow[]> {
  const { rows } = await sql<CycleRow>`
    select c.id as cycle_id, o.id, o.name_fi, o.name_sv, o.name_en, c.checked_on::text as checked_on
    from freshness_cycle c join organization o on o.id = c.organization_id
    where c.closed_at is null and c.checked_on <= ${options.markedOn}::date
      and c.first_reminder_at < (c.checked_on + ${options.markAfterDays - options.graceDays}::integer)::timestamp at time zone 'Europe/Helsinki'
    order by c.checked_on, c.id`.execute(db);
  return rows.map((r) => ({ ...toDue(r), cycleId: r.cycle_id }));
}

/**
 * Starts a cycle's reminders over (first reminder now, no second, administrators not yet told) once its data is
 * marked; false when that has happened already (the first reminder is then later than the mark age).
 */
export async function restartCycle(db: Database, options: { cycleId: string; now: Date; markAfterDays: number; graceDays: number }): Promise<boolean> {
  const r = await sql`
    update freshness_cycle c
    set first_reminder_at = ${options.now.toISOString()}::timestamptz, second_reminder_at = null, admins_told_at = null
    where c.id = ${options.cycleId}::uuid and c.closed_at is null
      and c.first_reminder_at < (c.checked_on + ${options.markAfterDays - options.graceDays}::integer)::timestamp at time zone 'Europe/Helsinki'`.execute(db);
  return Number(r.numAffectedRows ?? 0) === 1;
}

/** Records the second reminder; false when it had been recorded already (it is then not sent again). */
export async function markSecondReminder(db: Database, options: { cycleId: string; now: Date }): Promise<boolean> {
  const r = await db
    .updateTable('freshness_cycle')
    .set({ second_reminder_at: options.now })
    .where('id', '=', options.cycleId)
    .where('second_reminder_at', 'is', null)
    .where('closed_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Open cycles whose second reminder went out on or before `sentBefore` and whose administrators were not told. */
export async function listDueForAdmins(db: Database, options: { sentBefore: Date }): Promise<OpenCycleRow[]> {
  const { rows } = await sql<CycleRow>`
    select c.id as cycle_id, o.id, o.name_fi, o.name_sv, o.name_en, c.checked_on::text as checked_on
    from freshness_cycle c join organization o on o.id = c.organization_id
    where c.closed_at is null and c.admins_told_at is null
      and c.second_reminder_at <= ${options.sentBefore.toISOString()}::timestamptz
    order by c.checked_on, o.name_fi, c.id`.execute(db);
  return rows.map((r) => ({ ...toDue(r), cycleId: r.cycle_id }));
}

/** Records that the administrators were told; returns the cycles that had not been marked yet. */
export async function markAdminsTold(db: Database, options: { cycleIds: string[]; now: Date }): Promise<string[]> {
  if (options.cycleIds.length === 0) return [];
  const rows = await db
    .updateTable('freshness_cycle')
    .set({ admins_told_at: options.now })
    .where('id', 'in', options.cycleIds)
    .where('admins_told_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Published organisations last checked on or before `dueOn` whose activities are still in search. */
export async function listDueForHiding(db: Database, options: { dueOn: string }): Promise<DueOrganizationRow[]> {
  const { rows } = await sql<NamedRow>`
    select o.id, o.name_fi, o.name_sv, o.name_en, f.checked_on::text as checked_on
    from organization o cross join lateral (select ${checkedOnOf} as checked_on) f
    where ${isListedOrganization('o')} and f.checked_on <= ${options.dueOn}::date
    order by f.checked_on, o.name_fi, o.id`.execute(db);
  return rows.map(toDue);
}

/** Marks organisations hidden for staleness; returns those that were not hidden yet. */
export async function markHidden(db: Database, options: { organizationIds: string[]; now: Date }): Promise<string[]> {
  if (options.organizationIds.length === 0) return [];
  const rows = await db
    .updateTable('organization')
    .set({ stale_hidden_at: options.now })
    .where('id', 'in', options.organizationIds)
    .where('stale_hidden_at', 'is', null)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** Hidden organisations that were checked again after `dueOn` (e.g. a change approved by an administrator). */
export async function listHiddenCheckedSince(db: Database, options: { dueOn: string }): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    select o.id from organization o cross join lateral (select ${checkedOnOf} as checked_on) f
    where o.stale_hidden_at is not null and f.checked_on > ${options.dueOn}::date
    order by o.id`.execute(db);
  return rows.map((r) => r.id);
}

export async function clearHidden(db: Database, options: { organizationIds: string[] }): Promise<void> {
  if (options.organizationIds.length === 0) return;
  await db.updateTable('organization').set({ stale_hidden_at: null }).where('id', 'in', options.organizationIds).execute();
}

export async function listActivityIds(db: Database, options: { organizationIds: string[] }): Promise<string[]> {
  if (options.organizationIds.length === 0) return [];
  const rows = await db
    .selectFrom('activity')
    .select('id')
    .where('organization_id', 'in', options.organizationIds)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.id);
}

export interface UsableTokenRow {
  tokenId: string;
  cycleId: string;
  organizationId: string;
  userId: string | null;
  names: OrganizationNames;
}

/** A confirmation link that can still be used at `now`: unused, not expired, its cycle open, its organisation published. */
export async function findUsableToken(db: Database, options: { tokenHash: string; now: Date }): Promise<UsableTokenRow | null> {
  const r = await db
    .selectFrom('freshness_token as t')
    .innerJoin('freshness_cycle as c', 'c.id', 't.cycle_id')
    .innerJoin('organization as o', 'o.id', 't.organization_id')
    .select(['t.id', 't.cycle_id', 't.organization_id', 't.user_id', 'o.name_fi', 'o.name_sv', 'o.name_en'])
    .where('t.token_hash', '=', options.tokenHash)
    .where('t.used_at', 'is', null)
    .where('t.expires_at', '>', options.now)
    .where('c.closed_at', 'is', null)
    .where(isPublicOrganization('o'))
    .executeTakeFirst();
  if (!r) return null;
  return {
    tokenId: r.id,
    cycleId: r.cycle_id,
    organizationId: r.organization_id,
    userId: r.user_id,
    names: { fi: r.name_fi, sv: r.name_sv, en: r.name_en },
  };
}

/** Uses a confirmation link (one atomic update); null when it is unknown, used, expired or its cycle has closed. */
export async function useToken(
  db: Database,
  options: { tokenHash: string; now: Date },
): Promise<{ organizationId: string; userId: string | null } | null> {
  const r = await db
    .updateTable('freshness_token as t')
    .set({ used_at: options.now })
    .where('t.token_hash', '=', options.tokenHash)
    .where('t.used_at', 'is', null)
    .where('t.expires_at', '>', options.now)
    .where((eb) =>
      eb.exists(eb.selectFrom('freshness_cycle as c').select('c.id').whereRef('c.id', '=', 't.cycle_id').where('c.closed_at', 'is', null)),
    )
    .returning(['t.organization_id', 't.user_id'])
    .executeTakeFirst();
  return r ? { organizationId: r.organization_id, userId: r.user_id } : null;
}

/** Locks a published organisation for confirmation; null when there is no such published organisation. */
export async function lockPublishedOrganization(
  db: Database,
  organizationId: string,
): Promise<{ lastChecked: string | null; staleHiddenAt: Date | null } | null> {
  const r = await db
    .selectFrom('organization')
    .select(['last_checked', 'stale_hidden_at'])
    .where('id', '=', organizationId)
    .where(isPublicOrganization('organization'))
    .forUpdate()
    .executeTakeFirst();
  return r ? { lastChecked: r.last_checked, staleHiddenAt: r.stale_hidden_at } : null;
}

/**
 * Marks an organisation and its published activities checked on `today`, brings them back into search and closes
 * its open cycle. `updated_at` is left alone: nothing in the data changed.
 */
export async function setChecked(db: Database, options: { organizationId: string; today: string; now: Date }): Promise<void> {
  await db
    .updateTable('organization')
    .set({ last_checked: options.today, stale_hidden_at: null })
    .where('id', '=', options.organizationId)
    .execute();
  await db
    .updateTable('activity')
    .set({ last_checked: options.today })
    .where('organization_id', '=', options.organizationId)
    .where(hasPublicStatus('activity'))
    .execute();
  await db
    .updateTable('freshness_cycle')
    .set({ closed_at: options.now, closed_how: 'confirmed' })
    .where('organization_id', '=', options.organizationId)
    .where('closed_at', 'is', null)
    .execute();
}

export interface MaintainedOrganizationRow {
  id: string;
  names: OrganizationNames;
  checkedOn: string;
  hidden: boolean;
}

/** One published organisation with its checked date, for its maintainer's page. */
export async function getOrganizationFreshness(db: Database, organizationId: string): Promise<MaintainedOrganizationRow | null> {
  const { rows } = await sql<NamedRow & { hidden: boolean }>`
    select o.id, o.name_fi, o.name_sv, o.name_en, f.checked_on::text as checked_on, (o.stale_hidden_at is not null) as hidden
    from organization o cross join lateral (select ${checkedOnOf} as checked_on) f
    where o.id = ${organizationId}::uuid and ${isPublicOrganization('o')}`.execute(db);
  const r = rows[0];
  return r ? { ...toDue(r), hidden: r.hidden } : null;
}

export interface RegionRow {
  id: string;
  names: { fi: string; sv: string; en: string };
}

/** Regions, all or only the given ones, by Finnish name. */
export async function listRegions(db: Database, options: { ids?: string[] }): Promise<RegionRow[]> {
  let q = db.selectFrom('region').select(['id', 'name_fi', 'name_sv', 'name_en']);
  if (options.ids) {
    if (options.ids.length === 0) return [];
    q = q.where('id', 'in', options.ids);
  }
  const rows = await q.orderBy('name_fi').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, names: { fi: r.name_fi, sv: r.name_sv, en: r.name_en } }));
}

export interface RegionStatsRow {
  regionId: string;
  activities: number;
  checkedWithin6: number;
  checkedWithin12: number;
}

/**
 * Per region: published activities of published organisations in it, and how many were checked on or after the
 * two dates (an activity's date, or its organisation's when it has none).
 */
export async function countRegionActivities(
  db: Database,
  options: { regionIds: string[]; since6: string; since12: string },
): Promise<RegionStatsRow[]> {
  if (options.regionIds.length === 0) return [];
  const { rows } = await sql<{ region_id: string; activities: number; within6: number; within12: number }>`
    with org_region as (${orgRegion})
    select g.region_id, count(*)::int as activities,
      count(*) filter (where coalesce(a.last_checked, o.last_checked) >= ${options.since6}::date)::int as within6,
      count(*) filter (where coalesce(a.last_checked, o.last_checked) >= ${options.since12}::date)::int as within12
    from org_region g
    join organization o on o.id = g.organization_id
    join activity a on a.organization_id = o.id and ${isPublicActivity('a', 'o')}
    where g.region_id = any(${options.regionIds}::text[])
    group by g.region_id`.execute(db);
  return rows.map((r) => ({
    regionId: r.region_id,
    activities: Number(r.activities),
    checkedWithin6: Number(r.within6),
    checkedWithin12: Number(r.within12),
  }));
}

export interface OverdueRow extends DueOrganizationRow {
  regionId: string;
  firstReminderAt: Date | null;
  secondReminderAt: Date | null;
  adminsToldAt: Date | null;
  hidden: boolean;
}

/** Published organisations in the regions last checked on or before `dueOn`, oldest first, with their open cycle. */
export async function listOverdue(db: Database, options: { regionIds: string[]; dueOn: string }): Promise<OverdueRow[]> {
  if (options.regionIds.length === 0) return [];
  const { rows } = await sql<
    NamedRow & { region_id: string; first_reminder_at: Date | null; second_reminder_at: Date | null; admins_told_at: Date | null; hidden: boolean }
  >`
    with org_region as (${orgRegion})
    select g.region_id, o.id, o.name_fi, o.name_sv, o.name_en, f.checked_on::text as checked_on,
      c.first_reminder_at, c.second_reminder_at, c.admins_told_at, (o.stale_hidden_at is not null) as hidden
    from org_region g
    join organization o on o.id = g.organization_id and ${isPublicOrganization('o')}
    cross join lateral (select ${checkedOnOf} as checked_on) f
    left join freshness_cycle c on c.organization_id = o.id and c.closed_at is null
    where g.region_id = any(${options.regionIds}::text[]) and f.checked_on <= ${options.dueOn}::date
    order by g.region_id, f.checked_on, o.name_fi, o.id`.execute(db);
  return rows.map((r) => ({
    ...toDue(r),
    regionId: r.region_id,
    firstReminderAt: r.first_reminder_at,
    secondReminderAt: r.second_reminder_at,
    adminsToldAt: r.admins_told_at,
    hidden: r.hidden,
  }));
}
