import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { findRegion, type RegionNames } from './newsletter.repo.js';
import { requireNewsletterEditor } from './newsletter.policy.js';

/** The region of an administrators' newsletter page: NOT_FOUND for an unknown region, FORBIDDEN for anyone who does not administer it. */
export async function requireNewsletterRegion(db: Database, actor: SessionUser, slug: string): Promise<RegionNames> {
  const region = await findRegion(db, slug);
  if (!region) throw notFound('region');
  requireNewsletterEditor(actor, region.id);
  return region;
}
