import type { Database } from '../../platform/db/database.js';

/** SQL that reads the published directory rows of one organisation in the shape the draft needs. */

export async function findOrganizationRow(db: Database, organizationId: string) {
  return db.selectFrom('organization').selectAll().where('id', '=', organizationId).executeTakeFirst();
}

export async function listOrganizationOwnContacts(db: Database, organizationId: string) {
  return db
    .selectFrom('contact')
    .select(['id', 'name', 'title', 'email', 'phone'])
    .where('organization_id', '=', organizationId)
    .where('activity_id', 'is', null)
    .orderBy('id')
    .execute();
}

/** The organisation's activities that are not archived, by Finnish name. */
export async function listLiveActivities(db: Database, organizationId: string) {
  return db
    .selectFrom('activity')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('status', '!=', 'archived')
    .orderBy('name_fi')
    .orderBy('id')
    .execute();
}

export async function listActivityMunicipalityCodes(db: Database, activityIds: string[]) {
  if (activityIds.length === 0) return [];
  return db
    .selectFrom('activity_municipality')
    .select(['activity_id', 'municipality_code'])
    .where('activity_id', 'in', activityIds)
    .orderBy('municipality_code')
    .execute();
}

export async function listActivityTermCodes(db: Database, activityIds: string[]) {
  if (activityIds.length === 0) return [];
  return db
    .selectFrom('activity_term')
    .innerJoin('taxonomy_term', 'taxonomy_term.id', 'activity_term.term_id')
    .innerJoin('taxonomy', 'taxonomy.id', 'taxonomy_term.taxonomy_id')
    .select(['activity_term.activity_id', 'taxonomy.slug', 'taxonomy_term.code'])
    .where('activity_term.activity_id', 'in', activityIds)
    .orderBy('taxonomy_term.sort_order')
    .orderBy('taxonomy_term.code')
    .execute();
}

export async function listActivityLocations(db: Database, activityIds: string[]) {
  if (activityIds.length === 0) return [];
  return db
    .selectFrom('activity_location')
    .innerJoin('location', 'location.id', 'activity_location.location_id')
    .select(['activity_location.activity_id', 'location.name', 'location.street_address', 'location.postal_code', 'location.city'])
    .where('activity_location.activity_id', 'in', activityIds)
    .orderBy('location.name')
    .orderBy('activity_location.id')
    .execute();
}

export async function listActivityOwnContacts(db: Database, activityIds: string[]) {
  if (activityIds.length === 0) return [];
  return db
    .selectFrom('contact')
    .select(['activity_id', 'name', 'email', 'phone'])
    .where('activity_id', 'in', activityIds)
    .orderBy('id')
    .execute();
}
