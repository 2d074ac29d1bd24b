import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Service } from '../../boot.js';
import { stableId } from '../../platform/ids.js';
import { createTestService } from '../../../tests/support/test-app.js';
import { emptyCounts, type OrganizationGraph } from '../directory/organization-graph.js';
import { saveOrganizationGraph } from '../directory/save-organization-graph.js';
import { taxonomyId, termId } from '../reference/load-reference-data.js';
import { rebuildSearchIndex } from '../search/rebuild-search-index.js';
import { loadHsdsValidators, type HsdsValidators } from './hsds-test-validator.js';
import { buildOpenApi, pageSchema } from './openapi.js';

const id = (key: string) => stableId('hsds-test', key);

const ORG = id('org-omaiset');
const ORG_CHILD = id('org-child');
const ORG_DRAFT = id('org-draft');
const ORG_ARCHIVED = id('org-archived');
const LOC_KUOPIO = id('loc-kuopio');
const LOC_VAASA = id('loc-vaasa');
const ACT_LOCAL = id('act-local');
const ACT_NATIONWIDE = id('act-nationwide');
const ACT_SWEDISH = id('act-swedish');
const ACT_ONLINE = id('act-online');
const ACT_DRAFT = id('act-draft');
const ACT_ARCHIVED = id('act-archived');
const ACT_OF_DRAFT_ORG = id('act-of-draft-org');
const ACT_OF_CHILD = id('act-of-child');
const SAL_LOCAL = id('sal-local');
const SAL_SWEDISH = id('sal-swedish');
const SAL_DRAFT = id('sal-draft');

