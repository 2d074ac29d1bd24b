import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { invalidInput, notFound } from '../../platform/errors.js';
import { requireNetworkManager } from './networks.policy.js';
import { addNetworkMember, findNetworkRow, removeNetworkMembers, updateNetworkRow } from './networks.repo.js';
import type { NetworkInput } from './networks.schema.js';
import { auditNetwork, networkFromInput } from './save-network.js';

/**
 * The region's administrator edits a network of their region: texts, coordinator (made a member), and members
 * removed (never the coordinator). Audited. A network of another region is "not found" even to its id's guesser.
 */
export async function updateNetwork({ db, actor, slug, id, input }: { db: Database; actor: SessionUser | null; slug: string; id: string; input: NetworkInput }): Promise<void> {
  const user = requireNetworkManager(actor, slug);
  await db.transaction().execute(async (trx) => {
    const before = await findNetworkRow(trx, id);
    if (!before || before.regionId !== slug) throw notFound('network');
    const network = await networkFromInput(trx, { id, regionId: slug, input, currentCoordinator: before.coordinatorId });
    if (input.remove.includes(network.coordinatorId)) throw invalidInput({ remove: 'networks.error.removeCoordinator' });
    await updateNetworkRow(trx, network);
    await addNetworkMember(trx, id, network.coordinatorId);
    await removeNetworkMembers(trx, id, input.remove);
    await auditNetwork(trx, user, 'network.update', network, { coordinator: network.coordinatorId, coordinatorBefore: before.coordinatorId, removed: input.remove });
  });
}
