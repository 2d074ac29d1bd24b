import type { Database } from '../../platform/db/database.js';
import { listTerms } from './hsds.repo.js';
import type { TaxonomyTermListQuery } from './hsds.schema.js';
import { toPage, toTaxonomyTerm, type HsdsPage, type Json } from './to-hsds.js';

/** GET /taxonomy_terms. */
export async function listTaxonomyTerms({ db, query }: { db: Database; query: TaxonomyTermListQuery }): Promise<HsdsPage<Json>> {
  const { page, per_page: perPage, lang } = query;
  const { total, rows } = await listTerms(db, {
    search: query.search?.trim() || undefined,
    taxonomyId: query.taxonomy_id,
    parentId: query.parent_id,
    topOnly: query.top_only,
    offset: (page - 1) * perPage,
    limit: perPage,
  });
  return toPage(rows.map((t) => toTaxonomyTerm(t, lang)), total, page, perPage);
}