function fixture(): OrganizationGraph[] {
  return [
    {
      organization: {
        id: ORG,
        name_fi: 'Esimerkkilän Omaiset ry',
        name_sv: 'Exempelby Anhöriga rf',
        name_en: 'Exampleton Carers Association',
        business_id: '1234567-8',
        kind: 'association',
        description_fi: 'Tukea omaisille ja läheisille Pohjois-Savossa ja Pohjanmaalla.',
        description_sv: 'Stöd för anhöriga och närstående.',
        website: 'www.example.org/omaiset',
        email: 'toimisto@example.org',
        phone: '+358 40 0000 123',
        street_address: 'Esimerkkikatu 1',
        postal_code: '70100',
        city: 'Kuopio',
        municipality_code: '297',
        year_incorporated: 1998,
        status: 'published',
        last_checked: '2026-10-01',
        social_links: [],
      },
      contacts: [{ id: id('contact-org'), name: 'Toiminnanjohtaja', title: 'Toiminnanjohtaja', email: 'johtaja@example.org', phone: '+358 40 0000 124' }],
      locations: [
        {
          id: LOC_KUOPIO,
          name: 'Omaisten olohuone',
          description_fi: 'Katutason toimitila keskustassa.',
          street_address: 'Esimerkkikatu 1',
          postal_code: '70100',
          city: 'Kuopio',
          municipality_code: '297',
          latitude: 62.8924,
          longitude: 27.677,
          accessibility_fi: 'Esteetön sisäänkäynti pihan puolelta.',
        },
        { id: LOC_VAASA, name: 'Mötesplatsen', street_address: 'Exempelgatan 2', postal_code: '65100', city: 'Vaasa', municipality_code: '905' },
      ],
      activities: [
        {
          activity: {
            id: ACT_LOCAL,
            name_fi: 'Omaishoitajien vertaisryhmä',
            name_sv: 'Kamratgrupp för närståendevårdare',
            description_fi: 'Kokoonnumme kerran kuussa jakamaan kokemuksia.',
            languages: ['fi', 'sv'],
            how_to_join: 'drop_in',
            free_of_charge: true,
            email: 'ryhma@example.org',
            phone: '+358 40 0000 125',
            minimum_age: 18,
            status: 'published',
            last_checked: '2026-09-15',
          },
          municipalityCodes: ['297', '749'],
          termIds: [termId('need', 'omaishoito'), termId('support', 'vertaistuki'), termId('target', 'omaiset')],
          places: [{ id: SAL_LOCAL, locationId: LOC_KUOPIO }],
          schedules: [{ id: id('sch-local'), freq: 'MONTHLY', byday: '1TU', opens_at: '17:00', closes_at: '19:00', attending_type: 'in_person' }],
          contacts: [{ id: id('contact-local'), name: 'Ryhmän vetäjä', email: 'vetaja@example.org', phone: '+358 40 0000 126' }],
        },
        {
          activity: {
            id: ACT_NATIONWIDE,
            name_fi: 'Omaisten tukipuhelin',
            name_sv: 'Stödtelefon för anhöriga',
            name_en: 'Helpline for family carers',
            description_fi: 'Valtakunnallinen tukipuhelin omaisille.',
            description_sv: 'Riksomfattande stödtelefon för anhöriga.',
            nationwide: true,
            remote: true,
            languages: ['fi', 'sv', 'en'],
            free_of_charge: true,
            schedule_fi: 'Arkisin klo 10–14',
            url: 'https://example.org/tukipuhelin',
            status: 'published',
            last_checked: '2026-08-01',
          },
          municipalityCodes: [],
          termIds: [termId('need', 'masennus'), termId('support', 'keskusteluapu')],
          places: [],
          schedules: [{ id: id('sch-phone'), freq: 'WEEKLY', byday: 'MO,WE', opens_at: '10:00', closes_at: '14:00', attending_type: 'phone' }],
          contacts: [],
        },
        {
          activity: {
            id: ACT_SWEDISH,
            name_fi: 'Vertaistukiryhmä Vaasassa',
            name_sv: 'Kamratstödsgrupp i Vasa',
            description_fi: 'Ruotsinkielinen vertaisryhmä.',
            description_sv: 'Svenskspråkig kamratgrupp för anhöriga.',
            languages: ['sv'],
            free_of_charge: false,
            fees_description_fi: 'Kahvimaksu 2 €',
            status: 'published',
            last_checked: '2026-07-01',
          },
          municipalityCodes: ['905'],
          termIds: [termId('support', 'vertaistuki'), termId('target', 'omaiset')],
          places: [{ id: SAL_SWEDISH, locationId: LOC_VAASA }],
          schedules: [],
          contacts: [],
        },
        {
          activity: { id: ACT_ONLINE, name_fi: 'Verkkoryhmä omaisille', description_fi: 'Tapaamme verkossa.', remote: true, status: 'published' },
          municipalityCodes: [],
          termIds: [termId('support', 'vertaistuki')],
          places: [],
          schedules: [{ id: id('sch-online'), freq: 'WEEKLY', byday: 'TH', opens_at: '18:00', closes_at: '19:30', attending_type: 'online' }],
          contacts: [],
        },
        {
          activity: { id: ACT_DRAFT, name_fi: 'Luonnosryhmä', status: 'draft' },
          municipalityCodes: ['297'],
          termIds: [termId('support', 'vertaistuki')],
          places: [{ id: SAL_DRAFT, locationId: LOC_KUOPIO }],
          schedules: [],
          contacts: [],
        },
        {
          activity: { id: ACT_ARCHIVED, name_fi: 'Arkistoitu ryhmä', status: 'archived' },
          municipalityCodes: ['297'],
          termIds: [],
          places: [],
          schedules: [],
          contacts: [],
        },
      ],
    },
    {
      organization: { id: ORG_CHILD, name_fi: 'Esimerkkilän Omaiset, Siilinjärven osasto', kind: 'local_branch', parent_id: ORG, status: 'published', social_links: [] },
      contacts: [],
      locations: [],
      activities: [
        {
          activity: { id: ACT_OF_CHILD, name_fi: 'Kävelyryhmä', status: 'published' },
          municipalityCodes: ['749'],
          termIds: [termId('support', 'liikunta')],
          places: [],
          schedules: [],
          contacts: [],
        },
      ],
    },
    {
      organization: { id: ORG_DRAFT, name_fi: 'Luonnosyhdistys ry', status: 'draft', social_links: [] },
      contacts: [],
      locations: [],
      activities: [
        { activity: { id: ACT_OF_DRAFT_ORG, name_fi: 'Piilossa oleva ryhmä', status: 'published', nationwide: true }, municipalityCodes: [], termIds: [], places: [], schedules: [], contacts: [] },
      ],
    },
    {
      organization: { id: ORG_ARCHIVED, name_fi: 'Lakannut yhdistys ry', status: 'archived', social_links: [] },
      contacts: [],
      locations: [],
      activities: [],
    },
  ];
}

