import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { regionExists } from '../regions/regions.repo.js';
import { requireNetworkManager } from './networks.policy.js';
import { addNetworkMember, insertNetwork } from './networks.repo.js';
import type { NetworkInput } from './networks.schema.js';
import { auditNetwork, networkFromInput } from './save-network.js';

/** The region's administrator creates a cooperation network; its coordinator is its first member. Audited. */
export async function createNetwork({ db, actor, slug, input }: { db: Database; actor: SessionUser | null; slug: string; input: NetworkInput }): Promise<{ id: string }> {
  const user = requireNetworkManager(actor, slug);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    if (!(await regionExists(trx, slug))) throw notFound('region');
    const network = await networkFromInput(trx, { id, regionId: slug, input });
    await insertNetwork(trx, network);
    await addNetworkMember(trx, id, network.coordinatorId);
    await auditNetwork(trx, user, 'network.create', network, { coordinator: network.coordinatorId });
  });
  return { id };
}
