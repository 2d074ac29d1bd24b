import type { z } from 'zod';
import type {
  ActivityGraph,
  ContactInput,
  LocationInput,
  OrganizationGraph,
  OrganizationInput,
  ScheduleInput,
} from '../directory/organization-graph.js';
import type { RecordKind } from './detect-hsds-shape.js';
import {
  organizationRecordSchema,
  serviceRecordSchema,
  type HsdsContact,
  type HsdsLocation,
  type HsdsOrganization,
  type HsdsSchedule,
  type HsdsService,
} from './importer.schema.js';
import { isValidBusinessId } from '../directory/business-id.js';
import { toOrganizationKind } from '../directory/organization-kinds.js';

/**
 * Validates one HSDS record against the importer's schemas and this project's Finnish profile
 * (docs/hsds-profile.md) and maps it to an OrganizationGraph. Pure: the reference data comes in as `reference`.
 */

export interface Problem {
  /** JSONPath into the file, e.g. `$[12].services[0].service_areas[1].uri`. */
  path: string;
  reason: string;
}

export interface TermRef {
  id: string;
  code: string;
  taxonomyId: string;
  taxonomySlug: string;
}

export interface ImportReference {
  municipalityCodes: ReadonlySet<string>;
  /** Municipality codes by lower-cased Finnish and Swedish name (null when a name is ambiguous). */
  municipalityByName: ReadonlyMap<string, string | null>;
  terms: readonly TermRef[];
  /** Taxonomy ids by lower-cased id, slug and names (fi/sv/en), for a nested taxonomy_term's `taxonomy`. */
  taxonomyIds: ReadonlyMap<string, string>;
}

export interface MappedRecord {
  graph: OrganizationGraph;
  /**
   * parent_organization_id as given (resolved against the file and the database by the use case); undefined when a
   * nested organization does not carry the field (the stored parent is kept).
   */
  parentOrganizationId: string | null | undefined;
  /** A nested organization without `contacts`: the use case keeps the stored contacts of the organisation. */
  keepOrganizationContacts: boolean;
  warnings: Problem[];
}

export type MapResult = { ok: true; record: MappedRecord } | { ok: false; problems: Problem[]; warnings: Problem[] };

/** `http://uri.suomi.fi/codelist/jhs/kunta_1_YYYYMMDD/code/NNN`: any version of the kunta_1 code list (profile rule 1). */
export const KUNTA_URI = /^https?:\/\/uri\.suomi\.fi\/codelist\/jhs\/kunta_1_[0-9]+\/code\/([0-9]{3})$/;
const KUNTA_URI_START = /^https?:\/\/uri\.suomi\.fi\/codelist\/jhs\/kunta_1_/;

/** What the HSDS export writes into fees_description of a free activity that has none (fi, sv, en). */
const FREE_TEXTS = new Set(['maksuton', 'kostnadsfri', 'free of charge']);

const LANGUAGE_ALIASES: Record<string, string> = { fin: 'fi', swe: 'sv', eng: 'en', rus: 'ru', est: 'et', sme: 'se', ara: 'ar', som: 'so' };

const BYDAY = /^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$/;

class Collector {
  readonly problems: Problem[] = [];
  readonly warnings: Problem[] = [];
  problem(path: string, reason: string): void {
    this.problems.push({ path, reason });
  }
  warn(path: string, reason: string): void {
    this.warnings.push({ path, reason });
  }
}

const lower = (id: string): string => id.toLowerCase();
const blankToNull = (s: string | null | undefined): string | null => (s == null || s.trim() === '' ? null : s);

export function zodPath(base: string, path: readonly PropertyKey[]): string {
  return base + path.map((seg) => (typeof seg === 'number' ? `[${seg}]` : `.${String(seg)}`)).join('');
}

function zodProblems(base: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: zodPath(base, issue.path), reason: issue.message }));
}

