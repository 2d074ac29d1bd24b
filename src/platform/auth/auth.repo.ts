import { sql, type Kysely } from 'kysely';
import type { DB, Role } from '../db/schema.js';
import type { Lang } from '../i18n/i18n.js';

/** SQL of accounts, roles, sign-in links and sessions. Every function takes `db`, which may be a transaction. */

export interface UserRow {
  id: string;
  email: string;
  lang: Lang;
  createdAt: Date;
}

export interface RoleRow {
  role: Role;
  /** Region id (regional_admin), organisation id (maintainer), null for platform_admin. */
  scopeId: string | null;
}

/** Someone who receives a module's e-mail: the account and its language. */
export interface MailRecipient {
  userId: string;
  email: string;
  lang: Lang;
}

/** The users with the maintainer role of an organisation, by address. */
export async function listMaintainers(db: Kysely<DB>, organizationId: string): Promise<MailRecipient[]> {
  const rows = await db
    .selectFrom('user_role as r')
    .innerJoin('app_user as u', 'u.id', 'r.user_id')
    .select(['u.id', 'u.email', 'u.lang'])
    .where('r.role', '=', 'maintainer')
    .where('r.scope_id', '=', organizationId)
    .orderBy('u.email')
    .execute();
  return rows.map((r) => ({ userId: r.id, email: r.email, lang: r.lang }));
}

export async function findUserByEmail(db: Kysely<DB>, email: string): Promise<UserRow | null> {
  const r = await db.selectFrom('app_user').selectAll().where('email', '=', email).executeTakeFirst();
  return r ? { id: r.id, email: r.email, lang: r.lang, createdAt: r.created_at } : null;
}

export async function findUserById(db: Kysely<DB>, id: string): Promise<UserRow | null> {
  const r = await db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? { id: r.id, email: r.email, lang: r.lang, createdAt: r.created_at } : null;
}

/** Inserts a user unless the address exists; returns the stored user either way. */
export async function ensureUser(db: Kysely<DB>, user: { id: string; email: string; lang: Lang }): Promise<UserRow> {
  await db.insertInto('app_user').values(user).onConflict((oc) => oc.column('email').doNothing()).execute();
  return (await findUserByEmail(db, user.email))!;
}

export async function addRole(db: Kysely<DB>, role: { userId: string; role: Role; scopeId: string | null }): Promise<void> {
  await db
    .insertInto('user_role')
    .values({ user_id: role.userId, role: role.role, scope_id: role.scopeId ?? '' })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function listRoles(db: Kysely<DB>, userId: string): Promise<RoleRow[]> {
  const rows = await db
    .selectFrom('user_role')
    .select(['role', 'scope_id'])
    .where('user_id', '=', userId)
    .orderBy('role')
    .orderBy('scope_id')
    .execute();
  return rows.map((r) => ({ role: r.role, scopeId: r.scope_id === '' ? null : r.scope_id }));
}

export async function insertLoginToken(
  db: Kysely<DB>,
  token: { id: string; userId: string | null; email: string; tokenHash: string; minutes: number },
): Promise<void> {
  await db
    .insertInto('login_token')
    .values({
      id: token.id,
      user_id: token.userId,
      email: token.email,
      token_hash: token.tokenHash,
      expires_at: sql<Date>`now() + ${token.minutes} * interval '1 minute'`,
    })
    .execute();
}

/** True when a link with this hash exists, is unused and has not expired. */
export async function isLoginTokenUsable(db: Kysely<DB>, tokenHash: string): Promise<boolean> {
  const r = await db
    .selectFrom('login_token')
    .select('id')
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
  return r !== undefined;
}

/** Marks a usable link used, atomically (so it works once even when two requests race); returns its user id. */
export async function useLoginToken(db: Kysely<DB>, tokenHash: string): Promise<{ userId: string | null; email: string } | null> {
  const r = await db
    .updateTable('login_token')
    .set({ used_at: sql<Date>`now()` })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .returning(['user_id', 'email'])
    .executeTakeFirst();
  return r ? { userId: r.user_id, email: r.email } : null;
}

/** Moves a link's expiry (tests, and an administrator revoking links: pass a moment in the past). */
export async function setLoginTokenExpiry(db: Kysely<DB>, options: { tokenHash: string; expiresAt: Date }): Promise<void> {
  await db.updateTable('login_token').set({ expires_at: options.expiresAt }).where('token_hash', '=', options.tokenHash).execute();
}

export async function insertSession(db: Kysely<DB>, session: { id: string; userId: string; hours: number }): Promise<void> {
  await db
    .insertInto('session')
    .values({ id: session.id, user_id: session.userId, expires_at: sql<Date>`now() + ${session.hours} * interval '1 hour'` })
    .execute();
}

/**
 * The user of a live session, marking it seen now: a session is live before its absolute expiry and while it was
 * seen within the idle timeout. Returns null otherwise.
 */
export async function touchSession(db: Kysely<DB>, options: { id: string; idleMinutes: number }): Promise<string | null> {
  const r = await db
    .updateTable('session')
    .set({ last_seen_at: sql<Date>`now()` })
    .where('id', '=', options.id)
    .where('expires_at', '>', sql<Date>`now()`)
    .where('last_seen_at', '>', sql<Date>`now() - ${options.idleMinutes} * interval '1 minute'`)
    .returning('user_id')
    .executeTakeFirst();
  return r?.user_id ?? null;
}

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('session').where('id', '=', id).execute();
}