const HIDDEN = [ORG_DRAFT, ORG_ARCHIVED, ACT_DRAFT, ACT_ARCHIVED, ACT_OF_DRAFT_ORG, SAL_DRAFT];

let service: Service;
let v: HsdsValidators;

before(async () => {
  v = loadHsdsValidators();
  service = await createTestService();
  const db = service.database.db;
  await db.transaction().execute(async (trx) => {
    for (const graph of fixture()) await saveOrganizationGraph({ db: trx, graph, counts: emptyCounts() });
  });
  // Everything is old except the nationwide activity, so modified_after can tell them apart.
  await db.updateTable('organization').set({ updated_at: '2020-01-01T00:00:00Z' }).execute();
  await db.updateTable('activity').set({ updated_at: '2020-01-01T00:00:00Z' }).execute();
  await db.updateTable('activity').set({ updated_at: '2026-06-01T12:00:00Z' }).where('id', '=', ACT_NATIONWIDE).execute();
  await rebuildSearchIndex({ db });
});

after(async () => {
  await service?.close();
});

async function get(url: string) {
  const res = await service.app.inject({ method: 'GET', url });
  let body: any;
  try {
    body = res.json();
  } catch {
    body = undefined;
  }
  return { status: res.statusCode, headers: res.headers, body, text: res.body };
}

function assertValid(errors: string[], what: string) {
  assert.deepEqual(errors, [], `${what} is not valid HSDS:\n${errors.join('\n')}`);
}

const ENVELOPE_KEYS = ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'];

async function getList(path: string, apiPath: string, itemSchema: string) {
  const r = await get(path);
  assert.equal(r.status, 200, `${path}: ${r.text}`);
  assert.match(String(r.headers['content-type']), /application\/json/);
  for (const k of ENVELOPE_KEYS) assert.ok(k in r.body, `${path}: envelope lacks ${k}`);
  assertValid(v.validateListResponse(apiPath, r.body), `${path} (page envelope)`);
  r.body.contents.forEach((item: unknown, i: number) => assertValid(v.validate(itemSchema, item), `${path} contents[${i}]`));
  assert.equal(r.body.size, r.body.contents.length);
  return r.body;
}

async function getItem(path: string, schema: string) {
  const r = await get(path);
  assert.equal(r.status, 200, `${path}: ${r.text}`);
  assertValid(v.validate(schema, r.body), path);
  return r.body;
}

const ids = (page: { contents: { id: string }[] }) => page.contents.map((c) => c.id);