class TermResolver {
  private readonly byId = new Map<string, TermRef>();
  private readonly byCode = new Map<string, TermRef[]>();
  constructor(private readonly reference: ImportReference) {
    for (const t of reference.terms) {
      this.byId.set(lower(t.id), t);
      const list = this.byCode.get(t.code) ?? [];
      list.push(t);
      this.byCode.set(t.code, list);
    }
  }
  byTermId(id: string): TermRef | undefined {
    return this.byId.get(lower(id));
  }
  byTermCode(code: string, taxonomy: string | null): TermRef[] {
    const candidates = this.byCode.get(code) ?? [];
    if (taxonomy === null) return candidates;
    const taxonomyId = this.reference.taxonomyIds.get(taxonomy.toLowerCase());
    return candidates.filter((t) => t.taxonomyId === taxonomyId);
  }
}

const resolvers = new WeakMap<ImportReference, TermResolver>();
function resolverFor(reference: ImportReference): TermResolver {
  let r = resolvers.get(reference);
  if (!r) {
    r = new TermResolver(reference);
    resolvers.set(reference, r);
  }
  return r;
}

/** HH:MM, HH:MM:SS, optionally with Z or an offset (dropped: times are read as Finnish local time) → HH:MM. */
function normaliseTime(value: string | null | undefined, path: string, c: Collector): string | null {
  if (value == null || value === '') return null;
  const m = /^(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?$/.exec(value);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) {
    c.problem(path, 'not a time of day (HH:MM)');
    return null;
  }
  return `${m[1]}:${m[2]}`;
}

function attendingType(value: string | null | undefined, path: string, c: Collector): ScheduleInput['attending_type'] {
  if (value == null || value.trim() === '') return null;
  const v = value.trim().toLowerCase().replace(/[\s-]+/g, '_');
  if (v === 'in_person' || v === 'inperson') return 'in_person';
  if (v === 'online' || v === 'remote' || v === 'video' || v === 'virtual') return 'online';
  if (v === 'phone' || v === 'telephone') return 'phone';
  c.warn(path, 'unknown attending_type (in_person, online or phone): left empty');
  return null;
}

function mapSchedule(s: HsdsSchedule, path: string, c: Collector): ScheduleInput {
  let byday: string | null = null;
  if (s.byday != null && s.byday.trim() !== '') {
    const parts = s.byday.toUpperCase().split(',').map((p) => p.trim());
    if (parts.every((p) => BYDAY.test(p))) byday = parts.join(',');
    else c.problem(`${path}.byday`, 'not a list of iCal weekdays (e.g. MO,WE or 2TU)');
  }
  return {
    id: lower(s.id),
    freq: s.freq ?? null,
    byday,
    opens_at: normaliseTime(s.opens_at, `${path}.opens_at`, c),
    closes_at: normaliseTime(s.closes_at, `${path}.closes_at`, c),
    description_fi: blankToNull(s.description),
    attending_type: attendingType(s.attending_type, `${path}.attending_type`, c),
  };
}

function mapContact(contact: HsdsContact): ContactInput {
  return {
    id: lower(contact.id),
    name: blankToNull(contact.name),
    title: blankToNull(contact.title),
    email: blankToNull(contact.email),
    phone: contact.phones?.[0]?.number ?? null,
  };
}

function municipalityFromUri(uri: string, path: string, reference: ImportReference, c: Collector): string | null {
  const m = KUNTA_URI.exec(uri.trim());
  if (!m) {
    c.problem(path, 'not a kunta_1 code list URI (http://uri.suomi.fi/codelist/jhs/kunta_1_YYYYMMDD/code/NNN)');
    return null;
  }
  if (!reference.municipalityCodes.has(m[1]!)) {
    c.problem(path, 'not a municipality code of the kunta_1 code list');
    return null;
  }
  return m[1]!;
}

type MappedLocation = { kind: 'place'; location: LocationInput } | { kind: 'virtual'; id: string };

/**
 * A location's municipality: from `external_identifier` when that is a kunta_1 URI, or a three-digit code with
 * `external_identifier_type` "kunta"; otherwise from the address's city matched against municipality names (Finnish
 * or Swedish, case-insensitive); otherwise none.
 */
