import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { isUuid } from '../../platform/ids.js';
import { getOrganizationFreshness, type MaintainedOrganizationRow } from './freshness.repo.js';
import { requireConfirmer } from './freshness.policy.js';

/**
 * A maintainer's own check page: the published organisation with its checked date and whether it is hidden from
 * search. Null when there is no such published organisation; throws FORBIDDEN for someone who may not confirm it.
 */
export async function getOwnOrganizationCheck(options: { db: Database; user: SessionUser; organizationId: string }): Promise<MaintainedOrganizationRow | null> {
  requireConfirmer(options.user, options.organizationId);
  if (!isUuid(options.organizationId)) return null;
  return getOrganizationFreshness(options.db, options.organizationId);
}
