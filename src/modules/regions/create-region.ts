import type { Database } from '../../platform/db/database.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { invalidInput } from '../../platform/errors.js';
import { requireRegionManager } from './regions.policy.js';
import { insertRegion, regionExists } from './regions.repo.js';
import type { RegionInput } from './regions.schema.js';
import { auditRegion, regionFromInput } from './save-region.js';

/**
 * A platform administrator creates a region and its portal. The slug is the region's id for good: the portal's
 * address, REGION_HOSTS and the regional administrators' roles name it. A slug in use is refused next to its field.
 */
export async function createRegion({ db, actor, slug, input }: { db: Database; actor: SessionUser | null; slug: string; input: RegionInput }): Promise<{ slug: string }> {
  const user = requireRegionManager(actor);
  await db.transaction().execute(async (trx) => {
    if (await regionExists(trx, slug)) throw invalidInput({ slug: 'regions.error.slugTaken' });
    const region = await regionFromInput(trx, slug, input);
    if (!(await insertRegion(trx, region))) throw invalidInput({ slug: 'regions.error.slugTaken' });
    await auditRegion(trx, user, 'region.create', region);
  });
  return { slug };
}