function locationMunicipality(loc: HsdsLocation, city: string | null, path: string, reference: ImportReference, c: Collector): string | null {
  const ext = loc.external_identifier?.trim();
  if (ext) {
    const type = (loc.external_identifier_type ?? '').trim().toLowerCase();
    if (KUNTA_URI_START.test(ext)) return municipalityFromUri(ext, `${path}.external_identifier`, reference, c);
    if (type === 'kunta' || type === 'kuntakoodi' || type === 'municipality') {
      if (reference.municipalityCodes.has(ext)) return ext;
      c.problem(`${path}.external_identifier`, 'not a municipality code of the kunta_1 code list');
      return null;
    }
  }
  return city ? (reference.municipalityByName.get(city.trim().toLowerCase()) ?? null) : null;
}

function pickAddress(loc: HsdsLocation) {
  const addresses = loc.addresses ?? [];
  return (
    addresses.find((a) => a.address_type === (loc.location_type === 'postal' ? 'postal' : 'physical')) ??
    addresses.find((a) => a.address_type !== 'virtual') ??
    null
  );
}

/** A physical or postal location becomes a location row; a virtual one makes the service remote. */
function mapLocation(loc: HsdsLocation, path: string, fallbackName: string, reference: ImportReference, c: Collector): MappedLocation {
  const id = lower(loc.id);
  if (loc.location_type === 'virtual') return { kind: 'virtual', id };
  const address = pickAddress(loc);
  const accessibility = (loc.accessibility ?? [])
    .map((a) => [a.description, a.details].filter((s): s is string => !!s && s.trim() !== '').join(' '))
    .filter((s) => s !== '')
    .join('\n');
  return {
    kind: 'place',
    location: {
      id,
      name: blankToNull(loc.name)?.trim() ?? address?.address_1.trim() ?? fallbackName,
      description_fi: blankToNull(loc.description),
      street_address: address ? streetAddress(address) : null,
      postal_code: address?.postal_code.trim() ?? null,
      city: address?.city.trim() ?? null,
      municipality_code: locationMunicipality(loc, address?.city ?? null, path, reference, c),
      latitude: loc.latitude ?? null,
      longitude: loc.longitude ?? null,
      accessibility_fi: accessibility === '' ? null : accessibility,
    },
  };
}

function streetAddress(a: { address_1: string; address_2?: string | null }): string {
  return [a.address_1, a.address_2].filter((s): s is string => !!s && s.trim() !== '').map((s) => s.trim()).join(', ');
}

interface OrganizationPart {
  organization: OrganizationInput;
  parentOrganizationId: string | null | undefined;
  keepContacts: boolean;
  contacts: ContactInput[];
  /** Locations by id (physical rows and virtual markers); the postal location is the organisation's address instead. */
  locations: Map<string, MappedLocation>;
}

/**
 * The organization. As the record itself (shape a) it is complete: a field it leaves out is empty. Nested in a
 * service (shape b, `partial`) it may be abbreviated (the HSDS list-level organization): a field it leaves out keeps
 * its stored value, and so do its contacts and postal address. `legal_status` sets the kind only when given.
 */
