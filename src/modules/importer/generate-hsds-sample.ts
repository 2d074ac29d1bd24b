import { stableId } from '../../platform/ids.js';
import { businessIdCheckDigit } from '../directory/business-id.js';
import { TAXONOMIES } from '../reference/taxonomies.data.js';
import { taxonomyId, termId } from '../reference/load-reference-data.js';

/**
 * A deterministic, obviously fictional HSDS 3.0 data set that follows the Finnish profile: organizations with nested
 * services (shape a), convertible to services with a nested organization (shape b) or a page envelope (shape c).
 * Used by the importer's tests and for timing imports. No real people: contacts are roles, e-mail addresses are at
 * example.org and phone numbers are obviously fake.
 */

type Json = Record<string, unknown>;

const MUNICIPALITIES = ['297', '749', '686', '915', '402', '778', '091', '049', '179', '837', '564', '853'];
const PLACES = ['Esimerkkilä', 'Kuvitelmala', 'Mallikylä', 'Testilä', 'Harjoitusmäki', 'Kokeilula', 'Näytekumpu', 'Lumelahti'];
const KINDS = ['Omaisyhdistys', 'Mielenterveysseura', 'Eläkeläiset', 'Perheliitto', 'Nuorisoseura', 'Kriisikeskus', 'Ystäväpiiri', 'Muistiyhdistys'];
const ACTIVITIES = ['Vertaistukiryhmä', 'Keskusteluapu', 'Ystävätoiminta', 'Neuvontapiste', 'Liikuntaryhmä', 'Kurssi', 'Olohuone', 'Tukipuhelin'];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];

const need = TAXONOMIES.find((t) => t.slug === 'need')!.terms.map((t) => t.code);
const support = TAXONOMIES.find((t) => t.slug === 'support')!.terms.map((t) => t.code);
const target = TAXONOMIES.find((t) => t.slug === 'target')!.terms.map((t) => t.code);

/** A valid Y-tunnus made from a number (the check digit computed; numbers whose remainder is 1 move on). */
export function sampleBusinessId(n: number): string {
  for (let k = n; ; k++) {
    const digits = String(1000000 + (k % 8999999));
    const check = businessIdCheckDigit(digits);
    if (check !== null) return `${digits}-${check}`;
  }
}

export const kuntaUri = (code: string, version = '20240101') => `http://uri.suomi.fi/codelist/jhs/kunta_1_${version}/code/${code}`;

const id = (kind: string, key: string) => stableId(`hsds-sample-${kind}`, key);
const pad = (n: number) => String(n).padStart(3, '0');

function sampleService(o: number, s: number, orgId: string, orgName: string): Json {
  const key = `${o}-${s}`;
  const municipality = MUNICIPALITIES[(o + s) % MUNICIPALITIES.length]!;
  const nationwide = (o * 7 + s) % 9 === 0;
  const locationId = id('location', key);
  const kind = ACTIVITIES[(o + 3 * s) % ACTIVITIES.length]!;
  const attr = (slug: string, code: string, n: number): Json => ({
    id: id(`attribute-${n}`, key),
    taxonomy_term_id: termId(slug, code),
    link_entity: 'service',
  });
  const attributes: Json[] = [
    attr('need', need[(o + s) % need.length]!, 0),
    attr('support', support[(o * 3 + s) % support.length]!, 1),
    attr('target', target[(o + 2 * s) % target.length]!, 2),
  ];
  // Every fifth service names its kind of support by code inside a nested taxonomy_term (the other way the profile allows).
  if (s === 4) {
    const code = support[(o + 1) % support.length]!;
    attributes[1] = {
      id: id('attribute-1', key),
      taxonomy_term: { code, taxonomy_id: taxonomyId('support'), name: code, description: '' },
    };
  }
  const service: Json = {
    id: id('service', key),
    organization_id: orgId,
    name: `${kind} ${pad(o)}-${s}`,
    description: `${orgName} järjestää toimintaa: ${kind.toLowerCase()}, jossa voi jakaa kokemuksia ja saada tukea arjen tilanteisiin.`,
    url: `https://example.org/${pad(o)}/toiminta-${s}`,
    email: `toiminta-${s}@yhdistys-${pad(o)}.example.org`,
    status: 'active',
    fees_description: s % 3 === 0 ? 'Maksuton' : s % 3 === 1 ? '5 € / kerta' : undefined,
    cost_options: s % 3 === 0 ? [{ id: id('cost', key), option: 'Maksuton', amount: 0, currency: 'EUR' }] : undefined,
    minimum_age: s === 2 ? 18 : undefined,
    assured_date: `2026-0${1 + (o % 9)}-1${s}`,
    phones: [{ id: id('phone', key), number: `+358 40 0000 ${pad(o)}` }],
    languages: s % 2 === 0 ? [{ id: id('lang-fi', key), code: 'fi' }, { id: id('lang-sv', key), code: 'sv' }] : [{ id: id('lang-fi', key), code: 'fi' }],
    service_areas: nationwide
      ? [{ id: id('area', key), name: 'Koko Suomi', extent_type: 'text', extent: 'FI' }]
      : [
          { id: id('area', key), name: 'Kunta', uri: kuntaUri(municipality, s % 2 ? '20230101' : '20240101') },
          { id: id('area2', key), name: 'Kunta', uri: kuntaUri(MUNICIPALITIES[(o + s + 1) % MUNICIPALITIES.length]!) },
        ],
    schedules: [
      {
        id: id('schedule', key),
        freq: s % 2 ? 'MONTHLY' : 'WEEKLY',
        byday: s % 2 ? `${1 + (s % 3)}${DAYS[s % 5]}` : `${DAYS[o % 5]},${DAYS[(o + 2) % 5]}`,
        opens_at: '17:00',
        closes_at: '19:00',
        attending_type: nationwide ? 'online' : 'in_person',
        description: 'Kokoontuu säännöllisesti.',
      },
    ],
    service_at_locations: nationwide
      ? []
      : [
          {
            id: id('sal', key),
            service_id: id('service', key),
            location_id: locationId,
            location: {
              id: locationId,
              location_type: 'physical',
              name: `${PLACES[o % PLACES.length]}n kohtaamispaikka ${s}`,
              external_identifier: kuntaUri(municipality),
              external_identifier_type: 'kunta',
              addresses: [
                {
                  id: id('address', key),
                  location_id: locationId,
                  address_1: `Esimerkkikatu ${1 + s}`,
                  city: PLACES[o % PLACES.length],
                  state_province: '-',
                  postal_code: `70${pad(o).slice(1)}0`,
                  country: 'FI',
                  address_type: 'physical',
                },
              ],
            },
          },
        ],
    contacts: [{ id: id('contact', key), title: 'Toiminnan ohjaaja', email: `ohjaaja-${s}@yhdistys-${pad(o)}.example.org` }],
    attributes,
  };
  return JSON.parse(JSON.stringify(service)) as Json; // drops the undefined fields
}

