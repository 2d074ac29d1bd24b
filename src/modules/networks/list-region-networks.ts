import type { Database } from '../../platform/db/database.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { findRegionRow } from '../regions/regions.repo.js';
import { localText, organizationLink, type LocalText, type OrganizationLink } from './network-texts.js';
import { listRegionNetworkRows } from './networks.repo.js';

export interface RegionNetworksPage {
  slug: string;
  regionName: string;
  networks: { id: string; name: LocalText; description: LocalText; coordinator: OrganizationLink; members: number }[];
}

/** "Yhteistyöverkostot" of a region's portal: its networks A–Ö with coordinator and size. Null when there is no such region. */
export async function listRegionNetworks({ db, slug, lang }: { db: Database; slug: string; lang: Lang }): Promise<RegionNetworksPage | null> {
  const region = await findRegionRow(db, slug);
  if (!region) return null;
  const rows = await listRegionNetworkRows(db, slug);
  return {
    slug,
    regionName: pick(lang, region.nameFi, region.nameSv, region.nameEn),
    networks: rows.map((n) => ({
      id: n.id,
      name: localText(lang, n.nameFi, n.nameSv, n.nameEn),
      description: localText(lang, n.descriptionFi, n.descriptionSv, n.descriptionEn),
      coordinator: organizationLink(lang, n.coordinator),
      members: n.members,
    })),
  };
}
