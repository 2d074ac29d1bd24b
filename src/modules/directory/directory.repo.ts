import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type {
  ActivityDetails,
  Address,
  ContactPerson,
  MunicipalityRef,
  OrganizationDetails,
  OrganizationListItem,
  OrganizationRef,
  Place,
  ScheduleRow,
  Texts,
} from './directory.types.js';
import { hasPublicStatus, isPublicActivity, isPublicOrganization } from './visibility.js';

/**
 * Read side of the directory: SQL only. Every query here returns public rows only (visibility.ts: a published
 * organisation; a published activity of a published organisation). Rows are mapped to the camelCase shapes of
 * directory.types.ts at the edge (the `to…` mappers below); the use cases assemble them into pages.
 */

/** An organisation's own fields: its card without what is read separately (parent, branches, contacts, places, activities). */
export type OrganizationRecord = Omit<OrganizationDetails, 'parent' | 'branches' | 'contacts' | 'locations' | 'activities'> & {
  parentId: string | null;
};

/** An activity's own fields: its page without what is read separately (municipalities, terms, places, schedules, contacts). */
export type ActivityRecord = Omit<ActivityDetails, 'municipalities' | 'needs' | 'supports' | 'targets' | 'places' | 'schedules' | 'contacts'>;

/** A taxonomy term of an activity (`taxonomy`: the taxonomy's slug, need / support / target). */
export interface ActivityTerm {
  activityId: string;
  taxonomy: string;
  code: string;
  name: Texts;
}

// ---------- mappers: snake_case rows to camelCase objects ----------

function texts(fi: string, sv: string | null, en: string | null): Texts {
  return { fi, sv, en };
}

/** A municipality reference, or null when the code or its name is missing (a Swedish name falls back to the Finnish). */
function municipalityRef(code: string | null, nameFi: string | null, nameSv: string | null): MunicipalityRef | null {
  return code && nameFi ? { code, nameFi, nameSv: nameSv ?? nameFi } : null;
}

interface AddressColumns {
  street_address: string | null;
  postal_code: string | null;
  city: string | null;
  municipality_code: string | null;
  municipality_name_fi: string | null;
  municipality_name_sv: string | null;
}

function toAddress(r: AddressColumns): Address {
  return {
    street: r.street_address,
    postalCode: r.postal_code,
    city: r.city,
    municipality: municipalityRef(r.municipality_code, r.municipality_name_fi, r.municipality_name_sv),
  };
}

function toPlace(r: AddressColumns & { id: string; name: string; description_fi: string | null; accessibility_fi: string | null }): Place {
  return { id: r.id, name: r.name, descriptionFi: r.description_fi, address: toAddress(r), accessibilityFi: r.accessibility_fi };
}

function toContact(r: { id: string; name: string | null; title: string | null; email: string | null; phone: string | null }): ContactPerson {
  return { id: r.id, name: r.name, title: r.title, email: r.email, phone: r.phone };
}

// ---------- organisations ----------

const orgColumns = [
  'o.id',
  'o.name_fi',
  'o.name_sv',
  'o.name_en',
  'o.alternate_name',
  'o.business_id',
  'o.kind',
  'o.parent_id',
  'o.description_fi',
  'o.description_sv',
  'o.description_en',
  'o.plain_summary_fi',
  'o.website',
  'o.email',
  'o.phone',
  'o.street_address',
  'o.postal_code',
  'o.city',
  'o.municipality_code',
  'o.social_links',
  'o.accepts_new_participants',
  'o.contact_request_email',
  'o.year_incorporated',
  'o.last_checked',
  'm.name_fi as municipality_name_fi',
  'm.name_sv as municipality_name_sv',
] as const;

function organizationQuery(db: Database) {
  return db.selectFrom('organization as o').leftJoin('municipality as m', 'm.code', 'o.municipality_code').select(orgColumns);
}

type OrganizationRow = Awaited<ReturnType<ReturnType<typeof organizationQuery>['executeTakeFirstOrThrow']>>;

