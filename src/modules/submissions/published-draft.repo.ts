import type { Database } from '../../platform/db/database.js';
import type { HowToJoin } from '../../platform/db/schema.js';
import type { OrganizationKind } from '../directory/organization-kinds.js';

/** SQL that reads the published directory rows of one organisation in the shape the draft needs (camelCase). */

export interface PublishedOrganization {
  id: string;
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
  businessId: string | null;
  kind: OrganizationKind;
  descriptionFi: string;
  descriptionSv: string | null;
  descriptionEn: string | null;
  plainSummaryFi: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  municipalityCode: string | null;
  contactRequestEmail: string | null;
  acceptsNewParticipants: boolean;
}

export async function findOrganizationRow(db: Database, organizationId: string): Promise<PublishedOrganization | null> {
  const r = await db
    .selectFrom('organization')
    .select([
      'id',
      'name_fi',
      'name_sv',
      'name_en',
      'business_id',
      'kind',
      'description_fi',
      'description_sv',
      'description_en',
      'plain_summary_fi',
      'website',
      'email',
      'phone',
      'street_address',
      'postal_code',
      'city',
      'municipality_code',
      'contact_request_email',
      'accepts_new_participants',
    ])
    .where('id', '=', organizationId)
    .executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    nameFi: r.name_fi,
    nameSv: r.name_sv,
    nameEn: r.name_en,
    businessId: r.business_id,
    kind: r.kind,
    descriptionFi: r.description_fi,
    descriptionSv: r.description_sv,
    descriptionEn: r.description_en,
    plainSummaryFi: r.plain_summary_fi,
    website: r.website,
    email: r.email,
    phone: r.phone,
    streetAddress: r.street_address,
    postalCode: r.postal_code,
    city: r.city,
    municipalityCode: r.municipality_code,
    contactRequestEmail: r.contact_request_email,
    acceptsNewParticipants: r.accepts_new_participants,
  };
}

export interface ContactRow {
  name: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
}

export async function listOrganizationOwnContacts(db: Database, organizationId: string): Promise<ContactRow[]> {
  return db
    .selectFrom('contact')
    .select(['name', 'title', 'email', 'phone'])
    .where('organization_id', '=', organizationId)
    .where('activity_id', 'is', null)
    .orderBy('id')
    .execute();
}

export interface PublishedActivity {
  id: string;
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
  descriptionFi: string;
  descriptionSv: string | null;
  descriptionEn: string | null;
  nationwide: boolean;
  remote: boolean;
  languages: string[];
  howToJoin: HowToJoin | null;
  applicationProcessFi: string | null;
  scheduleFi: string | null;
  freeOfCharge: boolean;
}

/** The organisation's activities that are not archived, by Finnish name. */
export async function listLiveActivities(db: Database, organizationId: string): Promise<PublishedActivity[]> {
  const rows = await db
    .selectFrom('activity')
    .select([
      'id',
      'name_fi',
      'name_sv',
      'name_en',
      'description_fi',
      'description_sv',
      'description_en',
      'nationwide',
      'remote',
      'languages',
      'how_to_join',
      'application_process_fi',
      'schedule_fi',
      'free_of_charge',
    ])
    .where('organization_id', '=', organizationId)
    .where('status', '!=', 'archived')
    .orderBy('name_fi')
    .orderBy('id')
    .execute();
  return rows.map((a) => ({
    id: a.id,
    nameFi: a.name_fi,
    nameSv: a.name_sv,
    nameEn: a.name_en,
    descriptionFi: a.description_fi,
    descriptionSv: a.description_sv,
    descriptionEn: a.description_en,
    nationwide: a.nationwide,
    remote: a.remote,
    languages: a.languages,
    howToJoin: a.how_to_join,
    applicationProcessFi: a.application_process_fi,
    scheduleFi: a.schedule_fi,
    freeOfCharge: a.free_of_charge,
  }));
}

export async function listActivityMunicipalityCodes(db: Database, activityIds: string[]): Promise<{ activityId: string; municipalityCode: string }[]> {
  if (activityIds.length === 0) return [];
  const rows = await db
    .selectFrom('activity_municipality')
    .select(['activity_id', 'municipality_code'])
    .where('activity_id', 'in', activityIds)
    .orderBy('municipality_code')
    .execute();
  return rows.map((r) => ({ activityId: r.activity_id, municipalityCode: r.municipality_code }));
}

/** The taxonomy terms of activities: `taxonomy` is the taxonomy's slug (need, support, target). */
export async function listActivityTermCodes(db: Database, activityIds: string[]): Promise<{ activityId: string; taxonomy: string; code: string }[]> {
  if (activityIds.length === 0) return [];
  const rows = await db
    .selectFrom('activity_term')
    .innerJoin('taxonomy_term', 'taxonomy_term.id', 'activity_term.term_id')
    .innerJoin('taxonomy', 'taxonomy.id', 'taxonomy_term.taxonomy_id')
    .select(['activity_term.activity_id', 'taxonomy.slug', 'taxonomy_term.code'])
    .where('activity_term.activity_id', 'in', activityIds)
    .orderBy('taxonomy_term.sort_order')
    .orderBy('taxonomy_term.code')
    .execute();
  return rows.map((r) => ({ activityId: r.activity_id, taxonomy: r.slug, code: r.code }));
}

export interface ActivityPlaceRow {
  activityId: string;
  name: string;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
}

export async function listActivityLocations(db: Database, activityIds: string[]): Promise<ActivityPlaceRow[]> {
  if (activityIds.length === 0) return [];
  const rows = await db
    .selectFrom('activity_location')
    .innerJoin('location', 'location.id', 'activity_location.location_id')
    .select(['activity_location.activity_id', 'location.name', 'location.street_address', 'location.postal_code', 'location.city'])
    .where('activity_location.activity_id', 'in', activityIds)
    .orderBy('location.name')
    .orderBy('activity_location.id')
    .execute();
  return rows.map((r) => ({ activityId: r.activity_id, name: r.name, streetAddress: r.street_address, postalCode: r.postal_code, city: r.city }));
}

export async function listActivityOwnContacts(db: Database, activityIds: string[]): Promise<(ContactRow & { activityId: string })[]> {
  if (activityIds.length === 0) return [];
  const rows = await db
    .selectFrom('contact')
    .select(['activity_id', 'name', 'email', 'phone'])
    .where('activity_id', 'in', activityIds)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ activityId: r.activity_id!, name: r.name, title: null, email: r.email, phone: r.phone }));
}
