import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';

/** SQL of appointing administrators: who holds an administrator role, the regions, the last platform administrator. */

export interface AdministratorRow {
  userId: string;
  email: string;
  role: 'platform_admin' | 'regional_admin';
  /** Region id of a regional administrator, null for a platform administrator. */
  regionId: string | null;
  regionNameFi: string | null;
  regionNameSv: string | null;
  regionNameEn: string | null;
  since: Date;
}

/** Administrators: every one (regionIds null), or the regional administrators of the given regions. */
export async function listAdministratorRows(db: Database, regionIds: string[] | null): Promise<AdministratorRow[]> {
  if (regionIds && regionIds.length === 0) return [];
  const scope = regionIds
    ? sql`r.role = 'regional_admin' and r.scope_id in (${sql.join(regionIds)})`
    : sql`r.role in ('platform_admin', 'regional_admin')`;
  const { rows } = await sql<{
    user_id: string;
    email: string;
    role: 'platform_admin' | 'regional_admin';
    scope_id: string;
    name_fi: string | null;
    name_sv: string | null;
    name_en: string | null;
    created_at: Date;
  }>`
    select r.user_id, u.email, r.role, r.scope_id, g.name_fi, g.name_sv, g.name_en, r.created_at
    from user_role r join app_user u on u.id = r.user_id left join region g on g.id = r.scope_id and r.role = 'regional_admin'
    where ${scope}
    order by r.role, g.name_fi nulls first, u.email`.execute(db);
  return rows.map((r) => ({
    userId: r.user_id,
    email: r.email,
    role: r.role,
    regionId: r.scope_id === '' ? null : r.scope_id,
    regionNameFi: r.name_fi,
    regionNameSv: r.name_sv,
    regionNameEn: r.name_en,
    since: r.created_at,
  }));
}

export interface RegionRow {
  id: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
}

export async function listRegionRows(db: Database): Promise<RegionRow[]> {
  const rows = await db.selectFrom('region').select(['id', 'name_fi', 'name_sv', 'name_en']).orderBy('name_fi').execute();
  return rows.map((r) => ({ id: r.id, nameFi: r.name_fi, nameSv: r.name_sv, nameEn: r.name_en }));
}

export async function hasRoleRow(db: Database, role: { userId: string; role: string; scopeId: string }): Promise<boolean> {
  const r = await db
    .selectFrom('user_role')
    .select('user_id')
    .where('user_id', '=', role.userId)
    .where('role', '=', role.role as 'platform_admin')
    .where('scope_id', '=', role.scopeId)
    .executeTakeFirst();
  return r !== undefined;
}

/** Locks every platform_admin row (so two revocations cannot both remove "the other" one) and counts them. */
export async function lockPlatformAdmins(db: Database): Promise<number> {
  const rows = await db.selectFrom('user_role').select('user_id').where('role', '=', 'platform_admin').forUpdate().execute();
  return rows.length;
}

export async function deleteRoleRow(db: Database, role: { userId: string; role: string; scopeId: string }): Promise<boolean> {
  const r = await db
    .deleteFrom('user_role')
    .where('user_id', '=', role.userId)
    .where('role', '=', role.role as 'platform_admin')
    .where('scope_id', '=', role.scopeId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
