import type { Database } from '../../platform/db/database.js';
import { listOrganizations as listOrganizationRows } from './hsds.repo.js';
import type { OrganizationListQuery } from './hsds.schema.js';
import { loadOrganizationParts } from './load-organization-parts.js';
import { toOrganizationBasic, toOrganizationFull, toPage, type HsdsPage, type Json } from './to-hsds.js';

/** GET /organizations: a page of organisations (list-level, or fully nested with full=true). */
export async function listOrganizations({ db, query }: { db: Database; query: OrganizationListQuery }): Promise<HsdsPage<Json>> {
  const { page, per_page: perPage, lang } = query;
  const { total, rows } = await listOrganizationRows(db, {
    lang,
    search: query.search?.trim() || undefined,
    modifiedAfter: query.modified_after,
    offset: (page - 1) * perPage,
    limit: perPage,
  });
  if (!query.full) return toPage(rows.map((o) => toOrganizationBasic(o, lang)), total, page, perPage);
  const parts = await loadOrganizationParts({ db, organizations: rows, fullServices: query.full_service ?? false, lang });
  return toPage(
    rows.map((o) => toOrganizationFull(o, parts.get(o.id)!, lang)),
    total,
    page,
    perPage,
  );
}
