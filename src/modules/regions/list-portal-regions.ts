import type { Database } from '../../platform/db/database.js';
import { collator, pick, type Lang } from '../../platform/i18n/i18n.js';
import { listRegionRows } from './regions.repo.js';

export interface PortalLink {
  slug: string;
  name: string;
}

/** The regions' portals for the nationwide front page ("Alueet"): those with municipalities, A–Ö in the language. */
export async function listPortalRegions({ db, lang }: { db: Database; lang: Lang }): Promise<PortalLink[]> {
  const rows = await listRegionRows(db);
  const compare = collator(lang).compare;
  return rows
    .filter((r) => r.municipalities > 0)
    .map((r) => ({ slug: r.id, name: pick(lang, r.nameFi, r.nameSv, r.nameEn) }))
    .sort((a, b) => compare(a.name, b.name));
}
