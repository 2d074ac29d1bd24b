/**
 * An HSDS 3.0 file of N services at national scale, for the import benchmark: the search benchmark's directory
 * (bench/search/generate.ts: every municipality, organisations by population, realistic Finnish descriptions, terms,
 * places, schedules) written as HSDS shape (a), an array of organizations with their services nested, in the form
 * the importer reads (and /api/hsds writes: Y-tunnus identifiers, kunta_1 URIs, the nationwide area "FI").
 * Deterministic for the same N and seed. Written record by record, so the file never sits in memory.
 * Only published organisations are written (an export carries what is public); exactly N services in all.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { ActivityGraph, LocationInput, OrganizationGraph } from '../../src/modules/directory/organization-graph.js';
import { stableId } from '../../src/platform/ids.js';
import { generateNationalData } from '../search/generate.js';

type Json = Record<string, unknown>;

const KUNTA = 'http://uri.suomi.fi/codelist/jhs/kunta_1_20240101/code/';
const id = (kind: string, key: string) => stableId(`bench-import-${kind}`, key);

/** Drops null, undefined and empty-string fields (HSDS fields are typed: a string may not be null). */
function compact(o: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(o)) if (v !== null && v !== undefined && v !== '') out[k] = v;
  return out;
}

function location(l: LocationInput): Json {
  return compact({
    id: l.id,
    location_type: 'physical',
    name: l.name,
    description: l.description_fi,
    latitude: l.latitude,
    longitude: l.longitude,
    external_identifier: l.municipality_code ? `${KUNTA}${l.municipality_code}` : null,
    external_identifier_type: l.municipality_code ? 'kunta' : null,
    addresses: l.street_address && l.postal_code && l.city
      ? [{ id: id('address', l.id), location_id: l.id, address_1: l.street_address, postal_code: l.postal_code, city: l.city, country: 'FI', address_type: 'physical' }]
      : undefined,
    accessibility: l.accessibility_fi ? [{ id: id('accessibility', l.id), description: l.accessibility_fi }] : undefined,
  });
}

function service(orgId: string, a: ActivityGraph): Json {
  const s = a.activity;
  const key = s.id;
  const areas: Json[] = s.nationwide || s.remote
    ? [{ id: id('area-fi', key), name: 'Koko Suomi', extent_type: 'text', extent: 'FI' }]
    : a.municipalityCodes.map((code) => ({ id: id(`area-${code}`, key), name: 'Kunta', uri: `${KUNTA}${code}` }));
  return compact({
    id: s.id,
    organization_id: orgId,
    name: s.name_fi,
    description: s.description_fi,
    url: s.url,
    email: s.email,
    status: s.status === 'published' ? 'active' : 'inactive',
    application_process: s.application_process_fi,
    fees_description: s.fees_description_fi,
    minimum_age: s.minimum_age,
    maximum_age: s.maximum_age,
    assured_date: typeof s.last_checked === 'string' ? s.last_checked.slice(0, 10) : null,
    languages: (s.languages ?? ['fi']).map((code) => ({ id: id(`language-${code}`, key), code })),
    service_areas: areas,
    schedules: a.schedules.map((x) =>
      compact({ id: x.id, freq: x.freq, byday: x.byday, opens_at: x.opens_at, closes_at: x.closes_at, description: x.description_fi, attending_type: x.attending_type }),
    ),
    service_at_locations: a.places.map((p) => ({ id: p.id, service_id: s.id, location_id: p.locationId })),
    contacts: a.contacts.map((c) => compact({ id: c.id, name: c.name, title: c.title, email: c.email })),
    attributes: a.termIds.map((t, i) => ({ id: id(`attribute-${i}`, key), taxonomy_term_id: t, link_entity: 'service' })),
  });
}

/** One organisation graph as an HSDS organization with its services nested (shape a). */
export function toHsdsOrganization(g: OrganizationGraph, activities: ActivityGraph[] = g.activities): Json {
  const o = g.organization;
  return compact({
    id: o.id,
    name: o.name_fi,
    alternate_name: o.alternate_name,
    description: o.description_fi ?? '',
    email: o.email,
    website: o.website,
    year_incorporated: o.year_incorporated,
    legal_status: o.kind,
    organization_identifiers: o.business_id
      ? [{ id: id('identifier', o.id), organization_id: o.id, identifier_scheme: 'FI-PRO', identifier_type: 'Y-tunnus', identifier: o.business_id }]
      : [],
    phones: o.phone ? [{ id: id('phone', o.id), number: o.phone }] : undefined,
    contacts: g.contacts.map((c) =>
      compact({ id: c.id, name: c.name, title: c.title, email: c.email, phones: c.phone ? [{ id: id('contact-phone', c.id), number: c.phone }] : undefined }),
    ),
    locations: g.locations.map(location),
    services: activities.map((a) => service(o.id, a)),
  });
}

export interface GeneratedFile {
  organizations: number;
  services: number;
  bytes: number;
}

/** Writes an HSDS file of exactly `services` services (published organisations only) to `file`. */
export async function writeHsdsImportFile(file: string, services: number, seed = 'tarjotin-bench-import'): Promise<GeneratedFile> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  let written = 0;
  let organizations = 0;
  let bytes = 0;
  await write('[');
  // Drafts are not exported: generate a little more than asked and stop at exactly `services`.
  await generateNationalData({ activities: Math.ceil(services * 1.15) + 50, seed, batchSize: 500 }, async (graphs) => {
    for (const g of graphs) {
      if (written >= services || g.organization.status !== 'published') continue;
      const activities = g.activities.slice(0, services - written);
      if (activities.length === 0) continue;
      const text = `${organizations === 0 ? '\n' : ',\n'}${JSON.stringify(toHsdsOrganization(g, activities))}`;
      bytes += Buffer.byteLength(text);
      await write(text);
      organizations += 1;
      written += activities.length;
    }
  });
  await write('\n]\n');
  out.end();
  await once(out, 'finish');
  if (written < services) throw new Error(`generated only ${written} of ${services} services`);
  return { organizations, services: written, bytes: bytes + 4 };
}