function toOrganization(r: OrganizationRow): OrganizationRecord {
  return {
    id: r.id,
    name: texts(r.name_fi, r.name_sv, r.name_en),
    alternateName: r.alternate_name,
    businessId: r.business_id,
    kind: r.kind,
    parentId: r.parent_id,
    description: texts(r.description_fi, r.description_sv, r.description_en),
    plainSummaryFi: r.plain_summary_fi,
    website: r.website,
    email: r.email,
    phone: r.phone,
    address: toAddress(r),
    socialLinks: Array.isArray(r.social_links) ? r.social_links.filter((l) => l && typeof l.url === 'string') : [],
    acceptsNewParticipants: r.accepts_new_participants,
    // Only whether there is an address: the address itself is never shown (requests are mailed to it).
    acceptsContactRequests: Boolean(r.contact_request_email?.trim()),
    yearIncorporated: r.year_incorporated,
    lastChecked: r.last_checked,
  };
}

/** One public organisation, or null. */
export async function findPublicOrganization(db: Database, id: string): Promise<OrganizationRecord | null> {
  const row = await organizationQuery(db).where('o.id', '=', id).where(isPublicOrganization('o')).executeTakeFirst();
  return row ? toOrganization(row) : null;
}

/** Names of public organisations by id (used for the parent organisation). */
export async function listPublicOrganizationNames(db: Database, ids: string[]): Promise<OrganizationRef[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('organization as o')
    .select(['o.id', 'o.name_fi', 'o.name_sv', 'o.name_en'])
    .where('o.id', 'in', ids)
    .where(isPublicOrganization('o'))
    .execute();
  return rows.map((r) => ({ id: r.id, name: texts(r.name_fi, r.name_sv, r.name_en) }));
}

/** Public organisations whose parent is the given one (local branches). */
export async function listPublicBranches(db: Database, parentId: string): Promise<(OrganizationRef & { city: string | null })[]> {
  const rows = await db
    .selectFrom('organization as o')
    .select(['o.id', 'o.name_fi', 'o.name_sv', 'o.name_en', 'o.city'])
    .where('o.parent_id', '=', parentId)
    .where(isPublicOrganization('o'))
    .execute();
  return rows.map((r) => ({ id: r.id, name: texts(r.name_fi, r.name_sv, r.name_en), city: r.city }));
}

/** The organisation's own contact persons (not those of its activities). */
export async function listOrganizationContacts(db: Database, organizationId: string): Promise<ContactPerson[]> {
  const rows = await db
    .selectFrom('contact')
    .select(['id', 'name', 'title', 'email', 'phone'])
    .where('organization_id', '=', organizationId)
    .where('activity_id', 'is', null)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(toContact);
}

const placeColumns = [
  'l.id',
  'l.name',
  'l.description_fi',
  'l.street_address',
  'l.postal_code',
  'l.city',
  'l.municipality_code',
  'l.accessibility_fi',
  'm.name_fi as municipality_name_fi',
  'm.name_sv as municipality_name_sv',
] as const;

export async function listOrganizationLocations(db: Database, organizationId: string): Promise<Place[]> {
  const rows = await db
    .selectFrom('location as l')
    .leftJoin('municipality as m', 'm.code', 'l.municipality_code')
    .select(placeColumns)
    .where('l.organization_id', '=', organizationId)
    .orderBy('l.name')
    .orderBy('l.id')
    .execute();
  return rows.map(toPlace);
}

// ---------- activities ----------

const activityColumns = [
  'a.id',
  'a.organization_id',
  'a.name_fi',
  'a.name_sv',
  'a.name_en',
  'a.description_fi',
  'a.description_sv',
  'a.description_en',
  'a.nationwide',
  'a.remote',
  'a.languages',
  'a.how_to_join',
  'a.application_process_fi',
  'a.fees_description_fi',
  'a.free_of_charge',
  'a.accessibility_fi',
  'a.schedule_fi',
  'a.url',
  'a.email',
  'a.phone',
  'a.minimum_age',
  'a.maximum_age',
  'a.last_checked',
] as const;

/** Public activities (of public organisations). */
function publicActivityQuery(db: Database) {
  return db
    .selectFrom('activity as a')
    .innerJoin('organization as o', 'o.id', 'a.organization_id')
    .select(activityColumns)
    .where(isPublicActivity('a', 'o'));
}

type ActivityRow = Awaited<ReturnType<ReturnType<typeof publicActivityQuery>['executeTakeFirstOrThrow']>>;