/** Sets when a session was last seen (tests of the idle timeout). */
export async function setSessionLastSeen(db: Kysely<DB>, options: { id: string; lastSeenAt: Date }): Promise<void> {
  await db.updateTable('session').set({ last_seen_at: options.lastSeenAt }).where('id', '=', options.id).execute();
}

/** Deletes expired sessions and sign-in links older than a day. */
export async function deleteExpiredAuthRows(db: Kysely<DB>, options: { idleMinutes: number }): Promise<number> {
  const s = await db
    .deleteFrom('session')
    .where((eb) =>
      eb.or([
        eb('expires_at', '<', sql<Date>`now()`),
        eb('last_seen_at', '<', sql<Date>`now() - ${options.idleMinutes} * interval '1 minute'`),
      ]),
    )
    .executeTakeFirst();
  const t = await db.deleteFrom('login_token').where('expires_at', '<', sql<Date>`now() - interval '1 day'`).executeTakeFirst();
  return Number(s.numDeletedRows) + Number(t.numDeletedRows);
}

export async function hasMaintainerRole(db: Kysely<DB>, options: { userId: string; organizationId: string }): Promise<boolean> {
  const r = await db
    .selectFrom('user_role')
    .select('user_id')
    .where('user_id', '=', options.userId)
    .where('role', '=', 'maintainer')
    .where('scope_id', '=', options.organizationId)
    .executeTakeFirst();
  return r !== undefined;
}

/** A regional administrator of a region that concerns `key` (an organisation id, or '' for a set of municipalities). */
export interface KeyedRecipient extends MailRecipient {
  key: string;
}

/**
 * The regional administrators of each organisation's regions. An organisation's regions are those containing its
 * home municipality or, when it has none, the municipalities of its published activities.
 */
export async function listRegionalAdministratorsOfOrganizations(db: Kysely<DB>, organizationIds: string[]): Promise<KeyedRecipient[]> {
  if (organizationIds.length === 0) return [];
  const { rows } = await sql<{ organization_id: string; user_id: string; email: string; lang: Lang }>`
    with ids as (select unnest(${organizationIds}::uuid[]) as id),
    org_region as (
      select o.id as organization_id, rm.region_id
        from organization o
        join ids on ids.id = o.id
        join region_municipality rm on rm.municipality_code = o.municipality_code
      union
      select a.organization_id, rm.region_id
        from activity a
        join ids on ids.id = a.organization_id
        join organization o on o.id = a.organization_id and o.municipality_code is null
        join activity_municipality am on am.activity_id = a.id
        join region_municipality rm on rm.municipality_code = am.municipality_code
        where a.status = 'published'
    )
    select distinct g.organization_id, u.id as user_id, u.email, u.lang
    from org_region g
    join user_role ur on ur.role = 'regional_admin' and ur.scope_id = g.region_id
    join app_user u on u.id = ur.user_id
    order by 3, 1`.execute(db);
  return rows.map((r) => ({ key: r.organization_id, userId: r.user_id, email: r.email, lang: r.lang }));
}

/** The regional administrators of every region that contains one of the municipalities (key ''), by address. */
export async function listRegionalAdministratorsOfMunicipalities(db: Kysely<DB>, municipalityCodes: string[]): Promise<KeyedRecipient[]> {
  if (municipalityCodes.length === 0) return [];
  const rows = await db
    .selectFrom('app_user as u')
    .select(['u.id', 'u.email', 'u.lang'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_role as ur')
          .innerJoin('region_municipality as rm', 'rm.region_id', 'ur.scope_id')
          .select(sql`1`.as('one'))
          .whereRef('ur.user_id', '=', 'u.id')
          .where('ur.role', '=', 'regional_admin')
          .where('rm.municipality_code', 'in', municipalityCodes),
      ),
    )
    .orderBy('u.email')
    .execute();
  return rows.map((r) => ({ key: '', userId: r.id, email: r.email, lang: r.lang }));
}

/** The platform administrators, by address. */
export async function listPlatformAdministrators(db: Kysely<DB>): Promise<MailRecipient[]> {
  const rows = await db
    .selectFrom('app_user as u')
    .innerJoin('user_role as ur', 'ur.user_id', 'u.id')
    .select(['u.id', 'u.email', 'u.lang'])
    .where('ur.role', '=', 'platform_admin')
    .orderBy('u.email')
    .execute();
  return rows.map((r) => ({ userId: r.id, email: r.email, lang: r.lang }));
}
