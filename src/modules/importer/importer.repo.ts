import type { Database } from '../../platform/db/database.js';
import type { ContactInput } from '../directory/organization-graph.js';

export async function listMunicipalityNames(db: Database): Promise<{ code: string; name_fi: string; name_sv: string }[]> {
  return db.selectFrom('municipality').select(['code', 'name_fi', 'name_sv']).execute();
}

/** The organisation's own contacts (not those of its activities), as stored. */
export async function listOrganizationContacts(db: Database, organizationId: string): Promise<ContactInput[]> {
  return db
    .selectFrom('contact')
    .select(['id', 'name', 'title', 'email', 'phone'])
    .where('organization_id', '=', organizationId)
    .where('activity_id', 'is', null)
    .orderBy('id')
    .execute();
}

export async function listTaxonomies(db: Database): Promise<{ id: string; slug: string; name_fi: string; name_sv: string; name_en: string }[]> {
  return db.selectFrom('taxonomy').select(['id', 'slug', 'name_fi', 'name_sv', 'name_en']).execute();
}

export async function listTaxonomyTerms(db: Database): Promise<{ id: string; code: string; taxonomy_id: string; slug: string }[]> {
  return db
    .selectFrom('taxonomy_term')
    .innerJoin('taxonomy', 'taxonomy.id', 'taxonomy_term.taxonomy_id')
    .select(['taxonomy_term.id', 'taxonomy_term.code', 'taxonomy_term.taxonomy_id', 'taxonomy.slug'])
    .execute();
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

