import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { deleteMaintainerRole, isMaintainerOf, lockMaintainers } from './submissions.repo.js';

export type RemoveMaintainerResult = { ok: true } | { ok: false; error: 'submissions.maintainers.lastOne' };

/**
 * A maintainer removes a maintainer (possibly themselves) at once, audited. An organisation always keeps at least
 * one maintainer: removing the last one is refused. NOT_FOUND for anyone but a maintainer, or an unknown person.
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
}): Promise<RemoveMaintainerResult> {
  if (!isUuid(organizationId) || !isUuid(maintainerId)) throw notFound('maintainer');
  return db.transaction().execute(async (trx) => {
    if (!(await isMaintainerOf(trx, userId, organizationId))) throw notFound('organisation');
    const count = await lockMaintainers(trx, organizationId);
    if (!(await isMaintainerOf(trx, maintainerId, organizationId))) throw notFound('maintainer');
    if (count <= 1) return { ok: false, error: 'submissions.maintainers.lastOne' };
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
    return { ok: true };
  });
}
