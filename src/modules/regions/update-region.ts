import type { Database } from '../../platform/db/database.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { notFound } from '../../platform/errors.js';
import { requireRegionManager } from './regions.policy.js';
import { findRegionRow, updateRegionRow } from './regions.repo.js';
import type { RegionInput } from './regions.schema.js';
import { auditRegion, regionFromInput } from './save-region.js';

/** A platform administrator changes a region's names, introduction, look and municipalities (not its slug). */
export async function updateRegion({ db, actor, slug, input }: { db: Database; actor: SessionUser | null; slug: string; input: RegionInput }): Promise<void> {
  const user = requireRegionManager(actor);
  await db.transaction().execute(async (trx) => {
    const before = await findRegionRow(trx, slug);
    if (!before) throw notFound('region');
    const region = await regionFromInput(trx, slug, input);
    await updateRegionRow(trx, region);
    await auditRegion(trx, user, 'region.update', region, before);
  });
}