function toActivity(r: ActivityRow): ActivityRecord {
  return {
    id: r.id,
    organizationId: r.organization_id,
    name: texts(r.name_fi, r.name_sv, r.name_en),
    description: texts(r.description_fi, r.description_sv, r.description_en),
    nationwide: r.nationwide,
    remote: r.remote,
    languages: r.languages,
    howToJoin: r.how_to_join,
    applicationProcessFi: r.application_process_fi,
    feesDescriptionFi: r.fees_description_fi,
    freeOfCharge: r.free_of_charge,
    accessibilityFi: r.accessibility_fi,
    scheduleFi: r.schedule_fi,
    url: r.url,
    email: r.email,
    phone: r.phone,
    minimumAge: r.minimum_age,
    maximumAge: r.maximum_age,
    lastChecked: r.last_checked,
  };
}

/** Public activities of one organisation (none when the organisation is not public). */
export async function listPublicActivitiesOfOrganization(db: Database, organizationId: string): Promise<ActivityRecord[]> {
  const rows = await publicActivityQuery(db).where('a.organization_id', '=', organizationId).execute();
  return rows.map(toActivity);
}

/** One public activity, or null. */
export async function findPublicActivity(db: Database, id: string): Promise<ActivityRecord | null> {
  const row = await publicActivityQuery(db).where('a.id', '=', id).executeTakeFirst();
  return row ? toActivity(row) : null;
}

export async function listActivityMunicipalities(db: Database, activityIds: string[]): Promise<(MunicipalityRef & { activityId: string })[]> {
  if (activityIds.length === 0) return [];
  const rows = await db
    .selectFrom('activity_municipality as am')
    .innerJoin('municipality as m', 'm.code', 'am.municipality_code')
    .select(['am.activity_id', 'm.code', 'm.name_fi', 'm.name_sv'])
    .where('am.activity_id', 'in', activityIds)
    .execute();
  return rows.map((r) => ({ activityId: r.activity_id, code: r.code, nameFi: r.name_fi, nameSv: r.name_sv }));
}

/** Taxonomy terms of the activities, in taxonomy order. */
export async function listActivityTerms(db: Database, activityIds: string[]): Promise<ActivityTerm[]> {
  if (activityIds.length === 0) return [];
  const rows = await db
    .selectFrom('activity_term as at')
    .innerJoin('taxonomy_term as tt', 'tt.id', 'at.term_id')
    .innerJoin('taxonomy as tx', 'tx.id', 'tt.taxonomy_id')
    .select(['at.activity_id', 'tx.slug', 'tt.code', 'tt.name_fi', 'tt.name_sv', 'tt.name_en'])
    .where('at.activity_id', 'in', activityIds)
    .orderBy('tt.sort_order')
    .orderBy('tt.code')
    .execute();
  return rows.map((r) => ({ activityId: r.activity_id, taxonomy: r.slug, code: r.code, name: texts(r.name_fi, r.name_sv, r.name_en) }));
}

export async function listActivityPlaces(db: Database, activityIds: string[]): Promise<(Place & { activityId: string })[]> {
  if (activityIds.length === 0) return [];
  const rows = await db
    .selectFrom('activity_location as al')
    .innerJoin('location as l', 'l.id', 'al.location_id')
    .leftJoin('municipality as m', 'm.code', 'l.municipality_code')
    .select(['al.activity_id', ...placeColumns])
    .where('al.activity_id', 'in', activityIds)
    .orderBy('l.name')
    .orderBy('l.id')
    .execute();
  return rows.map((r) => ({ ...toPlace(r), activityId: r.activity_id }));
}

export async function listActivitySchedules(db: Database, activityIds: string[]): Promise<(ScheduleRow & { activityId: string })[]> {
  if (activityIds.length === 0) return [];
  const rows = await db
    .selectFrom('schedule')
    .select(['id', 'activity_id', 'freq', 'byday', 'opens_at', 'closes_at', 'description_fi', 'attending_type'])
    .where('activity_id', 'in', activityIds)
    .orderBy('freq')
    .orderBy('opens_at')
    .orderBy('id')
    .execute();
  return rows.map((s) => ({
    activityId: s.activity_id,
    id: s.id,
    freq: s.freq,
    byday: s.byday,
    opensAt: s.opens_at,
    closesAt: s.closes_at,
    descriptionFi: s.description_fi,
    attendingType: s.attending_type,
  }));
}

