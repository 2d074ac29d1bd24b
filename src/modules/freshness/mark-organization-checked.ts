import type { Database } from '../../platform/db/database.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { rebuildSearchIndex } from '../search/rebuild-search-index.js';
import { helsinkiDate } from './freshness-dates.js';
import { listActivityIds, lockPublishedOrganization, setChecked } from './freshness.repo.js';

/**
 * Inside the caller's transaction: the organisation and its published activities were checked today. Closes its
 * open cycle, brings hidden activities back into search at once and writes the audit event. False when the
 * organisation is not published (nothing changed).
 */
export async function markOrganizationChecked(
  trx: Database,
  options: { organizationId: string; actorId: string | null; via: 'link' | 'account' | 'review'; now: Date },
): Promise<boolean> {
  const before = await lockPublishedOrganization(trx, options.organizationId);
  if (!before) return false;
  const today = helsinkiDate(options.now);
  await setChecked(trx, { organizationId: options.organizationId, today, now: options.now });
  if (before.staleHiddenAt) {
    await rebuildSearchIndex({ db: trx, activityIds: await listActivityIds(trx, { organizationIds: [options.organizationId] }) });
  }
  await recordAudit(trx, {
    actorId: options.actorId,
    action: 'freshness.confirm',
    subjectType: 'organization',
    subjectId: options.organizationId,
    organizationId: options.organizationId,
    fromState: before.lastChecked,
    toState: today,
    detail: { via: options.via, wasHidden: before.staleHiddenAt !== null },
  });
  return true;
}
