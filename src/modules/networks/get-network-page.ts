import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { findRegionRow } from '../regions/regions.repo.js';
import { localText, organizationLink, type LocalText, type OrganizationLink } from './network-texts.js';
import { canDecideJoinRequests, canManageNetworks } from './networks.policy.js';
import { findNetworkRow, listNetworkMembers, listOpenJoinRequests, listPublicOrganizationNames, membersOrAsking } from './networks.repo.js';

export interface NetworkPage {
  slug: string;
  regionName: string;
  id: string;
  name: LocalText;
  description: LocalText;
  howToJoin: LocalText;
  meetings: LocalText;
  coordinator: OrganizationLink | null;
  members: OrganizationLink[];
  /** The signed-in user's organisations that may ask to join (not members, no open request). */
  joinChoices: OrganizationLink[];
  /** The signed-in user's organisations whose request is waiting. */
  asking: OrganizationLink[];
  /** Open requests, when the user may decide them (coordinator's maintainer or the region's administrator); else null. */
  requests: { id: string; organization: OrganizationLink; message: string; createdAt: Date }[] | null;
  canEdit: boolean;
}

/**
 * A network's page: its texts, coordinator and members; for a signed-in maintainer their organisations that may ask
 * to join; for those who decide, the open requests. Null when there is no such network in the region.
 */
export async function getNetworkPage({ db, slug, id, lang, user }: { db: Database; slug: string; id: string; lang: Lang; user: SessionUser | null }): Promise<NetworkPage | null> {
  const [region, network] = await Promise.all([findRegionRow(db, slug), findNetworkRow(db, id)]);
  if (!region || !network || network.regionId !== slug) return null;
  const members = await listNetworkMembers(db, id);
  const [coordinator] = await listPublicOrganizationNames(db, [network.coordinatorId]);
  const maintained = (user?.roles ?? []).filter((r) => r.role === 'maintainer' && r.scopeId).map((r) => r.scopeId!);
  const own = await listPublicOrganizationNames(db, maintained);
  const { members: ownMembers, asking } = await membersOrAsking(db, id, own.map((o) => o.id));
  const mayDecide = await canDecideJoinRequests(db, user, network);
  const requests = mayDecide ? await listOpenJoinRequests(db, id) : null;
  return {
    slug,
    regionName: pick(lang, region.nameFi, region.nameSv, region.nameEn),
    id,
    name: localText(lang, network.nameFi, network.nameSv, network.nameEn),
    description: localText(lang, network.descriptionFi, network.descriptionSv, network.descriptionEn),
    howToJoin: localText(lang, network.howToJoinFi, network.howToJoinSv, network.howToJoinEn),
    meetings: localText(lang, network.meetingsFi, network.meetingsSv, network.meetingsEn),
    coordinator: coordinator ? organizationLink(lang, coordinator) : null,
    members: members.map((m) => organizationLink(lang, m)),
    joinChoices: own.filter((o) => !ownMembers.includes(o.id) && !asking.includes(o.id)).map((o) => organizationLink(lang, o)),
    asking: own.filter((o) => asking.includes(o.id)).map((o) => organizationLink(lang, o)),
    requests: requests ? requests.map((r) => ({ id: r.id, organization: organizationLink(lang, r.organization), message: r.message, createdAt: r.createdAt })) : null,
    canEdit: canManageNetworks(user, slug),
  };
}
