import type { Database } from '../../platform/db/database.js';
import type { ContactInput } from '../directory/organization-graph.js';

export async function listMunicipalityNames(db: Database): Promise<{ code: string; nameFi: string; nameSv: string }[]> {
  const rows = await db.selectFrom('municipality').select(['code', 'name_fi', 'name_sv']).execute();
  return rows.map((r) => ({ code: r.code, nameFi: r.name_fi, nameSv: r.name_sv }));
}

/** The organisation's own contacts (not those of its activities), as stored: in the shape of the graph written back. */
export async function listOrganizationContacts(db: Database, organizationId: string): Promise<ContactInput[]> {
  return db
    .selectFrom('contact')
    .select(['id', 'name', 'title', 'email', 'phone'])
    .where('organization_id', '=', organizationId)
    .where('activity_id', 'is', null)
    .orderBy('id')
    .execute();
}

export async function listTaxonomies(db: Database): Promise<{ id: string; slug: string; name: { fi: string; sv: string; en: string } }[]> {
  const rows = await db.selectFrom('taxonomy').select(['id', 'slug', 'name_fi', 'name_sv', 'name_en']).execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: { fi: r.name_fi, sv: r.name_sv, en: r.name_en } }));
}

export async function listTaxonomyTerms(db: Database): Promise<{ id: string; code: string; taxonomyId: string; taxonomySlug: string }[]> {
  const rows = await db
    .selectFrom('taxonomy_term')
    .innerJoin('taxonomy', 'taxonomy.id', 'taxonomy_term.taxonomy_id')
    .select(['taxonomy_term.id', 'taxonomy_term.code', 'taxonomy_term.taxonomy_id', 'taxonomy.slug'])
    .execute();
  return rows.map((r) => ({ id: r.id, code: r.code, taxonomyId: r.taxonomy_id, taxonomySlug: r.slug }));
}

/** Which of the given organisation ids exist. */
export async function listExistingOrganizationIds(db: Database, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('organization').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** Ids of every activity of the given organisations. */
export async function listActivityIdsOfOrganizations(db: Database, organizationIds: string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db.selectFrom('activity').select('id').where('organization_id', 'in', organizationIds).execute();
  return rows.map((r) => r.id);
}

