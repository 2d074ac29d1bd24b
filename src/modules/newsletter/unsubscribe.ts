import { hashSecret } from '../../platform/auth/auth-tokens.js';
import type { Database } from '../../platform/db/database.js';
import { deleteByUnsubscribeToken, findByUnsubscribeToken, findRegion, type RegionNames } from './newsletter.repo.js';

/** The unsubscribe page of a link (GET: changes nothing): the region, or null when the link no longer subscribes anyone. */
export async function getUnsubscription({ db, token }: { db: Database; token: string }): Promise<RegionNames | null> {
  const s = await findByUnsubscribeToken(db, hashSecret(token));
  return s ? findRegion(db, s.regionId) : null;
}

/**
 * Unsubscribes: the subscription row, and with it the address, is deleted (the issues already sent keep their
 * delivery counts, without the subscriber). Idempotent: the same link again (a mail client's one-click POST, then the
 * person's own click) finds nothing and answers the same. Returns the region's slug when a row was deleted.
 */
export async function unsubscribe({ db, token }: { db: Database; token: string }): Promise<string | null> {
  return deleteByUnsubscribeToken(db, hashSecret(token));
}
