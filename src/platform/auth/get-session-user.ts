import type { Database } from '../db/database.js';
import type { Role } from '../db/schema.js';
import type { Lang } from '../i18n/i18n.js';
import { findUserById, listRoles, touchSession, type RoleRow } from './auth.repo.js';
import { hashSecret, SESSION_IDLE_MINUTES } from './auth-tokens.js';

export interface SessionUser {
  id: string;
  email: string;
  lang: Lang;
  roles: RoleRow[];
}

export function hasRole(user: SessionUser | null, role: Role, scopeId: string | null = null): boolean {
  return !!user?.roles.some((r) => r.role === role && (scopeId === null || r.scopeId === scopeId));
}

/** The signed-in user of a session cookie, or null when the session is unknown, idle too long or past its end. */
export async function getSessionUser(options: { db: Database; sessionSecret: string }): Promise<SessionUser | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(options.sessionSecret)) return null;
  const userId = await touchSession(options.db, { id: hashSecret(options.sessionSecret), idleMinutes: SESSION_IDLE_MINUTES });
  if (!userId) return null;
  const user = await findUserById(options.db, userId);
  if (!user) return null;
  return { id: user.id, email: user.email, lang: user.lang, roles: await listRoles(options.db, userId) };
}
