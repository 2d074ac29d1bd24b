import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { rebuildSearchIndex } from '../search/rebuild-search-index.js';
import { archiveOrganizationRow, isMaintainerOf, listActivityIdsOf, withdrawOpenSubmissions } from './submissions.repo.js';

export const MAX_REASON = 1000;
export type ArchiveResult = { ok: true } | { ok: false; error: 'submissions.error.archiveReason' | 'submissions.error.tooLong' };

/**
 * A maintainer archives the organisation with a reason: at once (no review), audited, and out of search in the
 * same transaction (its activities are reindexed, which drops them); its open submissions are withdrawn.
 * NOT_FOUND for anyone but a maintainer.
 */
export async function archiveOrganization({
  db,
  organizationId,
  reason,
  userId,
}: {
  db: Database;
  organizationId: string;
  reason: string;
  userId: string;
}): Promise<ArchiveResult> {
  if (!isUuid(organizationId)) throw notFound('organisation');
  const why = reason.trim();
  return db.transaction().execute(async (trx) => {
    if (!(await isMaintainerOf(trx, userId, organizationId))) throw notFound('organisation');
    if (!why) return { ok: false, error: 'submissions.error.archiveReason' };
    if (why.length > MAX_REASON) return { ok: false, error: 'submissions.error.tooLong' };
    const from = await archiveOrganizationRow(trx, organizationId, why);
    if (from === null) throw notFound('organisation');
    await recordAudit(trx, {
      actorId: userId,
      action: 'organization.archive',
      subjectType: 'organization',
      subjectId: organizationId,
      organizationId,
      fromState: from,
      toState: 'archived',
      detail: { reason: why },
    });
    // An open draft or change would bring the organisation back on approval: it is withdrawn with the archive.
    for (const s of await withdrawOpenSubmissions(trx, organizationId)) {
      await recordAudit(trx, {
        actorId: userId,
        action: 'submission.withdraw',
        subjectType: 'submission',
        subjectId: s.id,
        organizationId,
        fromState: s.status,
        toState: 'withdrawn',
        detail: { cause: 'organization.archive' },
      });
    }
    await rebuildSearchIndex({ db: trx, activityIds: await listActivityIdsOf(trx, organizationId) });
    return { ok: true };
  });
}
