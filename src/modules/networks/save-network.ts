import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/database.js';
import { invalidInput } from '../../platform/errors.js';
import { listCoordinatorChoiceRows, type NetworkRow } from './networks.repo.js';
import type { NetworkInput } from './networks.schema.js';

/**
 * Shared by create-network.ts and update-network.ts (inside their transaction): the row from the form, after the
 * coordinator check — one of the organisations the region may have as coordinator (or the current one, kept).
 */
export async function networkFromInput(trx: Database, options: { id: string; regionId: string; input: NetworkInput; currentCoordinator?: string }): Promise<NetworkRow> {
  const { id, regionId, input } = options;
  if (input.coordinator !== options.currentCoordinator) {
    const choices = await listCoordinatorChoiceRows(trx, regionId);
    if (!choices.some((c) => c.id === input.coordinator)) throw invalidInput({ coordinator: 'networks.error.coordinator' });
  }
  return {
    id,
    regionId,
    coordinatorId: input.coordinator,
    nameFi: input.nameFi,
    nameSv: input.nameSv,
    nameEn: input.nameEn,
    descriptionFi: input.descriptionFi,
    descriptionSv: input.descriptionSv,
    descriptionEn: input.descriptionEn,
    howToJoinFi: input.howToJoinFi,
    howToJoinSv: input.howToJoinSv,
    howToJoinEn: input.howToJoinEn,
    meetingsFi: input.meetingsFi,
    meetingsSv: input.meetingsSv,
    meetingsEn: input.meetingsEn,
  };
}

/** An audit entry of a network (no personal data: names of the network and organisation ids). */
export async function auditNetwork(trx: Database, actor: SessionUser, action: string, network: Pick<NetworkRow, 'id' | 'regionId' | 'nameFi'>, detail: Record<string, unknown> = {}, organizationId: string | null = null): Promise<void> {
  await recordAudit(trx, { actorId: actor.id, action, subjectType: 'network', subjectId: network.id, organizationId, detail: { region: network.regionId, name: network.nameFi, ...detail } });
}
