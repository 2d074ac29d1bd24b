import { stableId } from '../../platform/ids.js';
import { pick, translator, type Lang } from '../../platform/i18n/i18n.js';
import type { ActivityRow, ContactRow, LocationRow, OrganizationRow, ScheduleRow, TaxonomyRow, TermRow } from './hsds.repo.js';

/**
 * Maps database rows to Open Referral HSDS 3.0 objects following the Finnish profile (docs/hsds-profile.md).
 * HSDS fields are typed (a string may not be null), so empty values are left out rather than sent as null.
 */

export type Json = Record<string, unknown>;

export const MUNICIPALITY_URI_BASE = 'http://uri.suomi.fi/codelist/jhs/kunta_1_20240101/code/';
export const BUSINESS_ID_TYPE = 'Y-tunnus';
export const BUSINESS_ID_SCHEME = 'FI-PRO';

/** Drops keys whose value is null, undefined or an empty string. */
export function compact<T extends Json>(o: T): T {
  const out: Json = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === null || v === undefined || v === '') continue;
    out[k] = v;
  }
  return out as T;
}

/** An absolute http(s) URL in normalised form (punycode host, percent-encoded path), or undefined. */
export function absoluteUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(v) ? v : /^[\w-]+(\.[\w-]+)+(\/|$)/.test(v) ? `https://${v}` : undefined;
  if (!withScheme) return undefined;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/** A plain e-mail address, or undefined (a malformed one is left out rather than breaking the schema). */
export function emailAddress(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  return /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/.test(v)
    ? v
    : undefined;
}

function isoDate(value: string | Date | null | undefined): string | undefined {
  if (!value) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value.slice(0, 10);
}

