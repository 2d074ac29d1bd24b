import type { Database } from '../../platform/db/database.js';
import { stableId } from '../../platform/ids.js';
import { addNetworkMember, insertNetwork } from './networks.repo.js';

/** Test helper (not loaded by the app): a network of a region with its coordinator and members, inserted directly. */
export async function addTestNetwork(db: Database, options: { key: string; regionId: string; coordinatorId: string; nameFi: string; members?: string[] }): Promise<string> {
  const id = stableId('test-network', options.key);
  await insertNetwork(db, {
    id,
    regionId: options.regionId,
    coordinatorId: options.coordinatorId,
    nameFi: options.nameFi,
    nameSv: '',
    nameEn: '',
    descriptionFi: `${options.nameFi}: testiverkosto.`,
    descriptionSv: '',
    descriptionEn: '',
    howToJoinFi: 'Pyydä liittymistä.',
    howToJoinSv: '',
    howToJoinEn: '',
    meetingsFi: 'Kerran kuussa.',
    meetingsSv: '',
    meetingsEn: '',
  });
  for (const orgId of [options.coordinatorId, ...(options.members ?? [])]) await addNetworkMember(db, id, orgId);
  return id;
}
