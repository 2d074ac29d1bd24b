import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/database.js';
import { isMaintainer, requireMaintainer } from '../../platform/auth/access.policy.js';
import { conflict, notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { deleteMaintainerRole, lockMaintainers } from './submissions.repo.js';

/**
 * A maintainer removes a maintainer (possibly themselves) at once, audited. An organisation always keeps at least
 * one maintainer: removing the last one is refused (CONFLICT). NOT_FOUND for anyone but a maintainer, or an unknown person.
 */
export async function removeMaintainer({
  db,
  organizationId,
  maintainerId,
  userId,
}: {
  db: Database;
  organizationId: string;
  maintainerId: string;
  userId: string;
}): Promise<void> {
  if (!isUuid(organizationId) || !isUuid(maintainerId)) throw notFound('maintainer');
  return db.transaction().execute(async (trx) => {
    await requireMaintainer(trx, { userId, organizationId });
    const count = await lockMaintainers(trx, organizationId);
    if (!(await isMaintainer(trx, { userId: maintainerId, organizationId }))) throw notFound('maintainer');
    if (count <= 1) throw conflict('the last maintainer', { titleKey: 'submissions.maintainers.title', messageKey: 'submissions.maintainers.lastOne' });
    await deleteMaintainerRole(trx, organizationId, maintainerId);
    await recordAudit(trx, {
      actorId: userId,
      action: 'maintainer.remove',
      subjectType: 'user',
      subjectId: maintainerId,
      organizationId,
      fromState: 'maintainer',
      toState: null,
    });
  });
}