function isoDateTime(value: Date | string | null | undefined): string | undefined {
  if (!value) return undefined;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

const languageNames = new Map<Lang, Intl.DisplayNames>();
function languageName(code: string, lang: Lang): string {
  let names = languageNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'language' });
    languageNames.set(lang, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

// ---------- page envelope ----------

export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

export function toPage<T>(contents: T[], total: number, page: number, perPage: number): HsdsPage<T> {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

// ---------- taxonomies ----------

export function toTaxonomy(t: TaxonomyRow, lang: Lang): Json {
  return compact({
    id: t.id,
    name: pick(lang, t.name_fi, t.name_sv, t.name_en),
    description: pick(lang, t.description_fi, t.description_sv, t.description_en) || pick(lang, t.name_fi, t.name_sv, t.name_en),
    uri: absoluteUrl(t.uri),
    version: t.version,
  });
}

export function toTaxonomyTerm(t: TermRow, lang: Lang): Json {
  const taxonomy: TaxonomyRow = {
    id: t.taxonomy_id,
    slug: t.taxonomy_slug,
    name_fi: t.taxonomy_name_fi,
    name_sv: t.taxonomy_name_sv,
    name_en: t.taxonomy_name_en,
    description_fi: t.taxonomy_description_fi,
    description_sv: t.taxonomy_description_sv,
    description_en: t.taxonomy_description_en,
    uri: t.taxonomy_uri,
    version: t.taxonomy_version,
  };
  const name = pick(lang, t.name_fi, t.name_sv, t.name_en);
  return compact({
    id: t.id,
    code: t.code,
    name,
    // HSDS requires a description; a term without one is described by its name.
    description: pick(lang, t.description_fi, t.description_sv, t.description_en) || name,
    parent_id: t.parent_id,
    taxonomy: t.taxonomy_slug,
    taxonomy_detail: toTaxonomy(taxonomy, lang),
    language: lang,
    taxonomy_id: t.taxonomy_id,
  });
}

/** One attribute per taxonomy term of a service (profile rule 4). */
export function toAttribute(serviceId: string, term: TermRow, lang: Lang): Json {
  return {
    id: stableId('hsds_attribute', `${serviceId}:${term.id}`),
    link_id: serviceId,
    link_type: term.taxonomy_slug,
    link_entity: 'service',
    taxonomy_term_id: term.id,
    taxonomy_term: toTaxonomyTerm(term, lang),
  };
}

// ---------- organisations ----------

export function toOrganizationBasic(o: OrganizationRow, lang: Lang): Json {
  return compact({
    id: o.id,
    name: pick(lang, o.name_fi, o.name_sv, o.name_en),
    alternate_name: o.alternate_name,
    description: pick(lang, o.description_fi, o.description_sv, o.description_en) || pick(lang, o.name_fi, o.name_sv, o.name_en),
    email: emailAddress(o.email),
    website: absoluteUrl(o.website),
    year_incorporated: o.year_incorporated ?? undefined,
    legal_status: o.kind,
    parent_organization_id: o.parent_id,
  });
}

export function toOrganizationIdentifiers(o: OrganizationRow): Json[] {
  if (!o.business_id) return [];
  return [
    {
      id: stableId('hsds_organization_identifier', o.id),
      organization_id: o.id,
      identifier_scheme: BUSINESS_ID_SCHEME,
      identifier_type: BUSINESS_ID_TYPE,
      identifier: o.business_id,
    },
  ];
}

function phone(id: string, number: string | null | undefined, link: Json): Json[] {
  const n = number?.trim();
  if (!n) return [];
  return [{ id, ...link, number: n }];
}

export function toContact(c: ContactRow): Json {
  return compact({
    id: c.id,
    organization_id: c.organization_id,
    service_id: c.activity_id,
    name: c.name,
    title: c.title,
    email: emailAddress(c.email),
    phones: phone(stableId('hsds_phone', `contact:${c.id}`), c.phone, { contact_id: c.id }),
  });
}

export function toLocationBasic(l: LocationRow, lang: Lang): Json {
  return compact({
    id: l.id,
    location_type: 'physical',
    organization_id: l.organization_id,
    name: l.name,
    description: l.description_fi,
    latitude: l.latitude ?? undefined,
    longitude: l.longitude ?? undefined,
  });
}

function address(id: string, locationId: string, type: 'physical' | 'postal', a: {
  street_address: string | null;
  postal_code: string | null;
  city: string | null;
  maakunta_fi: string | null;
  maakunta_sv: string | null;
}, lang: Lang): Json[] {
  if (!a.street_address || !a.postal_code || !a.city) return [];
  const region = lang === 'sv' ? (a.maakunta_sv ?? a.maakunta_fi) : a.maakunta_fi;
  return [
    {
      id,
      location_id: locationId,
      address_1: a.street_address,
      city: a.city,
      // HSDS requires state_province: the region (maakunta), or the city when the municipality is unknown.
      state_province: region ?? a.city,
      postal_code: a.postal_code,
      country: 'FI',
      address_type: type,
    },
  ];
}

export function toLocation(l: LocationRow, lang: Lang): Json {
  return compact({
    ...toLocationBasic(l, lang),
    addresses: address(stableId('hsds_address', l.id), l.id, 'physical', l, lang),
    accessibility: l.accessibility_fi ? [{ id: stableId('hsds_accessibility', l.id), location_id: l.id, description: l.accessibility_fi }] : undefined,
  });
}

/** The organisation's own postal address as a location of type "postal" (stable id). */
function postalLocation(o: OrganizationRow, lang: Lang): Json[] {
  const id = stableId('hsds_postal_location', o.id);
  const addresses = address(stableId('hsds_address', id), id, 'postal', o, lang);
  if (addresses.length === 0) return [];
  return [{ id, location_type: 'postal', organization_id: o.id, name: pick(lang, o.name_fi, o.name_sv, o.name_en), addresses }];
}

export function toOrganizationFull(
  o: OrganizationRow,
  parts: { contacts: ContactRow[]; locations: LocationRow[]; services?: Json[] },
  lang: Lang,
): Json {
  return compact({
    ...toOrganizationBasic(o, lang),
    organization_identifiers: toOrganizationIdentifiers(o),
    phones: phone(stableId('hsds_phone', `organization:${o.id}`), o.phone, { organization_id: o.id }),
    contacts: parts.contacts.map(toContact),
    locations: [...parts.locations.map((l) => toLocation(l, lang)), ...postalLocation(o, lang)],
    services: parts.services,
  });
}

/** The organisation nested inside a service: list-level fields plus identifiers and phone. */
export function toOrganizationNested(o: OrganizationRow, lang: Lang): Json {
  return compact({
    ...toOrganizationBasic(o, lang),
    organization_identifiers: toOrganizationIdentifiers(o),
    phones: phone(stableId('hsds_phone', `organization:${o.id}`), o.phone, { organization_id: o.id }),
  });
}

// ---------- services ----------

export interface ServiceParts {
  organization?: OrganizationRow;
  municipalities: { code: string; name_fi: string; name_sv: string }[];
  terms: TermRow[];
  schedules: ScheduleRow[];
  contacts: ContactRow[];
  places: (LocationRow & { place_id: string })[];
}

export function toServiceBasic(a: ActivityRow, organization: OrganizationRow | undefined, lang: Lang): Json {
  const t = translator(lang);
  return compact({
    id: a.id,
    organization_id: a.organization_id,
    name: pick(lang, a.name_fi, a.name_sv, a.name_en),
    description: pick(lang, a.description_fi, a.description_sv, a.description_en),
    url: absoluteUrl(a.url),
    email: emailAddress(a.email),
    status: 'active',
    application_process: a.application_process_fi,
    fees_description: a.fees_description_fi || (a.free_of_charge ? t('hsds.data.free') : undefined),
    minimum_age: a.minimum_age ?? undefined,
    maximum_age: a.maximum_age ?? undefined,
    assured_date: isoDate(a.last_checked),
    last_modified: isoDateTime(a.modified),
    organization: organization ? toOrganizationBasic(organization, lang) : undefined,
  });
}

export function toServiceAreas(a: ActivityRow, municipalities: ServiceParts['municipalities'], lang: Lang): Json[] {
  const t = translator(lang);
  const areas: Json[] = [];
  // Nationwide and remote activities are one thing to people ("etänä / koko Suomi"): both get the FI area.
  if (a.nationwide || a.remote) {
    areas.push({ id: stableId('hsds_service_area', `${a.id}:FI`), service_id: a.id, name: t('hsds.data.nationwide'), extent: 'FI', extent_type: 'text' });
  }
  for (const m of municipalities) {
    areas.push({
      id: stableId('hsds_service_area', `${a.id}:${m.code}`),
      service_id: a.id,
      name: lang === 'sv' ? m.name_sv || m.name_fi : m.name_fi,
      uri: `${MUNICIPALITY_URI_BASE}${m.code}`,
    });
  }
  return areas;
}

function toSchedule(s: ScheduleRow): Json {
  return compact({
    id: s.id,
    service_id: s.activity_id,
    freq: s.freq,
    byday: s.byday,
    opens_at: s.opens_at,
    closes_at: s.closes_at,
    description: s.description_fi,
    attending_type: s.attending_type,
  });
}

/** The fully nested service. `withPlaces: false` leaves out service_at_locations (inside a service_at_location). */
export function toServiceFull(a: ActivityRow, parts: ServiceParts, lang: Lang, options: { withPlaces?: boolean } = {}): Json {
  const t = translator(lang);
  const schedules = parts.schedules.map(toSchedule);
  if (a.schedule_fi) schedules.push({ id: stableId('hsds_schedule_text', a.id), service_id: a.id, description: a.schedule_fi });
  return compact({
    ...toServiceBasic(a, undefined, lang),
    organization: parts.organization ? toOrganizationNested(parts.organization, lang) : undefined,
    phones: phone(stableId('hsds_phone', `service:${a.id}`), a.phone, { service_id: a.id }),
    schedules,
    service_areas: toServiceAreas(a, parts.municipalities, lang),
    service_at_locations:
      options.withPlaces === false
        ? undefined
        : parts.places.map((p) => compact({ id: p.place_id, service_id: a.id, location_id: p.id, location: toLocation(p, lang) })),
    languages: a.languages.map((code) => ({ id: stableId('hsds_language', `${a.id}:${code}`), service_id: a.id, name: languageName(code, lang), code })),
    cost_options: a.free_of_charge
      ? [{ id: stableId('hsds_cost_option', a.id), service_id: a.id, option: t('hsds.data.free'), amount: 0, currency: 'EUR' }]
      : [],
    contacts: parts.contacts.map(toContact),
    attributes: parts.terms.map((term) => toAttribute(a.id, term, lang)),
  });
}

// ---------- service_at_location ----------

export function toServiceAtLocationBasic(placeId: string, a: ActivityRow, organization: OrganizationRow | undefined, location: LocationRow, lang: Lang): Json {
  return {
    id: placeId,
    service_id: a.id,
    location_id: location.id,
    service: toServiceBasic(a, organization, lang),
    location: toLocationBasic(location, lang),
  };
}

export function toServiceAtLocationFull(placeId: string, a: ActivityRow, parts: ServiceParts, location: LocationRow, lang: Lang): Json {
  return {
    id: placeId,
    service_id: a.id,
    location_id: location.id,
    service: toServiceFull(a, parts, lang, { withPlaces: false }),
    location: toLocation(location, lang),
  };
}