function mapOrganization(org: HsdsOrganization, path: string, partial: boolean, reference: ImportReference, c: Collector): OrganizationPart {
  const name = org.name.trim();
  let businessId: string | null = null;
  (org.organization_identifiers ?? []).forEach((ident, i) => {
    const isBusinessId =
      ident.identifier_type.trim().toLowerCase() === 'y-tunnus' || (ident.identifier_scheme ?? '').trim().toUpperCase() === 'FI-PRO';
    if (!isBusinessId) return;
    const at = `${path}.organization_identifiers[${i}].identifier`;
    const value = ident.identifier.trim();
    if (!/^[0-9]{7}-[0-9]$/.test(value)) c.problem(at, 'not a Y-tunnus (seven digits, a hyphen and a check digit)');
    else if (!isValidBusinessId(value)) c.problem(at, 'the Y-tunnus check digit does not match');
    else if (businessId !== null && businessId !== value) c.problem(at, 'a second, different Y-tunnus');
    else businessId = value;
  });

  const locations = new Map<string, MappedLocation>();
  let postal: OrganizationInput | null = null;
  (org.locations ?? []).forEach((loc, i) => {
    const at = `${path}.locations[${i}]`;
    if (loc.location_type === 'postal') {
      const address = pickAddress(loc);
      if (postal !== null) c.warn(at, 'a second postal location is skipped (the first is the organization\'s address)');
      else if (!address) c.warn(at, 'a postal location without an address is skipped');
      else {
        postal = {
          id: '',
          name_fi: '',
          street_address: streetAddress(address),
          postal_code: address.postal_code.trim(),
          city: address.city.trim(),
          municipality_code: locationMunicipality(loc, address.city, at, reference, c),
        };
      }
      return;
    }
    const mapped = mapLocation(loc, at, name, reference, c);
    const id = mapped.kind === 'place' ? mapped.location.id : mapped.id;
    if (locations.has(id)) c.problem(`${at}.id`, 'the same location id appears twice');
    else locations.set(id, mapped);
  });

  const description = org.description.trim() === name ? '' : org.description; // the HSDS export sends the name for an empty description
  const organization: OrganizationInput = { id: lower(org.id), name_fi: name, description_fi: description, status: 'published' };
  const put = <K extends keyof OrganizationInput>(key: K, value: OrganizationInput[K], given: boolean) => {
    if (given || !partial) organization[key] = value;
  };
  put('alternate_name', blankToNull(org.alternate_name), org.alternate_name !== undefined);
  put('email', blankToNull(org.email), org.email !== undefined);
  put('website', blankToNull(org.website), org.website !== undefined);
  put('year_incorporated', org.year_incorporated ?? null, org.year_incorporated !== undefined);
  put('phone', org.phones?.[0]?.number.trim() ?? null, org.phones !== undefined);
  put('business_id', businessId, org.organization_identifiers !== undefined);
  const address: Partial<OrganizationInput> = postal ?? {};
  put('street_address', address.street_address ?? null, org.locations !== undefined);
  put('postal_code', address.postal_code ?? null, org.locations !== undefined);
  put('city', address.city ?? null, org.locations !== undefined);
  put('municipality_code', address.municipality_code ?? null, org.locations !== undefined);
  const legal = org.legal_status?.trim().toLowerCase();
  if (legal) organization.kind = toOrganizationKind(legal);

  return {
    organization,
    parentOrganizationId:
      org.parent_organization_id != null ? lower(org.parent_organization_id) : partial && org.parent_organization_id === undefined ? undefined : null,
    keepContacts: partial && org.contacts === undefined,
    contacts: (org.contacts ?? []).map(mapContact),
    locations,
  };
}

