import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { collator, pick, type Lang } from '../../platform/i18n/i18n.js';
import { findRegionRow } from '../regions/regions.repo.js';
import { requireNetworkManager } from './networks.policy.js';
import { findNetworkRow, listCoordinatorChoiceRows, listNetworkMembers, listPublicOrganizationNames, type NetworkRow } from './networks.repo.js';

export interface NetworkFormData {
  slug: string;
  regionName: string;
  /** The network being edited; null for a new one. */
  network: NetworkRow | null;
  coordinators: { id: string; name: string }[];
  /** The current members (edit only): the form can remove them. */
  members: { id: string; name: string }[];
}

/**
 * What the network form shows: the region, the network (edit), the organisations that may coordinate (the region's,
 * and nationwide ones) and the members. Null when there is no such region or network. The region's administrators.
 */
export async function getNetworkForm({ db, actor, slug, id, lang }: { db: Database; actor: SessionUser | null; slug: string; id: string | null; lang: Lang }): Promise<NetworkFormData | null> {
  requireNetworkManager(actor, slug);
  const region = await findRegionRow(db, slug);
  if (!region) return null;
  const network = id === null ? null : await findNetworkRow(db, id);
  if (id !== null && (!network || network.regionId !== slug)) return null;
  const compare = collator(lang).compare;
  const choices = await listCoordinatorChoiceRows(db, slug);
  // The current coordinator stays a choice even when it is no longer active in the region.
  if (network && !choices.some((c) => c.id === network.coordinatorId)) choices.push(...(await listPublicOrganizationNames(db, [network.coordinatorId])));
  const members = network ? await listNetworkMembers(db, network.id) : [];
  const named = (o: { id: string; nameFi: string; nameSv: string | null; nameEn: string | null }) => ({ id: o.id, name: pick(lang, o.nameFi, o.nameSv, o.nameEn) });
  return {
    slug,
    regionName: pick(lang, region.nameFi, region.nameSv, region.nameEn),
    network,
    coordinators: choices.map(named).sort((a, b) => compare(a.name, b.name)),
    members: members.map(named).sort((a, b) => compare(a.name, b.name)),
  };
}
