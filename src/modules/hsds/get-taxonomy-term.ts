import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { isUuid } from '../../platform/ids.js';
import { findTerm } from './hsds.repo.js';
import { toTaxonomyTerm, type Json } from './to-hsds.js';

/** GET /taxonomy_terms/{id}; null for unknown or malformed ids. */
export async function getTaxonomyTerm({ db, id, lang }: { db: Database; id: string; lang: Lang }): Promise<Json | null> {
  if (!isUuid(id)) return null;
  const row = await findTerm(db, id.toLowerCase());
  return row ? toTaxonomyTerm(row, lang) : null;
}
