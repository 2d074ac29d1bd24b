import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { isUuid } from '../../platform/ids.js';
import { findTaxonomy } from './hsds.repo.js';
import { toTaxonomy, type Json } from './to-hsds.js';

/** GET /taxonomies/{id}; null for unknown or malformed ids. */
export async function getTaxonomy({ db, id, lang }: { db: Database; id: string; lang: Lang }): Promise<Json | null> {
  if (!isUuid(id)) return null;
  const row = await findTaxonomy(db, id.toLowerCase());
  return row ? toTaxonomy(row, lang) : null;
}