describe('schema validity of every endpoint', () => {
  test('API root', async () => {
    const r = await get('/api/hsds/');
    assert.equal(r.status, 200);
    assert.equal(r.body.version, '3.0');
    assert.equal(r.body.profile, 'http://localhost:3000/api#profile');
    assert.equal(r.body.openapi_url, 'http://localhost:3000/api/openapi.json');
    assert.equal((await get('/api/hsds')).status, 200);
  });

  for (const lang of ['fi', 'sv', 'en']) {
    test(`services, list and items (lang=${lang})`, async () => {
      const list = await getList(`/api/hsds/services?lang=${lang}`, '/services', 'compiled/service_list.json');
      assert.deepEqual(new Set(ids(list)), new Set([ACT_LOCAL, ACT_NATIONWIDE, ACT_SWEDISH, ACT_ONLINE, ACT_OF_CHILD]));
      const full = await getList(`/api/hsds/services?full=true&lang=${lang}`, '/services', 'compiled/service.json');
      assert.equal(full.total_items, 5);
      for (const sid of ids(list)) await getItem(`/api/hsds/services/${sid}?lang=${lang}`, 'compiled/service.json');
    });

    test(`organizations, list and items (lang=${lang})`, async () => {
      const list = await getList(`/api/hsds/organizations?lang=${lang}`, '/organizations', 'compiled/organization_list.json');
      assert.deepEqual(new Set(ids(list)), new Set([ORG, ORG_CHILD]));
      await getList(`/api/hsds/organizations?full=true&lang=${lang}`, '/organizations', 'compiled/organization.json');
      await getList(`/api/hsds/organizations?full=true&full_service=true&lang=${lang}`, '/organizations', 'compiled/organization.json');
      for (const oid of ids(list)) {
        await getItem(`/api/hsds/organizations/${oid}?lang=${lang}`, 'compiled/organization.json');
        await getItem(`/api/hsds/organizations/${oid}?full_service=true&lang=${lang}`, 'compiled/organization.json');
      }
    });

    test(`taxonomies and terms, list and items (lang=${lang})`, async () => {
      const taxonomies = await getList(`/api/hsds/taxonomies?lang=${lang}`, '/taxonomies', 'taxonomy.json');
      assert.equal(taxonomies.total_items, 3);
      for (const tid of ids(taxonomies)) await getItem(`/api/hsds/taxonomies/${tid}?lang=${lang}`, 'taxonomy.json');
      const terms = await getList(`/api/hsds/taxonomy_terms?per_page=100&lang=${lang}`, '/taxonomy_terms', 'taxonomy_term.json');
      assert.ok(terms.total_items > 30);
      for (const tid of ids(terms).slice(0, 5)) await getItem(`/api/hsds/taxonomy_terms/${tid}?lang=${lang}`, 'taxonomy_term.json');
      assert.ok(terms.contents.every((t: { language: string }) => t.language === lang));
    });

    test(`service_at_locations, list and items (lang=${lang})`, async () => {
      const list = await getList(`/api/hsds/service_at_locations?lang=${lang}`, '/service_at_locations', 'compiled/service_at_location_list.json');
      assert.deepEqual(new Set(ids(list)), new Set([SAL_LOCAL, SAL_SWEDISH]));
      await getList(`/api/hsds/service_at_locations?full=true&lang=${lang}`, '/service_at_locations', 'compiled/service_at_location.json');
      // HSDS 3.0's openapi.json names compiled/service.json for this endpoint (fixed upstream in 3.1); we follow the intent.
      for (const sid of ids(list)) await getItem(`/api/hsds/service_at_locations/${sid}?lang=${lang}`, 'compiled/service_at_location.json');
    });
  }

  test('the page envelope schema matches the official openapi.json', () => {
    assert.deepEqual(pageSchema, v.openapi.components.schemas.Page);
  });
});

