import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { isUuid } from '../../platform/ids.js';
import { findTaxonomy } from './hsds.repo.js';
import { toTaxonomy, type Json } from './to-hsds.js';

/** GET /taxonomies/{id}. */
export async function getTaxonomy({ db, id, lang }: { db: Database; id: string; lang: Lang }): Promise<Json> {
  if (!isUuid(id)) throw notFound('Taxonomy');
  const row = await findTaxonomy(db, id.toLowerCase());
  if (!row) throw notFound('Taxonomy');
  return toTaxonomy(row, lang);
}
