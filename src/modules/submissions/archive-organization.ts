import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/database.js';
import { requireMaintainer } from '../../platform/auth/access.policy.js';
import { invalidInput, notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { rebuildSearchIndex } from '../search/rebuild-search-index.js';
import { archiveOrganizationRow, listActivityIdsOf, withdrawOpenSubmissions } from './submissions.repo.js';

export const MAX_REASON = 1000;

/** The reason of an archive, trimmed: required and at most MAX_REASON characters, else `invalidInput({ reason })`. */
export function requireArchiveReason(reason: string): string {
  const why = reason.trim();
  if (!why) throw invalidInput({ reason: 'submissions.error.archiveReason' });
  if (why.length > MAX_REASON) throw invalidInput({ reason: 'submissions.error.tooLong' });
  return why;
}

/**
 * A maintainer archives the organisation with a reason: at once (no review), audited, and out of search in the
 * same transaction (its activities are reindexed, which drops them); its open submissions are withdrawn.
 * NOT_FOUND for anyone but a maintainer; `invalidInput({ reason })` without a reason (checked after access).
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
}): Promise<void> {
  if (!isUuid(organizationId)) throw notFound('organisation');
  return db.transaction().execute(async (trx) => {
    await requireMaintainer(trx, { userId, organizationId });
    const why = requireArchiveReason(reason);
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
  });
}