/** `organizations` organisations with `servicesPerOrganization` services each, in shape (a). */
export function generateHsdsOrganizations({ organizations, servicesPerOrganization }: { organizations: number; servicesPerOrganization: number }): Json[] {
  const result: Json[] = [];
  for (let o = 0; o < organizations; o++) {
    const orgId = id('organization', String(o));
    const name = `${PLACES[o % PLACES.length]}n ${KINDS[(o * 5) % KINDS.length]} ${pad(o)} ry`;
    const org: Json = {
      id: orgId,
      name,
      description: `${name} on kuvitteellinen yhdistys, joka tukee jäseniään ja heidän läheisiään.`,
      email: `toimisto@yhdistys-${pad(o)}.example.org`,
      website: `https://example.org/yhdistys-${pad(o)}`,
      year_incorporated: 1950 + (o % 70),
      legal_status: o % 7 === 3 ? 'foundation' : 'association',
      organization_identifiers: [{ id: id('identifier', String(o)), identifier_type: 'Y-tunnus', identifier: sampleBusinessId(1000 + o * 37) }],
      phones: [{ id: id('org-phone', String(o)), number: `+358 40 0000 ${pad(o)}` }],
      contacts: [{ id: id('org-contact', String(o)), title: 'Toiminnanjohtaja', email: `johtaja@yhdistys-${pad(o)}.example.org` }],
      // The organisation's own postal address (profile: a location of type "postal"); every other one is in Kuopio.
      locations: [
        {
          id: id('postal', String(o)),
          location_type: 'postal',
          name,
          addresses: [
            {
              id: id('postal-address', String(o)),
              address_1: `Yhdistyksenkuja ${1 + (o % 20)}`,
              city: o % 2 === 0 ? 'Kuopio' : PLACES[o % PLACES.length],
              state_province: '-',
              postal_code: `70${pad(o).slice(1)}0`,
              country: 'FI',
              address_type: 'postal',
            },
          ],
        },
      ],
      services: Array.from({ length: servicesPerOrganization }, (_, s) => sampleService(o, s, orgId, name)),
    };
    // Every tenth organisation is a local branch of the first one in the file.
    if (o > 0 && o % 10 === 0) org.parent_organization_id = id('organization', '0');
    result.push(org);
  }
  return result;
}

/** Shape (b): every service with its organization nested (the organization without its services). */
export function toServiceRecords(organizations: Json[]): Json[] {
  return organizations.flatMap((org) => {
    const { services, ...rest } = org as Json & { services?: Json[] };
    return (services ?? []).map((svc) => ({ ...svc, organization: JSON.parse(JSON.stringify(rest)) as Json }));
  });
}

/** Shape (c): an HSDS page envelope around the given contents (one page holding everything). */
export function toPageEnvelope(contents: Json[]): Json {
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}
