import { findUserById } from '../../platform/auth/auth.repo.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, notFound, unauthenticated } from '../../platform/errors.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { networkJoinDecisionMail } from './network-join-decision.mail.js';
import { requireJoinDecider } from './networks.policy.js';
import { addNetworkMember, findJoinRequestForUpdate, findNetworkRow, setJoinRequestDecision } from './networks.repo.js';
import { auditNetwork } from './save-network.js';

/**
 * The coordinator's maintainer or the region's administrator accepts (the organisation becomes a member) or declines
 * an open request. The asker is told by e-mail in their own language, queued in the same transaction. A request
 * decided already answers 409.
 */
export async function decideJoinRequest({
  db,
  actor,
  slug,
  networkId,
  requestId,
  decision,
}: {
  db: Database;
  actor: SessionUser | null;
  slug: string;
  networkId: string;
  requestId: string;
  decision: 'accept' | 'decline';
}): Promise<'accepted' | 'declined'> {
  if (!actor) throw unauthenticated();
  const status = decision === 'accept' ? 'accepted' : 'declined';
  await db.transaction().execute(async (trx) => {
    const network = await findNetworkRow(trx, networkId);
    if (!network || network.regionId !== slug) throw notFound('network');
    await requireJoinDecider(trx, actor, network);
    const request = await findJoinRequestForUpdate(trx, { id: requestId, networkId });
    if (!request) throw notFound('join request');
    if (request.status !== 'pending') throw conflict('request already decided', { titleKey: 'networks.error.decidedTitle', messageKey: 'networks.error.decided', link: { labelKey: 'networks.error.back', path: `/regions/${slug}/networks/${networkId}` } });
    await setJoinRequestDecision(trx, { id: request.id, status, decidedBy: actor.id });
    if (status === 'accepted') await addNetworkMember(trx, networkId, request.organization.id);
    await auditNetwork(trx, actor, `network.join.${status === 'accepted' ? 'accept' : 'decline'}`, network, {}, request.organization.id);
    const asker = request.requestedBy ? await findUserById(trx, request.requestedBy) : null;
    if (asker) {
      await enqueueMail(trx, {
        to: asker.email,
        lang: asker.lang,
        template: networkJoinDecisionMail,
        params: { decision: status, regionSlug: slug, networkId, networkName: { fi: network.nameFi, sv: network.nameSv, en: network.nameEn }, organizationName: request.organization.nameFi },
      });
    }
  });
  return status;
}
