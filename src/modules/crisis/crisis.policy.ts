import { isPlatformAdmin } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Who may edit the crisis phrases and helplines and see the daily counts: platform administrators only (one list
 * for the whole platform; a regional administrator's region shares it).
 */
export function canEditCrisisHelp(user: SessionUser | null): boolean {
  return isPlatformAdmin(user);
}

export function requireCrisisHelpEditor(user: SessionUser | null): SessionUser {
  if (!user || !canEditCrisisHelp(user)) throw forbidden('not a platform administrator');
  return user;
}
