import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { isUuid } from '../../platform/ids.js';
import { findTerm } from './hsds.repo.js';
import { toTaxonomyTerm, type Json } from './to-hsds.js';

/** GET /taxonomy_terms/{id}. */
export async function getTaxonomyTerm({ db, id, lang }: { db: Database; id: string; lang: Lang }): Promise<Json> {
  if (!isUuid(id)) throw notFound('Taxonomy term');
  const row = await findTerm(db, id.toLowerCase());
  if (!row) throw notFound('Taxonomy term');
  return toTaxonomyTerm(row, lang);
}
