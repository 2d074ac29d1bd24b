import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { isUuid } from '../../platform/ids.js';
import { localText, type LocalText } from './network-texts.js';
import { listNetworksOfOrganization } from './networks.repo.js';

/** The cooperation networks an organisation is a member of, for its card ("Yhteistyöverkostot"): path and name. */
export async function listOrganizationNetworks({ db, organizationId, lang }: { db: Database; organizationId: string; lang: Lang }): Promise<{ path: string; name: LocalText }[]> {
  if (!isUuid(organizationId)) return [];
  const rows = await listNetworksOfOrganization(db, organizationId.toLowerCase());
  return rows.map((n) => ({ path: `/regions/${n.regionId}/networks/${n.id}`, name: localText(lang, n.nameFi, n.nameSv, n.nameEn) }));
}
