import { hashSecret } from '../../platform/auth/auth-tokens.js';
import type { Database } from '../../platform/db/database.js';
import { gone } from '../../platform/errors.js';
import { confirmByToken, findRegion, findRegionOfConfirmToken, type RegionNames } from './newsletter.repo.js';

const linkGone = () => gone('newsletter confirmation link unknown or expired', { titleKey: 'newsletter.gone.title', messageKey: 'newsletter.gone.confirm' });

/** The confirmation page of an e-mailed link (GET: changes nothing): its region, or GONE when the link is unknown or expired. */
export async function getConfirmation({ db, token, now = new Date() }: { db: Database; token: string; now?: Date }): Promise<RegionNames> {
  const regionId = await findRegionOfConfirmToken(db, { confirmTokenHash: hashSecret(token), now });
  const region = regionId ? await findRegion(db, regionId) : null;
  if (!region) throw linkGone();
  return region;
}

/** Confirms a subscription (the second step of double opt-in): its region's slug; GONE for an unknown or expired link. */
export async function confirmSubscription({ db, token, now = new Date() }: { db: Database; token: string; now?: Date }): Promise<string> {
  const r = await confirmByToken(db, { confirmTokenHash: hashSecret(token), now });
  if (!r) throw linkGone();
  return r.regionId;
}
