import type { Database } from '../../platform/db/database.js';
import { listTaxonomies as listTaxonomyRows } from './hsds.repo.js';
import type { TaxonomyListQuery } from './hsds.schema.js';
import { toPage, toTaxonomy, type HsdsPage, type Json } from './to-hsds.js';

/** GET /taxonomies. */
export async function listTaxonomies({ db, query }: { db: Database; query: TaxonomyListQuery }): Promise<HsdsPage<Json>> {
  const { page, per_page: perPage, lang } = query;
  const { total, rows } = await listTaxonomyRows(db, { search: query.search?.trim() || undefined, offset: (page - 1) * perPage, limit: perPage });
  return toPage(rows.map((t) => toTaxonomy(t, lang)), total, page, perPage);
}
