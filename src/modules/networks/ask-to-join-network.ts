import { requireMaintainer } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { invalidInput, notFound, unauthenticated } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { findNetworkRow, listPublicOrganizationNames, membersOrAsking, insertJoinRequest } from './networks.repo.js';
import type { JoinInput } from './networks.schema.js';
import { auditNetwork } from './save-network.js';

/**
 * A maintainer asks for one of their organisations to join a network of the region. Only for an organisation they
 * maintain (anyone else's is "not found": requireMaintainer), a published one, not yet a member and without an open
 * request (both refused next to the field). The coordinator's maintainers or the region's administrators decide.
 */
export async function askToJoinNetwork({ db, actor, slug, networkId, input }: { db: Database; actor: SessionUser | null; slug: string; networkId: string; input: JoinInput }): Promise<void> {
  if (!actor) throw unauthenticated();
  await db.transaction().execute(async (trx) => {
    const network = await findNetworkRow(trx, networkId);
    if (!network || network.regionId !== slug) throw notFound('network');
    await requireMaintainer(trx, { userId: actor.id, organizationId: input.organization });
    if ((await listPublicOrganizationNames(trx, [input.organization])).length === 0) throw invalidInput({ organization: 'networks.error.organization' });
    const { members, asking } = await membersOrAsking(trx, networkId, [input.organization]);
    if (members.length > 0) throw invalidInput({ organization: 'networks.error.alreadyMember' });
    if (asking.length > 0) throw invalidInput({ organization: 'networks.error.alreadyAsked' });
    await insertJoinRequest(trx, { id: newId(), networkId, organizationId: input.organization, requestedBy: actor.id, message: input.message });
    await auditNetwork(trx, actor, 'network.join.ask', network, {}, input.organization);
  });
}
