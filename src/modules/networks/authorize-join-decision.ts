import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { requireJoinDecider } from './networks.policy.js';
import { findNetworkRow } from './networks.repo.js';

/**
 * The route's check before it reads a decision: the network exists in the region (else 404) and the user may decide
 * its requests (else 403). decideJoinRequest checks again inside its transaction.
 */
export async function authorizeJoinDecision({ db, actor, slug, networkId }: { db: Database; actor: SessionUser | null; slug: string; networkId: string }): Promise<void> {
  const network = await findNetworkRow(db, networkId);
  if (!network || network.regionId !== slug) throw notFound('network');
  await requireJoinDecider(db, actor, network);
}
