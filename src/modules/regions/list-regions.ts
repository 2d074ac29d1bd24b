import type { Database } from '../../platform/db/database.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { requireRegionManager } from './regions.policy.js';
import { listRegionRows, type RegionRow } from './regions.repo.js';

/** /admin/regions: every region with its municipality count. Platform administrators only. */
export async function listRegions({ db, actor }: { db: Database; actor: SessionUser | null }): Promise<(RegionRow & { municipalities: number })[]> {
  requireRegionManager(actor);
  return listRegionRows(db);
}
