import type { Status } from '../../platform/db/schema.js';
import { stableId } from '../../platform/ids.js';
import { normalizeBusinessId } from '../directory/business-id.js';
import type { ActivityGraph, ContactInput, LocationInput, OrganizationGraph } from '../directory/organization-graph.js';
import { listMunicipalities } from '../reference/municipalities.js';
import { termId } from '../reference/load-reference-data.js';
import { HOW_TO_JOIN, normalizeUrl, ORGANIZATION_KINDS } from './draft.schema.js';
import type { ActivityDraft, OrganizationDraft } from './draft.types.js';

/**
 * Turns a (valid) draft into the directory's write model, to be saved with saveOrganizationGraph on approval.
 * Child ids are derived from the organisation and activity ids, so saving the graph of the same draft twice
 * changes nothing. Columns the form does not carry (alternate name, parent, year, social links, activity fees,
 * accessibility, url, ages) are left out of the rows, so the upsert keeps what is stored. Structured schedule
 * rows are replaced by the draft's schedule text (activity.schedule_fi); an activity's places become the one
 * place of the form. Empty strings become null.
 */
export function graphFromDraft(
  draft: OrganizationDraft,
  options: { organizationId: string; status: Status; lastChecked: string | null },
): OrganizationGraph {
  const o = draft.organization;
  const orgId = options.organizationId;
  const kind = (ORGANIZATION_KINDS as readonly string[]).includes(o.kind) ? (o.kind as (typeof ORGANIZATION_KINDS)[number]) : 'other';

  const contacts: ContactInput[] = [];
  if (o.contactName.trim() || o.contactEmail.trim() || o.contactPhone.trim()) {
    contacts.push({
      id: stableId('draft-contact', `${orgId}:organization`),
      name: orNull(o.contactName),
      title: orNull(o.contactTitle),
      email: orNull(o.contactEmail.trim().toLowerCase()),
      phone: orNull(o.contactPhone),
    });
  }

  const locations: LocationInput[] = [];
  const activities = draft.activities.map((a) => activityGraph(a, orgId, options, locations));

  return {
    organization: {
      id: orgId,
      name_fi: o.nameFi.trim(),
      name_sv: orNull(o.nameSv),
      name_en: orNull(o.nameEn),
      business_id: o.businessId.trim() ? (normalizeBusinessId(o.businessId) ?? o.businessId.trim()) : null,
      kind,
      description_fi: o.descriptionFi.trim(),
      description_sv: orNull(o.descriptionSv),
      description_en: orNull(o.descriptionEn),
      plain_summary_fi: orNull(o.plainSummaryFi),
      website: o.website.trim() ? (normalizeUrl(o.website) ?? o.website.trim()) : null,
      email: orNull(o.email.trim().toLowerCase()),
      phone: orNull(o.phone),
      street_address: orNull(o.streetAddress),
      postal_code: orNull(o.postalCode),
      city: orNull(o.city),
      municipality_code: orNull(o.municipalityCode),
      contact_request_email: orNull(o.contactRequestEmail.trim().toLowerCase()),
      accepts_new_participants: o.acceptsNewParticipants,
      status: options.status,
      last_checked: options.lastChecked,
      archived_reason: null,
    },
    contacts,
    locations,
    activities,
  };
}

function activityGraph(
  a: ActivityDraft,
  orgId: string,
  options: { status: Status; lastChecked: string | null },
  locations: LocationInput[],
): ActivityGraph {
  const places: ActivityGraph['places'] = [];
  if (a.placeName.trim() || a.streetAddress.trim()) {
    const key = [a.placeName, a.streetAddress, a.postalCode, a.city].map((s) => s.trim().toLowerCase()).join('|');
    const locationId = stableId('draft-location', `${orgId}:${key}`);
    if (!locations.some((l) => l.id === locationId)) {
      locations.push({
        id: locationId,
        name: a.placeName.trim() || a.streetAddress.trim(),
        street_address: orNull(a.streetAddress),
        postal_code: orNull(a.postalCode),
        city: orNull(a.city),
        municipality_code: municipalityCodeOfCity(a.city),
      });
    }
    places.push({ id: stableId('draft-place', `${a.id}:${locationId}`), locationId });
  }
  const contacts: ContactInput[] = [];
  if (a.contactName.trim() || a.contactEmail.trim() || a.contactPhone.trim()) {
    contacts.push({
      id: stableId('draft-contact', `${a.id}:activity`),
      name: orNull(a.contactName),
      title: null,
      email: orNull(a.contactEmail.trim().toLowerCase()),
      phone: orNull(a.contactPhone),
    });
  }
  const howToJoin = (HOW_TO_JOIN as readonly string[]).includes(a.howToJoin) ? (a.howToJoin as (typeof HOW_TO_JOIN)[number]) : null;
  return {
    activity: {
      id: a.id,
      name_fi: a.nameFi.trim(),
      name_sv: orNull(a.nameSv),
      name_en: orNull(a.nameEn),
      description_fi: a.descriptionFi.trim(),
      description_sv: orNull(a.descriptionSv),
      description_en: orNull(a.descriptionEn),
      nationwide: a.nationwide,
      remote: a.remote,
      languages: unique(a.languages),
      how_to_join: howToJoin,
      application_process_fi: orNull(a.applicationProcessFi),
      free_of_charge: a.freeOfCharge,
      schedule_fi: orNull(a.scheduleFi),
      status: a.archived ? 'archived' : options.status,
      last_checked: options.lastChecked,
      archived_reason: a.archived ? a.archived.reason.trim() || null : null,
    },
    municipalityCodes: unique(a.municipalityCodes),
    termIds: [
      ...unique(a.needs).map((c) => termId('need', c)),
      ...unique(a.supports).map((c) => termId('support', c)),
      ...unique(a.targets).map((c) => termId('target', c)),
    ],
    places,
    schedules: [],
    contacts,
  };
}

function orNull(s: string): string | null {
  const t = s.trim();
  return t === '' ? null : t;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

let cityIndex: Map<string, string> | undefined;

/** The municipality code of a place's city when the city is a municipality's Finnish or Swedish name. */
function municipalityCodeOfCity(city: string): string | null {
  if (!cityIndex) {
    cityIndex = new Map();
    for (const m of listMunicipalities()) {
      cityIndex.set(m.nameFi.toLowerCase(), m.code);
      cityIndex.set(m.nameSv.toLowerCase(), m.code);
    }
  }
  return cityIndex.get(city.trim().toLowerCase()) ?? null;
}
