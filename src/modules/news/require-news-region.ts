import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { requireRegionNewsEditor } from './news.policy.js';
import { findRegionNames } from '../regions/regions.repo.js';

/** The region of an administrators' news page: NOT_FOUND for an unknown region, FORBIDDEN for someone who does not administer it (news.policy.ts). */
export async function requireNewsRegion(db: Database, actor: SessionUser, slug: string) {
  const region = await findRegionNames(db, slug);
  if (!region) throw notFound('region');
  requireRegionNewsEditor(actor, region.id);
  return region;
}
