import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Service } from '../../boot.js';
import { stableId } from '../../platform/ids.js';
import { createTestService } from '../../../tests/support/test-app.js';
import { emptyCounts, type OrganizationGraph } from './organization-graph.js';
import { saveOrganizationGraph } from './save-organization-graph.js';

/**
 * Each fact once, in the page's language where we have it (issue 9): a free-text price or schedule that only repeats
 * the translated label is not shown, Finnish fallbacks are marked lang="fi", Swedish pages use Swedish municipality
 * names, and a page opened from the search results links back to them.
 */

const L = {
  org: stableId('dir-lang-fixture', 'org'),
  walk: stableId('dir-lang-fixture', 'walk'),
  course: stableId('dir-lang-fixture', 'course'),
} as const;

function fixture(): OrganizationGraph {
  return {
    organization: {
      id: L.org,
      name_fi: 'Kallion Kävelijät ry',
      description_fi: 'Kävelemme yhdessä Helsingissä.',
      status: 'published',
      last_checked: '2026-10-01',
      street_address: 'Kolmas linja 1',
      postal_code: '00530',
      city: 'Helsinki',
      municipality_code: '091',
      social_links: [],
    },
    contacts: [],
    locations: [],
    activities: [
      {
        activity: {
          id: L.walk,
          name_fi: 'Kävelyryhmä Kalliossa',
          description_fi: 'Kävelemme tiistaisin.',
          status: 'published',
          last_checked: '2026-09-15',
          free_of_charge: true,
          fees_description_fi: 'Maksuton.',
          how_to_join: 'drop_in',
          application_process_fi: 'Voit tulla paikalle ilman ilmoittautumista.',
          schedule_fi: 'Tiistaisin klo 17–19. Ei kokoontumisia heinäkuussa.',
        },
        municipalityCodes: ['091'],
        termIds: [],
        places: [],
        schedules: [{ id: stableId('dir-lang-fixture-sch', 'walk'), freq: 'WEEKLY', byday: 'TU', opens_at: '17:00', closes_at: '19:00' }],
        contacts: [],
      },
      {
        activity: {
          id: L.course,
          name_fi: 'Kävelykurssi',
          name_en: 'Walking course',
          description_fi: 'Kurssi.',
          status: 'published',
          last_checked: '2026-09-15',
          free_of_charge: false,
          fees_description_fi: 'Kurssimaksu 20 €.',
          schedule_fi: 'Joka päivä ympäri vuorokauden.',
        },
        municipalityCodes: ['091', '853'],
        termIds: [],
        places: [],
        schedules: [{ id: stableId('dir-lang-fixture-sch', 'course'), freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59' }],
        contacts: [],
      },
    ],
  };
}

let service: Service;
before(async () => {
  service = await createTestService();
  await saveOrganizationGraph({ db: service.database.db, graph: fixture(), counts: emptyCounts() });
});
after(async () => {
  await service.close();
});

async function get(url: string): Promise<{ status: number; body: string }> {
  const res = await service.app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.body };
}

/** The <dd> of the row labelled `label`. */
function row(html: string, label: string): string {
  const m = new RegExp(`<dt>${label}</dt><dd>(.*?)</dd></div>`).exec(html);
  assert.ok(m, `no row "${label}"`);
  return m[1]!;
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

test('a free price is said once: no "Maksuton. Maksuton." in Finnish, no Finnish "Maksuton" after "Free of charge"', async () => {
  const fi = await get(`/activities/${L.walk}`);
  assert.equal(fi.status, 200);
  assert.equal(row(fi.body, 'Hinta'), 'Maksuton');

  const en = await get(`/en/activities/${L.walk}`);
  assert.equal(en.status, 200);
  assert.equal(row(en.body, 'Cost'), 'Free of charge');
  assert.doesNotMatch(en.body, /Maksuton/);

  const sv = await get(`/sv/activities/${L.walk}`);
  assert.equal(row(sv.body, 'Pris'), 'Avgiftsfri');
});

test('a free text that adds something is kept, marked lang="fi" on other pages', async () => {
  const en = await get(`/en/activities/${L.course}`);
  assert.equal(row(en.body, 'Cost'), 'There is a fee. <span lang="fi">Kurssimaksu 20 €.</span>');
  const fi = await get(`/activities/${L.course}`);
  assert.equal(row(fi.body, 'Hinta'), 'Maksullinen. Kurssimaksu 20 €.');
});

test('the schedule is shown once: the free text repeating the computed schedule is left out, the rest stays', async () => {
  const fi = await get(`/activities/${L.walk}`);
  const schedule = row(fi.body, 'Aikataulu');
  assert.match(schedule, /tiistaisin 17\.00–19\.00/);
  assert.doesNotMatch(schedule, /Tiistaisin klo 17–19/);
  assert.match(schedule, /Ei kokoontumisia heinäkuussa\./);

  const en = await get(`/en/activities/${L.walk}`);
  const enSchedule = row(en.body, 'Schedule');
  assert.match(enSchedule, /Tuesdays 17:00–19:00/);
  assert.doesNotMatch(enSchedule, /Tiistaisin/);
  assert.match(enSchedule, /<span lang="fi">Ei kokoontumisia heinäkuussa\.<\/span>/);

  // Every day around the clock: said once, in the page's language.
  const course = await get(`/en/activities/${L.course}`);
  assert.equal(row(course.body, 'Schedule'), '<ul class="plain-list"><li>every day around the clock</li></ul>');
  const courseFi = await get(`/activities/${L.course}`);
  assert.equal(count(courseFi.body, 'ympäri vuorokauden'), 1);

  // "How to join": the free text equal to the label is not repeated either.
  assert.equal(row(fi.body, 'Miten mukaan'), 'Voit tulla paikalle ilman ilmoittautumista');
});

test('Finnish names on English and Swedish pages are marked lang="fi"; translated ones are not', async () => {
  const walk = await get(`/en/activities/${L.walk}`);
  assert.match(walk.body, /<h1><span lang="fi">Kävelyryhmä Kalliossa<\/span><\/h1>/);
  assert.match(walk.body, new RegExp(`href="/en/organisations/${L.org}"><span lang="fi">Kallion Kävelijät ry</span></a>`));
  assert.match(walk.body, /Open the organisation card: <span lang="fi">Kallion Kävelijät ry<\/span><\/a>/);
  assert.match(walk.body, new RegExp(`href="/en/activities/${L.course}">Walking course</a>`));

  const card = await get(`/sv/organisations/${L.org}`);
  assert.match(card.body, /<h1><span lang="fi">Kallion Kävelijät ry<\/span><\/h1>/);
  assert.match(card.body, /<span lang="fi">Kävelyryhmä Kalliossa<\/span>/);

  const index = await get('/en/organisations');
  assert.match(index.body, /<span lang="fi">Kallion Kävelijät ry<\/span>/);
});

test('Swedish pages name municipalities in Swedish: Helsingfors and Åbo, also in addresses typed in Finnish', async () => {
  const card = await get(`/sv/organisations/${L.org}`);
  assert.match(card.body, /Kolmas linja 1, 00530 Helsingfors/);
  assert.doesNotMatch(card.body, /Helsinki/);
  assert.match(card.body, /Helsingfors, Åbo/, 'where the course is available');

  const all = await get(`/sv/organisations/${L.org}/all`);
  assert.doesNotMatch(all.body, /Helsinki|Turku/);

  const activity = await get(`/sv/activities/${L.course}`);
  assert.match(activity.body, /<dt>Var<\/dt><dd>Helsingfors, Åbo<\/dd>/);
  assert.match(activity.body, /00530 Helsingfors/);

  const index = await get('/sv/organisations');
  assert.match(index.body, /Kallion Kävelijät ry<\/span><\/a><span class="org-index-meta">[^<]*Helsingfors/);

  const fi = await get(`/organisations/${L.org}`);
  assert.match(fi.body, /Kolmas linja 1, 00530 Helsinki/);
});

test('a card or activity page opened from the search results links back to exactly those results', async () => {
  const results = '/search?q=k%C3%A4vely&municipality=091&page=2';
  const from = encodeURIComponent(results);

  const card = await get(`/organisations/${L.org}?from=${from}`);
  assert.equal(card.status, 200);
  assert.match(card.body, /<p class="back-to-results no-print"><a href="\/search\?q=k%C3%A4vely&amp;municipality=091&amp;page=2"><span aria-hidden="true">← <\/span>Takaisin hakutuloksiin<\/a><\/p>/);
  assert.ok(card.body.indexOf('Takaisin hakutuloksiin') < card.body.indexOf('<h1'), 'near the top, before the heading');
  // The card's own links keep the way back.
  assert.match(card.body, new RegExp(`href="/activities/${L.walk}\\?from=${from}"`));
  assert.match(card.body, new RegExp(`href="/organisations/${L.org}/all\\?from=${from}"`));

  const activity = await get(`/activities/${L.walk}?from=${from}`);
  assert.match(activity.body, /<a href="\/search\?q=k%C3%A4vely&amp;municipality=091&amp;page=2"><span aria-hidden="true">← <\/span>Takaisin hakutuloksiin<\/a>/);
  assert.match(activity.body, new RegExp(`href="/organisations/${L.org}\\?from=${from}"`));

  const en = await get(`/en/activities/${L.walk}?from=${from}`);
  assert.match(en.body, /<a href="\/en\/search\?q=k%C3%A4vely&amp;municipality=091&amp;page=2">.*?Back to search results<\/a>/);
  const sv = await get(`/sv/organisations/${L.org}?from=${encodeURIComponent('/sv/search?q=a')}`);
  assert.match(sv.body, /<a href="\/sv\/search\?q=a">.*?Tillbaka till sökresultaten<\/a>/);

  const all = await get(`/organisations/${L.org}/all?from=${from}`);
  assert.match(all.body, /Takaisin hakutuloksiin/);
});

test('without results to return to, or with a foreign or malformed from, there is no back link', async () => {
  const hostile = [
    'https://evil.example/search?q=a',
    '//evil.example/search?q=a',
    '/\\evil.example/search',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)//search',
    '/search/../admin',
    '/searchx?q=a',
    '/organisations',
    '/de/search?q=a',
    ' /search?q=a',
    '/search?q=a#x',
    `/search?q=${'a'.repeat(3000)}`,
  ];
  for (const url of [`/organisations/${L.org}`, `/activities/${L.walk}`]) {
    const plain = await get(url);
    assert.doesNotMatch(plain.body, /back-to-results|Takaisin hakutuloksiin|from=/, url);
    for (const from of hostile) {
      const res = await get(`${url}?from=${encodeURIComponent(from)}`);
      assert.equal(res.status, 200, from);
      assert.doesNotMatch(res.body, /back-to-results|Takaisin hakutuloksiin/, from);
      assert.doesNotMatch(res.body, /href="(https?:)?\/\/evil|href="\/\\|href="javascript:/i, from);
    }
    const twice = await get(`${url}?from=%2Fsearch%3Fq%3Da&from=%2Fsearch%3Fq%3Db`);
    assert.equal(twice.status, 200);
    assert.doesNotMatch(twice.body, /Takaisin hakutuloksiin/);
  }
});