describe('the Finnish profile', () => {
  test('municipal and nationwide service areas, languages, attributes, schedules, contacts', async () => {
    const local = await getItem(`/api/hsds/services/${ACT_LOCAL}`, 'compiled/service.json');
    assert.equal(local.status, 'active');
    assert.deepEqual(
      local.service_areas.map((a: { uri: string }) => a.uri),
      ['http://uri.suomi.fi/codelist/jhs/kunta_1_20240101/code/297', 'http://uri.suomi.fi/codelist/jhs/kunta_1_20240101/code/749'],
    );
    assert.deepEqual(local.service_areas.map((a: { name: string }) => a.name), ['Kuopio', 'Siilinjärvi']);
    assert.equal(local.assured_date, '2026-09-15');
    assert.equal(local.last_modified, '2020-01-01T00:00:00.000Z');
    assert.deepEqual(local.languages.map((l: { code: string }) => l.code), ['fi', 'sv']);
    assert.equal(local.attributes.length, 3);
    for (const a of local.attributes) {
      assert.equal(a.link_id, ACT_LOCAL);
      assert.equal(a.link_entity, 'service');
      assert.equal(a.taxonomy_term.id, a.taxonomy_term_id);
    }
    assert.deepEqual(local.attributes.map((a: { link_type: string }) => a.link_type).sort(), ['need', 'support', 'target']);
    assert.equal(local.schedules[0].byday, '1TU');
    assert.equal(local.contacts[0].phones[0].number, '+358 40 0000 126');
    assert.equal(local.service_at_locations[0].location.addresses[0].state_province, 'Pohjois-Savo');
    assert.equal(local.service_at_locations[0].location.addresses[0].country, 'FI');
    assert.equal(local.organization.organization_identifiers[0].identifier_type, 'Y-tunnus');
    assert.equal(local.organization.organization_identifiers[0].identifier, '1234567-8');

    const nationwide = await getItem(`/api/hsds/services/${ACT_NATIONWIDE}`, 'compiled/service.json');
    assert.deepEqual(nationwide.service_areas.map((a: { extent_type: string; extent: string }) => [a.extent_type, a.extent]), [['text', 'FI']]);
    assert.ok(nationwide.schedules.some((s: { description?: string }) => s.description === 'Arkisin klo 10–14'));
    const online = await getItem(`/api/hsds/services/${ACT_ONLINE}`, 'compiled/service.json');
    assert.deepEqual(online.service_areas.map((a: { extent: string }) => a.extent), ['FI']);
    assert.equal(online.schedules[0].attending_type, 'online');
  });

  test('organisation: Y-tunnus, website as an absolute URL, locations, parent', async () => {
    const org = await getItem(`/api/hsds/organizations/${ORG}`, 'compiled/organization.json');
    assert.deepEqual(org.organization_identifiers[0], {
      id: org.organization_identifiers[0].id,
      organization_id: ORG,
      identifier_scheme: 'FI-PRO',
      identifier_type: 'Y-tunnus',
      identifier: '1234567-8',
    });
    assert.equal(org.website, 'https://www.example.org/omaiset');
    assert.deepEqual(new Set(org.services.map((s: { id: string }) => s.id)), new Set([ACT_LOCAL, ACT_NATIONWIDE, ACT_SWEDISH, ACT_ONLINE]));
    assert.ok(org.locations.some((l: { id: string }) => l.id === LOC_KUOPIO));
    const child = await getItem(`/api/hsds/organizations/${ORG_CHILD}`, 'compiled/organization.json');
    assert.equal(child.parent_organization_id, ORG);
  });

  test('lang=sv gives Swedish names, with Finnish as the fallback', async () => {
    const sv = await getItem(`/api/hsds/services/${ACT_SWEDISH}?lang=sv`, 'compiled/service.json');
    assert.equal(sv.name, 'Kamratstödsgrupp i Vasa');
    assert.equal(sv.service_areas[0].name, 'Vasa');
    assert.equal(sv.attributes.find((a: { link_type: string }) => a.link_type === 'support').taxonomy_term.name, 'Kamratstöd');
    const r = await get(`/api/hsds/services/${ACT_SWEDISH}?lang=sv`);
    assert.equal(r.headers['content-language'], 'sv');
    const fallback = await getItem(`/api/hsds/services/${ACT_OF_CHILD}?lang=sv`, 'compiled/service.json');
    assert.equal(fallback.name, 'Kävelyryhmä');
    const taxonomy = await getItem(`/api/hsds/taxonomies/${taxonomyId('need')}?lang=sv`, 'taxonomy.json');
    assert.equal(taxonomy.name, 'Behov och diagnoser');
    const en = await getItem(`/api/hsds/taxonomy_terms/${termId('support', 'vertaistuki')}?lang=en`, 'taxonomy_term.json');
    assert.equal(en.name, 'Peer support');
    assert.equal(en.language, 'en');
  });

  test('municipality=297 includes the nationwide service and the local one, not the Vaasa one', async () => {
    const page = await getList('/api/hsds/services?municipality=297', '/services', 'compiled/service_list.json');
    const found = ids(page);
    assert.ok(found.includes(ACT_NATIONWIDE), 'nationwide service missing');
    assert.ok(found.includes(ACT_LOCAL), 'local service missing');
    assert.ok(found.includes(ACT_ONLINE), 'remote service missing');
    assert.ok(!found.includes(ACT_SWEDISH), 'Vaasa service should not be there');
    assert.ok(!found.includes(ACT_OF_CHILD), 'Siilinjärvi-only service should not be there');
    const sal = await getList('/api/hsds/service_at_locations?municipality=297', '/service_at_locations', 'compiled/service_at_location_list.json');
    assert.deepEqual(ids(sal), [SAL_LOCAL]);
  });

  test('taxonomy_term_id, taxonomy_id and organization_id filter services', async () => {
    const byTerm = await getList(`/api/hsds/services?taxonomy_term_id=${termId('support', 'vertaistuki')}`, '/services', 'compiled/service_list.json');
    assert.deepEqual(new Set(ids(byTerm)), new Set([ACT_LOCAL, ACT_SWEDISH, ACT_ONLINE]));
    const byOrg = await getList(`/api/hsds/services?organization_id=${ORG_CHILD}`, '/services', 'compiled/service_list.json');
    assert.deepEqual(ids(byOrg), [ACT_OF_CHILD]);
    const byTaxonomy = await getList(`/api/hsds/services?taxonomy_id=${taxonomyId('need')}`, '/services', 'compiled/service_list.json');
    assert.deepEqual(new Set(ids(byTaxonomy)), new Set([ACT_LOCAL, ACT_NATIONWIDE]));
    const terms = await getList(`/api/hsds/taxonomy_terms?taxonomy_id=${taxonomyId('target')}&per_page=100`, '/taxonomy_terms', 'taxonomy_term.json');
    assert.ok(terms.contents.every((t: { taxonomy_id: string }) => t.taxonomy_id === taxonomyId('target')));
  });

  test('modified_after filters services, service_at_locations and organizations', async () => {
    const page = await getList('/api/hsds/services?modified_after=2026-01-01T00:00:00Z', '/services', 'compiled/service_list.json');
    assert.deepEqual(ids(page), [ACT_NATIONWIDE]);
    const dateOnly = await getList('/api/hsds/services?modified_after=2026-01-01', '/services', 'compiled/service_list.json');
    assert.deepEqual(ids(dateOnly), [ACT_NATIONWIDE]);
    // An unencoded "+02:00" arrives as " 02:00".
    const offset = await getList('/api/hsds/services?modified_after=2026-01-01T00:00:00+02:00', '/services', 'compiled/service_list.json');
    assert.deepEqual(ids(offset), [ACT_NATIONWIDE]);
    const all = await getList('/api/hsds/services?modified_after=2019-12-31T00:00:00Z', '/services', 'compiled/service_list.json');
    assert.equal(all.total_items, 5);
    const sal = await getList('/api/hsds/service_at_locations?modified_after=2026-01-01T00:00:00Z', '/service_at_locations', 'compiled/service_at_location_list.json');
    assert.equal(sal.total_items, 0);
    const orgs = await getList('/api/hsds/organizations?modified_after=2026-01-01T00:00:00Z', '/organizations', 'compiled/organization_list.json');
    assert.equal(orgs.total_items, 0);
  });

  test('draft and archived records never appear, in lists or by id', async () => {
    const everything = [
      await get('/api/hsds/services?per_page=100&full=true'),
      await get('/api/hsds/organizations?per_page=100&full=true&full_service=true'),
      await get('/api/hsds/service_at_locations?per_page=100&full=true'),
      await get('/api/hsds/services?municipality=297&per_page=100'),
      await get(`/api/hsds/organizations/${ORG}?full_service=true`),
    ];
    for (const r of everything) for (const hidden of HIDDEN) assert.ok(!r.text.includes(hidden), `${hidden} leaked`);
    for (const path of [
      `/api/hsds/services/${ACT_DRAFT}`,
      `/api/hsds/services/${ACT_ARCHIVED}`,
      `/api/hsds/services/${ACT_OF_DRAFT_ORG}`,
      `/api/hsds/organizations/${ORG_DRAFT}`,
      `/api/hsds/organizations/${ORG_ARCHIVED}`,
      `/api/hsds/service_at_locations/${SAL_DRAFT}`,
    ]) {
      assert.equal((await get(path)).status, 404, path);
    }
  });
});

