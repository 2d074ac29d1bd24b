import { isMaintainer } from '../../platform/auth/access.policy.js';
import type { Database } from '../../platform/db/database.js';
import { isUuid } from '../../platform/ids.js';
import { findOpenSubmission } from './submissions.repo.js';

/**
 * The id of the organisation's open submission (draft, awaiting review or returned), for one of its maintainers;
 * null when there is none, or for anyone else. Reads only: the GET of the edit URL uses it, and startChange (a POST)
 * is what creates a change.
 */
export async function getOpenSubmission({ db, organizationId, userId }: { db: Database; organizationId: string; userId: string }): Promise<string | null> {
  if (!isUuid(organizationId) || !(await isMaintainer(db, { userId, organizationId }))) return null;
  return (await findOpenSubmission(db, organizationId))?.id ?? null;
}
