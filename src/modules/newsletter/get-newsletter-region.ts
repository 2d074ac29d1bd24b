import type { Database } from '../../platform/db/database.js';
import { findRegion, type RegionNames } from './newsletter.repo.js';

/** A region whose portal has the newsletter (every region), by slug, or null. */
export async function getNewsletterRegion({ db, slug }: { db: Database; slug: string }): Promise<RegionNames | null> {
  return findRegion(db, slug);
}