describe('paging and bad input', () => {
  test('pages: size, first and last page, past the end', async () => {
    const p1 = await getList('/api/hsds/services?per_page=3', '/services', 'compiled/service_list.json');
    assert.deepEqual([p1.total_items, p1.total_pages, p1.page_number, p1.size, p1.first_page, p1.last_page, p1.empty], [5, 2, 1, 3, true, false, false]);
    const p2 = await getList('/api/hsds/services?per_page=3&page=2', '/services', 'compiled/service_list.json');
    assert.deepEqual([p2.page_number, p2.size, p2.first_page, p2.last_page], [2, 2, false, true]);
    assert.equal(new Set([...ids(p1), ...ids(p2)]).size, 5);
    const past = await getList('/api/hsds/services?per_page=3&page=9', '/services', 'compiled/service_list.json');
    assert.deepEqual([past.size, past.empty, past.last_page], [0, true, true]);
    const none = await getList('/api/hsds/services?municipality=091&organization_id=' + ORG_CHILD, '/services', 'compiled/service_list.json');
    assert.deepEqual([none.total_items, none.total_pages, none.empty], [0, 0, true]);
  });

  const bad = [
    '/api/hsds/services?per_page=101',
    '/api/hsds/services?per_page=0',
    '/api/hsds/services?page=0',
    '/api/hsds/services?page=abc',
    '/api/hsds/services?page=1.5',
    '/api/hsds/organizations?per_page=1000',
    '/api/hsds/taxonomy_terms?page=-1',
    '/api/hsds/service_at_locations?per_page=xyz',
    '/api/hsds/services?full=maybe',
    '/api/hsds/services?lang=de',
    '/api/hsds/services?municipality=29',
    '/api/hsds/services?municipality=999',
    '/api/hsds/services?taxonomy_term_id=not-a-uuid',
    '/api/hsds/services?organization_id=123',
    '/api/hsds/services?modified_after=yesterday',
    '/api/hsds/services?modified_after=2026-13-45',
    '/api/hsds/services?format=ndjson',
    '/api/hsds/taxonomy_terms?taxonomy_id=%27%3B%20drop%20table',
  ];
  for (const path of bad) {
    test(`400 JSON: ${path}`, async () => {
      const r = await get(path);
      assert.equal(r.status, 400, r.text);
      assert.match(String(r.headers['content-type']), /^application\/problem\+json/);
      assert.equal(r.body.status, 400);
      assert.equal(r.body.error, 'bad_request');
      assert.equal(typeof r.body.detail, 'string');
      assert.equal(r.headers['access-control-allow-origin'], '*');
    });
  }

  test('per_page over 100 says why', async () => {
    const r = await get('/api/hsds/services?per_page=101');
    assert.match(r.body.detail, /per_page/);
    assert.match(r.body.detail, /100/);
  });

  const missing = [
    `/api/hsds/services/${id('nobody')}`,
    `/api/hsds/organizations/${id('nobody')}`,
    `/api/hsds/taxonomies/${id('nobody')}`,
    `/api/hsds/taxonomy_terms/${id('nobody')}`,
    `/api/hsds/service_at_locations/${id('nobody')}`,
    '/api/hsds/services/not-a-uuid',
    '/api/hsds/organizations/123',
    "/api/hsds/taxonomies/'%20or%201=1",
    '/api/hsds/taxonomy_terms/%E2%82%AC',
    '/api/hsds/service_at_locations/00000000-0000-0000-0000-00000000000g',
    '/api/hsds/no_such_endpoint',
  ];
  for (const path of missing) {
    test(`404 JSON: ${path}`, async () => {
      const r = await get(path);
      assert.equal(r.status, 404, r.text);
      assert.match(String(r.headers['content-type']), /^application\/problem\+json/);
      assert.equal(r.body.status, 404);
      assert.equal(r.body.error, 'not_found');
      assert.equal(typeof r.body.detail, 'string');
      assert.equal(r.headers['access-control-allow-origin'], '*');
    });
  }

  test('an unknown service is a 404 problem (RFC 9457) naming what was not found, without internals', async () => {
    const path = `/api/hsds/services/${id('nobody')}`;
    const r = await get(`${path}?lang=sv`);
    assert.equal(r.status, 404);
    assert.match(String(r.headers['content-type']), /^application\/problem\+json/);
    assert.deepEqual(
      { type: r.body.type, status: r.body.status, error: r.body.error, instance: r.body.instance },
      { type: 'about:blank', status: 404, error: 'not_found', instance: path },
    );
    assert.match(r.body.detail, /^Service not found$/);
    assert.equal(typeof r.body.title, 'string');
    assert.doesNotMatch(r.text, /stack|\.ts:|select /i);
  });
});

