import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/database.js';
import { notFound, forbidden, conflict } from '../../platform/errors.js';
import { canManageRole, type AdminRole } from './admin.policy.js';
import { deleteRoleRow, lockPlatformAdmins } from './admin.repo.js';

/**
 * Removes a platform or regional administrator role, audited. The last platform administrator is never removed
 * (CONFLICT): the platform_admin rows are locked first, so two administrators removing each other at the same
 * moment cannot leave none. Throws FORBIDDEN when the actor may not manage the role, NOT_FOUND when it is not held.
 */
export async function revokeAdminRole(options: { db: Database; actor: SessionUser; userId: string; role: AdminRole; regionId: string | null }): Promise<void> {
  const regionId = options.role === 'regional_admin' ? options.regionId : null;
  if (!canManageRole(options.actor, options.role, regionId)) throw forbidden('may not remove this administrator');
  await options.db.transaction().execute(async (trx) => {
    if (options.role === 'platform_admin' && (await lockPlatformAdmins(trx)) <= 1) {
      throw conflict('the last platform administrator stays', {
        titleKey: 'admin.error.lastPlatformAdminTitle',
        messageKey: 'admin.error.lastPlatformAdmin',
        link: { labelKey: 'admin.users.back', path: '/admin/users' },
      });
    }
    if (!(await deleteRoleRow(trx, { userId: options.userId, role: options.role, scopeId: regionId ?? '' }))) {
      throw notFound('role');
    }
    await recordAudit(trx, {
      actorId: options.actor.id,
      action: 'role.revoke',
      subjectType: 'user',
      subjectId: options.userId,
      fromState: options.role,
      detail: { role: options.role, scopeId: regionId },
    });
  });
}