export async function listActivityContacts(db: Database, activityIds: string[]): Promise<(ContactPerson & { activityId: string })[]> {
  if (activityIds.length === 0) return [];
  const rows = await db
    .selectFrom('contact')
    .select(['id', 'activity_id', 'name', 'title', 'email', 'phone'])
    .where('activity_id', 'in', activityIds)
    .orderBy('name')
    .orderBy('id')
    .execute();
  // activity_id is never null here (the query asks for given activities).
  return rows.map((r) => ({ ...toContact(r), activityId: r.activity_id! }));
}

// ---------- the A–Ö list ----------

/**
 * Public organisations for the A–Ö list, unsorted. With a municipality code: those located there (own address or
 * one of their places) or having a public activity available there.
 */
export async function listPublicOrganizationsForIndex(db: Database, municipalityCode?: string): Promise<OrganizationListItem[]> {
  let q = db
    .selectFrom('organization as o')
    .leftJoin('municipality as m', 'm.code', 'o.municipality_code')
    .select(['o.id', 'o.name_fi', 'o.name_sv', 'o.name_en', 'o.kind', 'o.city', 'o.municipality_code', 'm.name_fi as municipality_name_fi', 'm.name_sv as municipality_name_sv'])
    .where(isPublicOrganization('o'));
  if (municipalityCode) {
    q = q.where((eb) =>
      eb.or([
        eb('o.municipality_code', '=', municipalityCode),
        eb.exists(
          eb
            .selectFrom('location as l')
            .select(sql`1`.as('one'))
            .whereRef('l.organization_id', '=', 'o.id')
            .where('l.municipality_code', '=', municipalityCode),
        ),
        eb.exists(
          eb
            .selectFrom('activity as a')
            .innerJoin('activity_municipality as am', 'am.activity_id', 'a.id')
            .select(sql`1`.as('one'))
            .whereRef('a.organization_id', '=', 'o.id')
            // the organisation `o` of the outer query is public already
            .where(hasPublicStatus('a'))
            .where('am.municipality_code', '=', municipalityCode),
        ),
      ]),
    );
  }
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    name: texts(r.name_fi, r.name_sv, r.name_en),
    kind: r.kind,
    city: r.city,
    municipality: municipalityRef(r.municipality_code, r.municipality_name_fi, r.municipality_name_sv),
  }));
}

/** Municipalities where some public organisation is located or has a public activity (for the filter), unsorted. */
export async function listMunicipalitiesWithOrganizations(db: Database): Promise<MunicipalityRef[]> {
  const rows = await db
    .selectFrom('municipality as m')
    .select(['m.code', 'm.name_fi', 'm.name_sv'])
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('organization as o')
            .select(sql`1`.as('one'))
            .whereRef('o.municipality_code', '=', 'm.code')
            .where(isPublicOrganization('o')),
        ),
        eb.exists(
          eb
            .selectFrom('location as l')
            .innerJoin('organization as o', 'o.id', 'l.organization_id')
            .select(sql`1`.as('one'))
            .whereRef('l.municipality_code', '=', 'm.code')
            .where(isPublicOrganization('o')),
        ),
        eb.exists(
          eb
            .selectFrom('activity_municipality as am')
            .innerJoin('activity as a', 'a.id', 'am.activity_id')
            .innerJoin('organization as o', 'o.id', 'a.organization_id')
            .select(sql`1`.as('one'))
            .whereRef('am.municipality_code', '=', 'm.code')
            .where(isPublicActivity('a', 'o')),
        ),
      ]),
    )
    .execute();
  return rows.map((r) => ({ code: r.code, nameFi: r.name_fi, nameSv: r.name_sv }));
}

export async function findMunicipality(db: Database, code: string): Promise<MunicipalityRef | null> {
  const row = await db.selectFrom('municipality').select(['code', 'name_fi', 'name_sv']).where('code', '=', code).executeTakeFirst();
  return row ? { code: row.code, nameFi: row.name_fi, nameSv: row.name_sv } : null;
}