describe('CORS, OpenAPI and the API page', () => {
  test('Access-Control-Allow-Origin: * on API responses, not on pages', async () => {
    for (const path of ['/api/hsds/', '/api/hsds/services', `/api/hsds/services/${ACT_LOCAL}`, '/api/hsds/taxonomies', '/api/openapi.json']) {
      const r = await get(path);
      assert.equal(r.headers['access-control-allow-origin'], '*', path);
    }
    const preflight = await service.app.inject({
      method: 'OPTIONS',
      url: '/api/hsds/services',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' },
    });
    assert.ok(preflight.statusCode < 300);
    assert.equal(preflight.headers['access-control-allow-origin'], '*');
    const page = await get('/');
    assert.equal(page.headers['access-control-allow-origin'], undefined);
  });

  test('search finds services through the search module', async () => {
    const page = await getList('/api/hsds/services?search=tukipuhelin', '/services', 'compiled/service_list.json');
    assert.ok(ids(page).includes(ACT_NATIONWIDE));
  });

  test('/api/openapi.json: OpenAPI 3.1 with every endpoint, parameters from the query schemas', async () => {
    const r = await get('/api/openapi.json');
    assert.equal(r.status, 200);
    assert.equal(r.body.openapi, '3.1.0');
    // Every HSDA path, plus the front page's suggestions (/suggest, served at /api/suggest; not part of HSDA).
    assert.deepEqual(Object.keys(r.body.paths).filter((p) => p !== '/suggest').sort(), Object.keys(v.openapi.paths).sort());
    assert.ok(r.body.paths['/suggest']);
    const params = r.body.paths['/services'].get.parameters.map((p: { name: string }) => p.name);
    for (const name of ['search', 'page', 'per_page', 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'modified_after', 'full', 'municipality', 'lang']) {
      assert.ok(params.includes(name), `/services lacks ${name}`);
    }
    const perPage = r.body.paths['/services'].get.parameters.find((p: { name: string }) => p.name === 'per_page');
    assert.equal(perPage.schema.maximum, 100);
    assert.deepEqual(r.body.components.schemas.Page, v.openapi.components.schemas.Page);
    assert.deepEqual(r.body, JSON.parse(JSON.stringify(buildOpenApi({ baseUrl: 'http://localhost:3000' }))));
  });

  for (const [prefix, h1] of [
    ['', 'Avoin data ja rajapinta'],
    ['/sv', 'Öppna data och API'],
    ['/en', 'Open data and API'],
  ] as const) {
    test(`API page ${prefix}/api`, async () => {
      const r = await service.app.inject({ method: 'GET', url: `${prefix}/api` });
      assert.equal(r.statusCode, 200);
      assert.match(String(r.headers['content-type']), /text\/html/);
      const html = r.body;
      assert.equal((html.match(/<h1[ >]/g) ?? []).length, 1);
      assert.ok(html.includes(`>${h1}</h1>`));
      assert.ok(html.includes('id="profile"'));
      assert.ok(html.includes('kunta_1_20240101'));
      assert.ok(html.includes('/api/openapi.json'));
      assert.ok(html.includes('CC BY 4.0'));
      assert.ok(Buffer.byteLength(html) < 60_000);
    });
  }
});