function mapService(
  svc: HsdsService,
  path: string,
  org: OrganizationPart,
  reference: ImportReference,
  c: Collector,
): ActivityGraph {
  const id = lower(svc.id);
  if (svc.organization_id && lower(svc.organization_id) !== org.organization.id) {
    c.problem(`${path}.organization_id`, 'differs from the id of the organization the service belongs to');
  }
  if (svc.minimum_age != null && svc.maximum_age != null && svc.minimum_age > svc.maximum_age) {
    c.problem(`${path}.maximum_age`, 'is below minimum_age');
  }

  // Service areas: municipalities (kunta_1 URIs) or nationwide (extent_type "text", extent "FI").
  const municipalityCodes: string[] = [];
  let nationwide = false;
  const areas = svc.service_areas ?? [];
  areas.forEach((area, i) => {
    const at = `${path}.service_areas[${i}]`;
    if (area.uri != null && area.uri.trim() !== '') {
      const code = municipalityFromUri(area.uri, `${at}.uri`, reference, c);
      if (code) municipalityCodes.push(code);
    } else if ((area.extent_type ?? '').trim().toLowerCase() === 'text' && (area.extent ?? '').trim().toUpperCase() === 'FI') {
      nationwide = true;
    } else {
      c.problem(at, 'neither a municipality (kunta_1 uri) nor nationwide (extent_type "text", extent "FI")');
    }
  });
  if (areas.length === 0) c.warn(`${path}.service_areas`, 'no service area: the activity cannot be found by area');

  // Taxonomy terms through attributes. An unknown term rejects the record (it would silently change where it is found).
  const resolver = resolverFor(reference);
  const termIds: string[] = [];
  (svc.attributes ?? []).forEach((attr, i) => {
    const at = `${path}.attributes[${i}]`;
    const nested = attr.taxonomy_term ?? null;
    if (attr.taxonomy_term_id) {
      if (nested?.id && lower(nested.id) !== lower(attr.taxonomy_term_id)) {
        c.problem(`${at}.taxonomy_term.id`, 'differs from taxonomy_term_id');
        return;
      }
      const term = resolver.byTermId(attr.taxonomy_term_id);
      if (term) termIds.push(term.id);
      else c.problem(`${at}.taxonomy_term_id`, 'not a taxonomy term of this directory');
      return;
    }
    if (!nested) return; // an attribute that is no taxonomy link: nothing to import
    if (nested.id) {
      const term = resolver.byTermId(nested.id);
      if (term) termIds.push(term.id);
      else c.problem(`${at}.taxonomy_term.id`, 'not a taxonomy term of this directory');
      return;
    }
    if (nested.code) {
      // The taxonomy: taxonomy_term.taxonomy_id, else taxonomy_term.taxonomy, else the attribute's link_type when
      // that names one of our taxonomies (link_type is free text in HSDS; the export writes the taxonomy slug there).
      const linkType = blankToNull(attr.link_type)?.trim().toLowerCase() ?? null;
      const taxonomy =
        nested.taxonomy_id ?? blankToNull(nested.taxonomy) ?? (linkType !== null && reference.taxonomyIds.has(linkType) ? linkType : null);
      if (taxonomy !== null && !reference.taxonomyIds.has(taxonomy.toLowerCase())) {
        c.problem(`${at}.taxonomy_term.${nested.taxonomy_id ? 'taxonomy_id' : 'taxonomy'}`, 'not a taxonomy of this directory');
        return;
      }
      const found = resolver.byTermCode(nested.code.trim(), taxonomy);
      if (found.length === 1) termIds.push(found[0]!.id);
      else if (found.length === 0) c.problem(`${at}.taxonomy_term.code`, 'not a taxonomy term code of this directory');
      else c.problem(`${at}.taxonomy_term.code`, 'the code belongs to several taxonomies: give taxonomy_id');
      return;
    }
    c.problem(`${at}.taxonomy_term`, 'needs an id or a code');
  });

  // Languages: ISO 639-1 codes (common ISO 639-3 codes are mapped to them). None given → Finnish.
  const languages: string[] = [];
  (svc.languages ?? []).forEach((lang, i) => {
    const code = lang.code?.trim().toLowerCase();
    if (!code) {
      c.warn(`${path}.languages[${i}]`, 'a language without a code is skipped');
      return;
    }
    if (!/^[a-z]{2,3}$/.test(code)) {
      c.problem(`${path}.languages[${i}].code`, 'not an ISO 639-1 or ISO 639-3 language code');
      return;
    }
    const normal = LANGUAGE_ALIASES[code] ?? code;
    if (!languages.includes(normal)) languages.push(normal);
  });

  // Places, schedules (the service's own and those of its service_at_locations).
  let remote = false;
  const places: ActivityGraph['places'] = [];
  const schedules = new Map<string, ScheduleInput>();
  const scheduleTexts: string[] = [];
  const addSchedules = (list: HsdsSchedule[] | null | undefined, at: string) =>
    (list ?? []).forEach((s, i) => {
      const mapped = mapSchedule(s, `${at}[${i}]`, c);
      const onlyText = !mapped.freq && !mapped.byday && !mapped.opens_at && !mapped.closes_at && !mapped.attending_type;
      if (onlyText) {
        // A schedule that is only a description is the activity's free-text schedule (schedule_fi).
        if (mapped.description_fi && !scheduleTexts.includes(mapped.description_fi)) scheduleTexts.push(mapped.description_fi);
      } else if (!schedules.has(mapped.id)) schedules.set(mapped.id, mapped);
    });
  addSchedules(svc.schedules, `${path}.schedules`);
  (svc.service_at_locations ?? []).forEach((sal, i) => {
    const at = `${path}.service_at_locations[${i}]`;
    addSchedules(sal.schedules, `${at}.schedules`);
    let location: MappedLocation | undefined;
    if (sal.location) {
      if (sal.location_id && lower(sal.location_id) !== lower(sal.location.id)) {
        c.problem(`${at}.location_id`, 'differs from the id of the nested location');
        return;
      }
      const mapped = mapLocation(sal.location, `${at}.location`, org.organization.name_fi, reference, c);
      const locId = mapped.kind === 'place' ? mapped.location.id : mapped.id;
      location = org.locations.get(locId) ?? mapped;
      if (!org.locations.has(locId)) org.locations.set(locId, mapped);
    } else if (sal.location_id) {
      location = org.locations.get(lower(sal.location_id));
      if (!location) {
        c.problem(`${at}.location_id`, 'refers to no location in this record (nest the location or list it in the organization)');
        return;
      }
    } else {
      c.problem(at, 'needs a location_id or a nested location');
      return;
    }
    if (location.kind === 'virtual') {
      remote = true;
      return;
    }
    const locationId = location.location.id;
    if (places.some((p) => p.locationId === locationId)) {
      c.warn(at, 'a second service_at_location for the same location is skipped');
      return;
    }
    if (places.some((p) => p.id === lower(sal.id))) {
      c.problem(`${at}.id`, 'the same service_at_location id appears twice');
      return;
    }
    places.push({ id: lower(sal.id), locationId });
  });
  // Remote has no HSDS 3.0 field. In Tarjotin a remote activity is available from anywhere in Finland, and the export
  // gives it the nationwide area; so only a service with the nationwide area can be remote: when it has an online or
  // phone schedule, a virtual location, or no municipality and no places at all. (Without the nationwide area an
  // online or phone schedule, e.g. phone hours for booking, does not make the service remote.)
  const onlineSchedule = [...schedules.values()].some((s) => s.attending_type === 'online' || s.attending_type === 'phone');
  const noPlaces = municipalityCodes.length === 0 && (svc.service_at_locations ?? []).length === 0;
  remote = nationwide && (remote || onlineSchedule || noPlaces);

  // Free of charge: a cost option with amount 0 and none with a price.
  const amounts = (svc.cost_options ?? []).map((o) => o.amount).filter((a): a is number => typeof a === 'number');
  const free = amounts.includes(0) && !amounts.some((a) => a > 0);
  const fees = blankToNull(svc.fees_description);
  return {
    activity: {
      id,
      name_fi: svc.name.trim(),
      description_fi: svc.description ?? '',
      url: blankToNull(svc.url),
      email: blankToNull(svc.email),
      phone: svc.phones?.[0]?.number ?? null,
      nationwide,
      remote,
      languages: languages.length > 0 ? languages : ['fi'],
      application_process_fi: blankToNull(svc.application_process),
      // The export writes "Maksuton" into an empty fees_description of a free activity; that is no description.
      fees_description_fi: free && fees !== null && FREE_TEXTS.has(fees.trim().toLowerCase()) ? null : fees,
      free_of_charge: free,
      schedule_fi: scheduleTexts.length > 0 ? scheduleTexts.join('\n') : null,
      minimum_age: svc.minimum_age ?? null,
      maximum_age: svc.maximum_age ?? null,
      last_checked: svc.assured_date ?? null,
      // Only an active service is public; inactive, defunct or temporarily closed ones are kept as archived, so a
      // service that closes at the source disappears from the public directory on the next import.
      status: svc.status === 'active' ? 'published' : 'archived',
    },
    municipalityCodes: [...new Set(municipalityCodes)],
    termIds: [...new Set(termIds)],
    places,
    schedules: [...schedules.values()],
    contacts: (svc.contacts ?? []).map(mapContact),
  };
}

