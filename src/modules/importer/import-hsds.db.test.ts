import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { stableId } from '../../platform/ids.js';
import type { Database } from '../../platform/db/database.js';
import { termId } from '../reference/load-reference-data.js';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { UnrecognisedHsdsFileError } from './detect-hsds-shape.js';
import { formatImportReport, importHsds, type ImportReport } from './import-hsds.js';
import { generateHsdsOrganizations, kuntaUri, toPageEnvelope, toServiceRecords } from './generate-hsds-sample.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const TABLES = ['organization', 'activity', 'location', 'activity_location', 'activity_municipality', 'activity_term', 'schedule', 'contact'] as const;

async function rowCounts(db: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

function assertCounts(report: ImportReport, expected: { read: number; imported: number; orgs: [number, number, number]; services: [number, number, number] }) {
  const c = report.counts;
  assert.deepEqual(
    {
      read: report.recordsRead,
      imported: report.recordsImported,
      rejected: report.recordsRejected,
      orgs: [c.organizationsInserted, c.organizationsUpdated, c.organizationsUnchanged],
      services: [c.activitiesInserted, c.activitiesUpdated, c.activitiesUnchanged],
    },
    { ...expected, rejected: expected.read - expected.imported },
    formatImportReport(report).join('\n'),
  );
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const timings: string[] = [];
async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await fn();
  timings.push(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}
after(() => {
  console.log(`# import timings (${process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'}): ${timings.join('; ')}`);
});

const SAMPLE = generateHsdsOrganizations({ organizations: 60, servicesPerOrganization: 5 });

describe('300 services as organizations with nested services', () => {
  let t: TestDatabase;
  before(async () => {
    t = await createTestDatabase();
  });
  after(async () => {
    await t.close();
  });

  test('the first import inserts everything, the second changes nothing', async () => {
    const first = await timed('organizations 60×5, first', () => importHsds({ db: t.db, data: clone(SAMPLE) }));
    assertCounts(first, { read: 60, imported: 60, orgs: [60, 0, 0], services: [300, 0, 0] });
    assert.equal(first.rejected.length, 0);
    const rowsAfterFirst = await rowCounts(t.db);
    assert.equal(rowsAfterFirst.organization, 60);
    assert.equal(rowsAfterFirst.activity, 300);
    const stamps = await t.db.selectFrom('activity').select(['id', 'updated_at']).orderBy('id').execute();

    const second = await timed('organizations 60×5, second', () => importHsds({ db: t.db, data: clone(SAMPLE) }));
    assertCounts(second, { read: 60, imported: 60, orgs: [0, 0, 60], services: [0, 0, 300] });
    assert.deepEqual(await rowCounts(t.db), rowsAfterFirst);
    const stampsAfter = await t.db.selectFrom('activity').select(['id', 'updated_at']).orderBy('id').execute();
    assert.deepEqual(stampsAfter, stamps, 'updated_at (HSDS last_modified) stays as it was');
  });

  test('the same data as services with a nested organization, in a page envelope, is all unchanged', async () => {
    const before = await rowCounts(t.db);
    const report = await timed('page envelope of 300 services, over the same data', () =>
      importHsds({ db: t.db, data: toPageEnvelope(toServiceRecords(clone(SAMPLE))) }),
    );
    assertCounts(report, { read: 300, imported: 300, orgs: [0, 0, 60], services: [0, 0, 300] });
    assert.deepEqual(await rowCounts(t.db), before);
  });

  test('the mapping follows the profile', async () => {
    const org0 = stableId('hsds-sample-organization', '0');
    const org10 = await t.db.selectFrom('organization').selectAll().where('id', '=', stableId('hsds-sample-organization', '10')).executeTakeFirstOrThrow();
    assert.equal(org10.parent_id, org0, 'parent_organization_id');
    assert.equal(org10.status, 'published');
    assert.match(org10.business_id ?? '', /^\d{7}-\d$/);
    assert.equal(org10.email, 'toimisto@yhdistys-010.example.org');
    assert.equal(org10.kind, 'foundation', 'legal_status');
    // the postal location is the organisation's address; the municipality comes from the city's name
    assert.deepEqual([org10.street_address, org10.postal_code, org10.city, org10.municipality_code], ['Yhdistyksenkuja 11', '70100', 'Kuopio', '297']);
    const org1 = await t.db.selectFrom('organization').selectAll().where('id', '=', stableId('hsds-sample-organization', '1')).executeTakeFirstOrThrow();
    assert.deepEqual([org1.city, org1.municipality_code, org1.kind], ['Kuvitelmala', null, 'association']);
    const postalRows = await t.db.selectFrom('location').select('id').where('id', '=', stableId('hsds-sample-postal', '10')).execute();
    assert.equal(postalRows.length, 0, 'the postal location is no place of activities');

    // o=1, s=0: a municipal service (two kunta_1 service areas); terms through taxonomy_term_id.
    const local = await t.db.selectFrom('activity').selectAll().where('id', '=', stableId('hsds-sample-service', '1-0')).executeTakeFirstOrThrow();
    assert.equal(local.status, 'published');
    assert.equal(local.nationwide, false);
    assert.equal(local.remote, false);
    assert.deepEqual(local.languages, ['fi', 'sv']);
    assert.equal(local.last_checked, '2026-02-10');
    assert.deepEqual([local.free_of_charge, local.fees_description_fi], [true, null], 'amount 0 is free; the export\'s "Maksuton" is no description');
    const paid = await t.db.selectFrom('activity').selectAll().where('id', '=', stableId('hsds-sample-service', '1-1')).executeTakeFirstOrThrow();
    assert.deepEqual([paid.free_of_charge, paid.fees_description_fi], [false, '5 € / kerta']);
    const codes = await t.db.selectFrom('activity_municipality').select('municipality_code').where('activity_id', '=', local.id).orderBy('municipality_code').execute();
    assert.deepEqual(codes.map((c) => c.municipality_code), ['686', '749']);
    const terms = await t.db.selectFrom('activity_term').select('term_id').where('activity_id', '=', local.id).execute();
    assert.equal(terms.length, 3);
    const place = await t.db
      .selectFrom('activity_location')
      .innerJoin('location', 'location.id', 'activity_location.location_id')
      .select(['location.city', 'location.postal_code', 'location.street_address', 'location.municipality_code', 'location.organization_id'])
      .where('activity_location.activity_id', '=', local.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(place, { city: 'Kuvitelmala', postal_code: '70010', street_address: 'Esimerkkikatu 1', municipality_code: '749', organization_id: stableId('hsds-sample-organization', '1') });
    const schedule = await t.db.selectFrom('schedule').selectAll().where('activity_id', '=', local.id).executeTakeFirstOrThrow();
    assert.deepEqual([schedule.freq, schedule.byday, schedule.opens_at, schedule.closes_at, schedule.attending_type], ['WEEKLY', 'TU,TH', '17:00', '19:00', 'in_person']);

    // s=4 names its kind of support by code in a nested taxonomy_term.
    const byCode = await t.db.selectFrom('activity_term').select('term_id').where('activity_id', '=', stableId('hsds-sample-service', '1-4')).execute();
    assert.equal(byCode.length, 3);

    // o=0, s=0 is nationwide (extent_type text, extent FI) with an online schedule → nationwide and remote, no municipality.
    const national = await t.db.selectFrom('activity').selectAll().where('id', '=', stableId('hsds-sample-service', '0-0')).executeTakeFirstOrThrow();
    assert.equal(national.nationwide, true);
    assert.equal(national.remote, true);
    const none = await t.db.selectFrom('activity_municipality').select('municipality_code').where('activity_id', '=', national.id).execute();
    assert.equal(none.length, 0);
  });
});

describe('300 services with a nested organization, into an empty directory', () => {
  let t: TestDatabase;
  before(async () => {
    t = await createTestDatabase();
  });
  after(async () => {
    await t.close();
  });

  test('imports once, then nothing changes; the rows equal those of the organizations shape', async () => {
    const records = toServiceRecords(clone(SAMPLE));
    const first = await timed('services 300, first', () => importHsds({ db: t.db, data: records }));
    assertCounts(first, { read: 300, imported: 300, orgs: [60, 0, 0], services: [300, 0, 0] });
    const rows = await rowCounts(t.db);
    const second = await timed('services 300, second', () => importHsds({ db: t.db, data: clone(records) }));
    assertCounts(second, { read: 300, imported: 300, orgs: [0, 0, 60], services: [0, 0, 300] });
    assert.deepEqual(await rowCounts(t.db), rows);
    assert.deepEqual(rows, { organization: 60, activity: 300, location: 266, activity_location: 266, activity_municipality: 532, activity_term: 900, schedule: 300, contact: 360 });
  });
});

describe('bad records', () => {
  let t: TestDatabase;
  before(async () => {
    t = await createTestDatabase();
  });
  after(async () => {
    await t.close();
  });

  const orgId = (o: number) => stableId('hsds-sample-organization', String(o));
  const serviceId = (o: number, s: number) => stableId('hsds-sample-service', `${o}-${s}`);

  test('are rejected with their path and reason while the rest import, leaving no partial rows', async () => {
    const orgs: Json[] = generateHsdsOrganizations({ organizations: 12, servicesPerOrganization: 3 });
    orgs[1]!.id = 'not-a-uuid';
    orgs[2]!.services[1].service_areas[0].uri = kuntaUri('999');
    const ident = orgs[3]!.organization_identifiers[0];
    ident.identifier = `${ident.identifier.slice(0, 8)}${(Number(ident.identifier.slice(8)) + 1) % 10}`;
    delete orgs[4]!.services[0].name;
    orgs[5]!.services[2].service_areas[0].uri = 'http://uri.suomi.fi/codelist/jhs/maakunta_1_20240101/code/11';
    orgs[6]!.services[0].attributes[0].taxonomy_term_id = stableId('unknown', 'term');
    orgs[7]!.contacts[0].id = orgs[0]!.contacts[0].id; // accepted by validation, refused by the database
    orgs[8]!.services[1].schedules[0].byday = 'monday';
    const report = await importHsds({ db: t.db, data: toPageEnvelope(orgs) });

    assert.deepEqual(
      formatImportReport(report).filter((l) => l.startsWith('rejected')),
      [
        'rejected $.contents[1].id: not a UUID',
        'rejected $.contents[2].services[1].service_areas[0].uri: not a municipality code of the kunta_1 code list',
        'rejected $.contents[3].organization_identifiers[0].identifier: the Y-tunnus check digit does not match',
        'rejected $.contents[4].services[0].name: required field is missing',
        'rejected $.contents[5].services[2].service_areas[0].uri: not a kunta_1 code list URI (http://uri.suomi.fi/codelist/jhs/kunta_1_YYYYMMDD/code/NNN)',
        'rejected $.contents[6].services[0].attributes[0].taxonomy_term_id: not a taxonomy term of this directory',
        'rejected $.contents[7]: the database refused the record (constraint contact_pkey)',
        'rejected $.contents[8].services[1].schedules[0].byday: not a list of iCal weekdays (e.g. MO,WE or 2TU)',
      ],
    );
    assertCounts(report, { read: 12, imported: 4, orgs: [4, 0, 0], services: [12, 0, 0] });

    const orgIds = (await t.db.selectFrom('organization').select('id').execute()).map((r) => r.id).sort();
    assert.deepEqual(orgIds, [0, 9, 10, 11].map(orgId).sort());
    const activityOrgs = new Set((await t.db.selectFrom('activity').select('organization_id').execute()).map((r) => r.organization_id));
    assert.deepEqual([...activityOrgs].sort(), [0, 9, 10, 11].map(orgId).sort());
    const locationOrgs = new Set((await t.db.selectFrom('location').select('organization_id').execute()).map((r) => r.organization_id));
    assert.ok([...locationOrgs].every((o) => [0, 9, 10, 11].map(orgId).includes(o)));
    const contacts = await t.db.selectFrom('contact').select(['id', 'organization_id', 'activity_id']).execute();
    assert.equal(contacts.length, 4 + 12, 'one contact per imported organisation and per imported service');
    assert.equal(await t.db.selectFrom('activity').select('id').where('id', '=', serviceId(7, 0)).executeTakeFirst(), undefined);
  });

  test('a service without its organization, and problems inside a nested organization, point at the right path', async () => {
    const records: Json[] = toServiceRecords(generateHsdsOrganizations({ organizations: 3, servicesPerOrganization: 2 }));
    delete records[1]!.organization;
    records[2]!.organization.organization_identifiers[0].identifier = '1234567';
    records[3]!.id = records[0]!.id;
    const report = await importHsds({ db: t.db, data: records });
    assert.deepEqual(
      report.rejected.map((r) => `${r.path}: ${r.reason}`),
      [
        '$[1].organization: a service record needs its organization nested',
        '$[2].organization.organization_identifiers[0].identifier: not a Y-tunnus (seven digits, a hyphen and a check digit)',
        '$[3].id: the service was already imported from $[0]',
      ],
    );
    assert.equal(report.recordsImported, 3);
  });

  test('a record with several problems reports the first and how many more', async () => {
    const orgs: Json[] = generateHsdsOrganizations({ organizations: 1, servicesPerOrganization: 2 });
    orgs[0]!.website = 'javascript:alert(1)';
    orgs[0]!.services[1].status = 'open';
    const report = await importHsds({ db: t.db, data: orgs });
    assert.deepEqual(formatImportReport(report).slice(-1), ['rejected $[0].website: not an absolute http(s) URL (and 1 more problem)']);
  });

  test('files of another shape are not imported', async () => {
    for (const data of [{ foo: 1 }, [1, 2], [{ foo: 1 }], { contents: 'x' }, 'text', null, [{ id: 'a', services: [] }, { id: 'b', organization: {} }]]) {
      await assert.rejects(importHsds({ db: t.db, data }), UnrecognisedHsdsFileError, JSON.stringify(data));
    }
    const empty = await importHsds({ db: t.db, data: toPageEnvelope([]) });
    assert.equal(empty.recordsRead, 0);
  });
});

describe('profile details', () => {
  let t: TestDatabase;
  before(async () => {
    t = await createTestDatabase();
  });
  after(async () => {
    await t.close();
  });

  const id = (k: string) => stableId('hsds-profile-test', k);
  const place = (k: string, city = 'Kuopio') => ({
    id: id(`sal-${k}`),
    location: {
      id: id(`loc-${k}`),
      location_type: 'physical',
      name: 'Kohtaamispaikka',
      addresses: [{ id: id(`addr-${k}`), address_1: 'Esimerkkikatu 1', city, state_province: 'Pohjois-Savo', postal_code: '70100', country: 'FI', address_type: 'physical' }],
    },
  });
  function helpline(overrides: Json = {}, orgOverrides: Json = {}): Json {
    return {
      id: id('org'),
      name: 'Kuvitelmalan Kriisipuhelin ry',
      description: 'Valtakunnallinen tukipuhelin.',
      organization_identifiers: [{ id: id('ident'), identifier_scheme: 'FI-PRO', identifier_type: 'business id', identifier: '1572860-0' }],
      ...orgOverrides,
      services: [
        {
          id: id('svc'),
          name: 'Tukipuhelin',
          status: 'active',
          service_areas: [{ id: id('area'), extent_type: 'text', extent: 'FI' }],
          languages: [{ id: id('lang'), code: 'fin' }, { id: id('lang2'), code: 'en' }],
          attributes: [
            { id: id('a1'), link_type: 'support', taxonomy_term: { code: 'kriisiapu' } },
            { id: id('a2'), taxonomy_term_id: termId('need', 'kriisi').toUpperCase() },
            { id: id('a3'), link_entity: 'service', value: 'no taxonomy here' },
          ],
          schedules: [
            { id: id('sch'), freq: 'WEEKLY', byday: 'mo,tu', opens_at: '09:00:00+02:00', closes_at: '21:00Z', attending_type: 'by carrier pigeon' },
            { id: id('sch-text'), description: 'Arkisin aamusta iltaan.' },
          ],
          ...overrides,
        },
      ],
    };
  }
  const activity = () => t.db.selectFrom('activity').selectAll().where('id', '=', id('svc')).executeTakeFirstOrThrow();

  test('codes, cases and time formats are normalised; a text-only schedule is the free-text schedule; unknowns are warnings', async () => {
    const report = await importHsds({ db: t.db, data: [helpline()] });
    assert.equal(report.recordsImported, 1, formatImportReport(report).join('\n'));
    assert.deepEqual(report.warnings.map((w) => `${w.path}: ${w.reason}`), [
      '$[0].services[0].schedules[0].attending_type: unknown attending_type (in_person, online or phone): left empty',
    ]);
    const a = await activity();
    assert.deepEqual([a.nationwide, a.remote], [true, true], 'only the nationwide area and no places: remote');
    assert.deepEqual(a.languages, ['fi', 'en']);
    assert.equal(a.schedule_fi, 'Arkisin aamusta iltaan.');
    const schedules = await t.db.selectFrom('schedule').selectAll().where('activity_id', '=', id('svc')).execute();
    assert.equal(schedules.length, 1);
    assert.deepEqual([schedules[0]!.byday, schedules[0]!.opens_at, schedules[0]!.closes_at, schedules[0]!.attending_type], ['MO,TU', '09:00', '21:00', null]);
    const terms = await t.db.selectFrom('activity_term').select('term_id').where('activity_id', '=', id('svc')).orderBy('term_id').execute();
    assert.deepEqual(terms.map((r) => r.term_id), [termId('support', 'kriisiapu'), termId('need', 'kriisi')].sort());
    const org = await t.db.selectFrom('organization').select('business_id').where('id', '=', id('org')).executeTakeFirstOrThrow();
    assert.equal(org.business_id, '1572860-0', 'recognised by identifier_scheme FI-PRO');
  });

  test('remote needs the nationwide area: with places only an online schedule or a virtual location makes it remote', async () => {
    const cases: [Json, [boolean, boolean]][] = [
      [{ service_at_locations: [place('a')] }, [true, false]],
      [{ service_at_locations: [place('a')], schedules: [{ id: id('sch'), attending_type: 'online' }] }, [true, true]],
      [{ service_at_locations: [place('a'), { id: id('sal-v'), location: { id: id('loc-v'), location_type: 'virtual' } }] }, [true, true]],
      [{ service_areas: [{ id: id('area'), uri: kuntaUri('297') }], schedules: [{ id: id('sch'), attending_type: 'phone' }] }, [false, false]],
      [{ service_areas: [{ id: id('area'), extent_type: 'text', extent: 'FI' }, { id: id('area2'), uri: kuntaUri('297') }] }, [true, false]],
    ];
    for (const [overrides, expected] of cases) {
      const report = await importHsds({ db: t.db, data: [helpline(overrides)] });
      assert.equal(report.recordsImported, 1, formatImportReport(report).join('\n'));
      const a = await activity();
      assert.deepEqual([a.nationwide, a.remote], expected, JSON.stringify(overrides));
    }
    const loc = await t.db.selectFrom('location').selectAll().where('id', '=', id('loc-a')).executeTakeFirstOrThrow();
    assert.equal(loc.municipality_code, '297', 'municipality from the city name');
    assert.equal(await t.db.selectFrom('location').select('id').where('id', '=', id('loc-v')).executeTakeFirst(), undefined, 'a virtual location is no place');
  });

  test('https and any kunta_1 version are accepted; only an active service is published', async () => {
    const report = await importHsds({
      db: t.db,
      data: [helpline({ status: 'temporarily closed', service_areas: [{ id: id('area'), uri: 'https://uri.suomi.fi/codelist/jhs/kunta_1_20200101/code/091' }] })],
    });
    assert.equal(report.recordsImported, 1, formatImportReport(report).join('\n'));
    const a = await activity();
    assert.equal(a.status, 'archived');
    const codes = await t.db.selectFrom('activity_municipality').select('municipality_code').where('activity_id', '=', id('svc')).execute();
    assert.deepEqual(codes.map((c) => c.municipality_code), ['091']);
  });

  test('an organization nested in a service keeps what it leaves out; as the record itself it is complete', async () => {
    const full = helpline({}, {
      email: 'toimisto@example.org',
      contacts: [{ id: id('contact'), title: 'Toiminnanjohtaja', email: 'johtaja@example.org' }],
      locations: [{ id: id('postal'), location_type: 'postal', addresses: [{ id: id('pa'), address_1: 'Postikatu 1', city: 'Siilinjärvi', state_province: '-', postal_code: '71800', country: 'FI', address_type: 'postal' }] }],
    });
    await importHsds({ db: t.db, data: [full] });
    await t.db.updateTable('organization').set({ social_links: JSON.stringify([{ label: 'Facebook', url: 'https://facebook.example.org/x' }]) }).where('id', '=', id('org')).execute();
    const stored = () => t.db.selectFrom('organization').selectAll().where('id', '=', id('org')).executeTakeFirstOrThrow();
    const contacts = () => t.db.selectFrom('contact').select('id').where('organization_id', '=', id('org')).execute();
    const before = await stored();
    assert.deepEqual([before.email, before.city, before.municipality_code], ['toimisto@example.org', 'Siilinjärvi', '749']);

    // shape (b): the nested organization has only id, name, description
    const { services, ...org } = full as Json & { services: Json[] };
    const abbreviated = { ...services[0], organization: { id: org.id, name: org.name, description: org.description } };
    const b = await importHsds({ db: t.db, data: [abbreviated] });
    assert.deepEqual([b.counts.organizationsUnchanged, b.counts.activitiesUnchanged], [1, 1], formatImportReport(b).join('\n'));
    const after = await stored();
    assert.deepEqual([after.email, after.city, after.business_id, after.social_links], [before.email, before.city, before.business_id, before.social_links]);
    assert.equal((await contacts()).length, 1);

    // shape (a): the organization is the record, so what it leaves out is empty (social links are no HSDS field: kept)
    const a = await importHsds({ db: t.db, data: [{ ...org, email: undefined, contacts: [], locations: [], services }] });
    assert.equal(a.counts.organizationsUpdated, 1);
    const emptied = await stored();
    assert.deepEqual([emptied.email, emptied.city, emptied.municipality_code, emptied.social_links], [null, null, null, before.social_links]);
    assert.equal((await contacts()).length, 0);
  });

  test('unknown or ambiguous terms, bad service areas and unknown location municipalities reject the record', async () => {
    const data = [
      helpline({ attributes: [{ id: id('x'), taxonomy_term: { code: 'no-such-code' } }] }),
      helpline({ attributes: [{ id: id('x'), taxonomy_term: { code: 'kriisiapu', taxonomy: 'no-such-taxonomy' } }] }),
      helpline({ service_areas: [{ id: id('area'), extent_type: 'geojson', extent: '{}' }] }),
      helpline({
        service_at_locations: [
          { id: id('sal'), location: { id: id('loc'), location_type: 'physical', external_identifier: '000', external_identifier_type: 'kunta' } },
        ],
      }),
      helpline({ service_at_locations: [{ id: id('sal'), location_id: id('nowhere') }] }),
    ];
    const report = await importHsds({ db: t.db, data });
    assert.deepEqual(report.rejected.map((r) => `${r.path}: ${r.reason}`), [
      '$[0].services[0].attributes[0].taxonomy_term.code: not a taxonomy term code of this directory',
      '$[1].services[0].attributes[0].taxonomy_term.taxonomy: not a taxonomy of this directory',
      '$[2].services[0].service_areas[0]: neither a municipality (kunta_1 uri) nor nationwide (extent_type "text", extent "FI")',
      '$[3].services[0].service_at_locations[0].location.external_identifier: not a municipality code of the kunta_1 code list',
      '$[4].services[0].service_at_locations[0].location_id: refers to no location in this record (nest the location or list it in the organization)',
    ]);
  });
});
