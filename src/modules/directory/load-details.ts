import type { Database } from '../../platform/db/database.js';
import { collator, pick, type Lang } from '../../platform/i18n/i18n.js';
import {
  findPublishedOrganization,
  listActivityContacts,
  listActivityMunicipalities,
  listActivityPlaces,
  listActivitySchedules,
  listActivityTerms,
  listOrganizationContacts,
  listOrganizationLocations,
  listPublishedActivitiesOfOrganization,
  listPublishedBranches,
  listPublishedOrganizationNames,
} from './directory.repo.js';
import type { ActivityDetails, Address, MunicipalityRef, OrganizationDetails, Place, TermRef } from './directory.types.js';

/**
 * Shared by the directory's read use cases: turns repository rows into the page model. Not a use case itself.
 */

type ActivityRow = NonNullable<Awaited<ReturnType<typeof listPublishedActivitiesOfOrganization>>[number]>;

function municipalityRef(code: string | null, nameFi: string | null, nameSv: string | null): MunicipalityRef | null {
  return code && nameFi ? { code, nameFi, nameSv: nameSv ?? nameFi } : null;
}

function placeFrom(row: {
  id: string;
  name: string;
  description_fi: string | null;
  street_address: string | null;
  postal_code: string | null;
  city: string | null;
  municipality_code: string | null;
  accessibility_fi: string | null;
  municipality_name_fi: string | null;
  municipality_name_sv: string | null;
}): Place {
  return {
    id: row.id,
    name: row.name,
    descriptionFi: row.description_fi,
    address: {
      street: row.street_address,
      postalCode: row.postal_code,
      city: row.city,
      municipality: municipalityRef(row.municipality_code, row.municipality_name_fi, row.municipality_name_sv),
    },
    accessibilityFi: row.accessibility_fi,
  };
}

function groupBy<T extends { activity_id: string | null }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    if (!r.activity_id) continue;
    const list = map.get(r.activity_id) ?? [];
    list.push(r);
    map.set(r.activity_id, list);
  }
  return map;
}

/** Loads everything linked to the given activity rows and returns them sorted by name in the page language. */
export async function loadActivityDetails(db: Database, rows: ActivityRow[], lang: Lang): Promise<ActivityDetails[]> {
  const ids = rows.map((r) => r.id);
  const [municipalities, terms, places, schedules, contacts] = await Promise.all([
    listActivityMunicipalities(db, ids),
    listActivityTerms(db, ids),
    listActivityPlaces(db, ids),
    listActivitySchedules(db, ids),
    listActivityContacts(db, ids),
  ]);
  const byMunicipality = groupBy(municipalities);
  const byTerm = groupBy(terms);
  const byPlace = groupBy(places);
  const bySchedule = groupBy(schedules);
  const byContact = groupBy(contacts);
  const coll = collator(lang);
  const municipalityName = (m: MunicipalityRef) => (lang === 'sv' ? m.nameSv : m.nameFi);

  const details = rows.map((r): ActivityDetails => {
    const termsOf = (slug: string): TermRef[] =>
      (byTerm.get(r.id) ?? []).filter((t) => t.slug === slug).map((t) => ({ code: t.code, name: { fi: t.name_fi, sv: t.name_sv, en: t.name_en } }));
    return {
      id: r.id,
      organizationId: r.organization_id,
      name: { fi: r.name_fi, sv: r.name_sv, en: r.name_en },
      description: { fi: r.description_fi, sv: r.description_sv, en: r.description_en },
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
      municipalities: (byMunicipality.get(r.id) ?? [])
        .map((m) => ({ code: m.code, nameFi: m.name_fi, nameSv: m.name_sv }))
        .sort((a, b) => coll.compare(municipalityName(a), municipalityName(b))),
      needs: termsOf('need'),
      supports: termsOf('support'),
      targets: termsOf('target'),
      places: (byPlace.get(r.id) ?? []).map(placeFrom),
      schedules: (bySchedule.get(r.id) ?? []).map((s) => ({
        id: s.id,
        freq: s.freq,
        byday: s.byday,
        opensAt: s.opens_at,
        closesAt: s.closes_at,
        descriptionFi: s.description_fi,
        attendingType: s.attending_type,
      })),
      contacts: (byContact.get(r.id) ?? []).map((c) => ({ id: c.id, name: c.name, title: c.title, email: c.email, phone: c.phone })),
    };
  });
  return details.sort((a, b) => coll.compare(pick(lang, a.name.fi, a.name.sv, a.name.en), pick(lang, b.name.fi, b.name.sv, b.name.en)));
}

/**
 * One published organisation with everything the card and the "all details" view show, or null when there is no
 * published organisation with that id. The id must already be a valid UUID.
 */
export async function loadOrganizationDetails(db: Database, id: string, lang: Lang): Promise<OrganizationDetails | null> {
  const row = await findPublishedOrganization(db, id);
  if (!row) return null;
  const [parents, branches, contacts, locations, activityRows] = await Promise.all([
    row.parent_id ? listPublishedOrganizationNames(db, [row.parent_id]) : Promise.resolve([]),
    listPublishedBranches(db, id),
    listOrganizationContacts(db, id),
    listOrganizationLocations(db, id),
    listPublishedActivitiesOfOrganization(db, id),
  ]);
  const coll = collator(lang);
  const parent = parents[0];
  const address: Address = {
    street: row.street_address,
    postalCode: row.postal_code,
    city: row.city,
    municipality: municipalityRef(row.municipality_code, row.municipality_name_fi, row.municipality_name_sv),
  };
  return {
    id: row.id,
    name: { fi: row.name_fi, sv: row.name_sv, en: row.name_en },
    alternateName: row.alternate_name,
    businessId: row.business_id,
    kind: row.kind,
    parent: parent ? { id: parent.id, name: { fi: parent.name_fi, sv: parent.name_sv, en: parent.name_en } } : null,
    branches: branches
      .map((b) => ({ id: b.id, name: { fi: b.name_fi, sv: b.name_sv, en: b.name_en }, city: b.city }))
      .sort((a, b) => coll.compare(pick(lang, a.name.fi, a.name.sv, a.name.en), pick(lang, b.name.fi, b.name.sv, b.name.en))),
    description: { fi: row.description_fi, sv: row.description_sv, en: row.description_en },
    plainSummaryFi: row.plain_summary_fi,
    website: row.website,
    email: row.email,
    phone: row.phone,
    address,
    socialLinks: Array.isArray(row.social_links) ? row.social_links.filter((l) => l && typeof l.url === 'string') : [],
    acceptsNewParticipants: row.accepts_new_participants,
    yearIncorporated: row.year_incorporated,
    lastChecked: row.last_checked,
    contacts: contacts.map((c) => ({ id: c.id, name: c.name, title: c.title, email: c.email, phone: c.phone })),
    locations: locations.map(placeFrom),
    activities: await loadActivityDetails(db, activityRows, lang),
  };
}