function checkUniqueIds(ids: { id: string; path: string }[], what: string, c: Collector): void {
  const seen = new Set<string>();
  for (const { id, path } of ids) {
    if (seen.has(id)) c.problem(path, `the same ${what} id appears twice in the record`);
    seen.add(id);
  }
}

/** Validates and maps one record of the given kind. `path` is the record's JSONPath in the file. */
export function mapHsdsRecord({
  kind,
  value,
  path,
  reference,
}: {
  kind: RecordKind;
  value: unknown;
  path: string;
  reference: ImportReference;
}): MapResult {
  const c = new Collector();
  let org: HsdsOrganization;
  let services: { svc: HsdsService; path: string }[];
  let orgPath: string;
  if (kind === 'organization') {
    const parsed = organizationRecordSchema.safeParse(value);
    if (!parsed.success) return { ok: false, problems: zodProblems(path, parsed.error), warnings: [] };
    org = parsed.data;
    orgPath = path;
    services = (parsed.data.services ?? []).map((svc, i) => ({ svc, path: `${path}.services[${i}]` }));
  } else {
    const parsed = serviceRecordSchema.safeParse(value);
    if (!parsed.success) return { ok: false, problems: zodProblems(path, parsed.error), warnings: [] };
    org = parsed.data.organization;
    orgPath = `${path}.organization`;
    services = [{ svc: parsed.data, path }];
  }

  const orgPart = mapOrganization(org, orgPath, kind === 'service', reference, c);
  const activities = services.map(({ svc, path: at }) => mapService(svc, at, orgPart, reference, c));

  checkUniqueIds(services.map(({ svc, path: at }) => ({ id: lower(svc.id), path: `${at}.id` })), 'service', c);
  checkUniqueIds(
    [
      ...(org.contacts ?? []).map((x, i) => ({ id: lower(x.id), path: `${orgPath}.contacts[${i}].id` })),
      ...services.flatMap(({ svc, path: at }) => (svc.contacts ?? []).map((x, i) => ({ id: lower(x.id), path: `${at}.contacts[${i}].id` }))),
    ],
    'contact',
    c,
  );
  checkUniqueIds(
    services.flatMap(({ svc, path: at }) => (svc.service_at_locations ?? []).map((x, i) => ({ id: lower(x.id), path: `${at}.service_at_locations[${i}].id` }))),
    'service_at_location',
    c,
  );
  checkUniqueIds(
    services.flatMap(({ svc, path: at }) => [
      ...(svc.schedules ?? []).map((x, i) => ({ id: lower(x.id), path: `${at}.schedules[${i}].id`, owner: at })),
      ...(svc.service_at_locations ?? []).flatMap((sal, j) =>
        (sal.schedules ?? []).map((x, i) => ({ id: lower(x.id), path: `${at}.service_at_locations[${j}].schedules[${i}].id`, owner: at })),
      ),
    ])
      // a schedule listed both on the service and on its service_at_location is one schedule
      .filter((x, i, all) => all.findIndex((y) => y.id === x.id && y.owner === x.owner) === i),
    'schedule',
    c,
  );

  if (c.problems.length > 0) return { ok: false, problems: c.problems, warnings: c.warnings };
  const locations = [...orgPart.locations.values()].flatMap((l) => (l.kind === 'place' ? [l.location] : []));
  return {
    ok: true,
    record: {
      graph: { organization: orgPart.organization, contacts: orgPart.contacts, locations, activities },
      parentOrganizationId: orgPart.parentOrganizationId,
      keepOrganizationContacts: orgPart.keepContacts,
      warnings: c.warnings,
    },
  };
}
