/**
 * Results a professional can act on: each hit's phone and e-mail (the activity's, else its organisation's) as tel: /
 * mailto: links, the form folded under "Muuta hakua" naming the chosen filters, and the printout's line.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Service } from '../../boot.js';
import { stableId } from '../../platform/ids.js';
import { createTestService } from '../../../tests/support/test-app.js';
import { emptyCounts, type ActivityGraph, type OrganizationGraph } from '../directory/organization-graph.js';
import { saveOrganizationGraph } from '../directory/save-organization-graph.js';
import { rebuildSearchIndex } from './rebuild-search-index.js';
import { listResultCardRecords } from './search.repo.js';

const KUOPIO = '297';
const WORD = 'yhteystietotesti';
const id = {
  org: { main: stableId('rcx-org', 'main'), persons: stableId('rcx-org', 'persons'), requests: stableId('rcx-org', 'requests') },
  act: {
    own: stableId('rcx-act', 'own'),
    fallback: stableId('rcx-act', 'fallback'),
    person: stableId('rcx-act', 'person'),
    orgPerson: stableId('rcx-act', 'org-person'),
    hostile: stableId('rcx-act', 'hostile'),
    requestsOnly: stableId('rcx-act', 'requests-only'),
    draft: stableId('rcx-act', 'draft'),
  },
};

function activity(actId: string, name_fi: string, fields: Partial<ActivityGraph['activity']> = {}, contacts: ActivityGraph['contacts'] = []): ActivityGraph {
  return {
    activity: { id: actId, name_fi, description_fi: `${WORD} kuvaus`, status: 'published', last_checked: '2026-09-15', ...fields },
    municipalityCodes: [KUOPIO],
    termIds: [],
    places: [],
    schedules: [],
    contacts,
  };
}

const graphs: OrganizationGraph[] = [
  {
    organization: { id: id.org.main, name_fi: 'Yhteystiedot Esimerkki ry', status: 'published', last_checked: '2026-08-01', phone: '+358 40 0000 900', email: 'toimisto@example.org' },
    contacts: [],
    locations: [],
    activities: [
      activity(id.act.own, 'Oma numero -ryhmä', { phone: '09 0000 901', email: 'ryhma@example.org' }),
      activity(id.act.fallback, 'Järjestön numerolla -ryhmä'),
      activity(id.act.person, 'Ohjaajan numerolla -ryhmä', {}, [
        { id: stableId('rcx-contact', 'leader'), name: 'Testi Ohjaaja', email: 'ohjaaja@example.org', phone: '040 0000 902' },
      ]),
      activity(id.act.hostile, 'Vihamielinen -ryhmä', { phone: '<b>040</b> 0000 903', email: '"><script>alert(1)</script>@example.org' }),
      activity(id.act.draft, 'Luonnos -ryhmä', { status: 'draft', phone: '040 0000 905', email: 'luonnos@example.org' }),
    ],
  },
  {
    organization: { id: id.org.persons, name_fi: 'Vain Yhteyshenkilöt ry', status: 'published', last_checked: '2026-08-01' },
    contacts: [{ id: stableId('rcx-contact', 'boss'), name: 'Testi Johtaja', email: 'johtaja@example.org', phone: '+358 50 0000 904' }],
    locations: [],
    activities: [activity(id.act.orgPerson, 'Yhteyshenkilön numerolla -ryhmä')],
  },
  {
    organization: { id: id.org.requests, name_fi: 'Vain Pyynnöt ry', status: 'published', last_checked: '2026-08-01', contact_request_email: 'pyynnot@example.org' },
    contacts: [],
    locations: [],
    activities: [activity(id.act.requestsOnly, 'Ei yhteystietoja -ryhmä')],
  },
];

let service: Service;
before(async () => {
  service = await createTestService();
  const db = service.database.db;
  const counts = emptyCounts();
  await db.transaction().execute(async (trx) => {
    for (const graph of graphs) await saveOrganizationGraph({ db: trx, graph, counts });
  });
  await rebuildSearchIndex({ db });
});
after(async () => {
  await service.close();
});

async function page(url: string): Promise<string> {
  const res = await service.app.inject({ method: 'GET', url });
  assert.equal(res.statusCode, 200, url);
  return res.body;
}

/** The <li class="hit"> of one activity. */
function hitOf(html: string, activityId: string, prefix = ''): string {
  const start = html.indexOf(`href="${prefix}/activities/${activityId}`);
  assert.ok(start > 0, `hit ${activityId} is listed`);
  const from = html.lastIndexOf('<li class="hit">', start);
  const to = html.indexOf('</li>', html.indexOf('</dl>', start));
  return html.slice(from, to);
}

test("a hit shows the activity's own phone and e-mail as tel: and mailto: links", async () => {
  const hit = hitOf(await page(`/search?q=${WORD}`), id.act.own);
  assert.match(hit, /<dt>Puhelin<\/dt><dd><a href="tel:090000901">09 0000 901<\/a><\/dd>/);
  assert.match(hit, /<dt>Sähköposti<\/dt><dd><a href="mailto:ryhma@example.org">ryhma@example.org<\/a><\/dd>/);
  assert.doesNotMatch(hit, /toimisto@example\.org|0000 900/, "not the organisation's when the activity has its own");
});

test("without its own, a hit shows its contact person's, else the organisation's, else the organisation's contact person's", async () => {
  const html = await page(`/search?q=${WORD}`);
  const person = hitOf(html, id.act.person);
  assert.match(person, /href="tel:0400000902">040 0000 902</);
  assert.match(person, /href="mailto:ohjaaja@example.org">ohjaaja@example.org</);
  const fallback = hitOf(html, id.act.fallback);
  assert.match(fallback, /<a href="tel:\+358400000900">\+358 40 0000 900<\/a>/);
  assert.match(fallback, /<a href="mailto:toimisto@example.org">toimisto@example.org<\/a>/);
  const orgPerson = hitOf(html, id.act.orgPerson);
  assert.match(orgPerson, /href="tel:\+358500000904">\+358 50 0000 904</);
  assert.match(orgPerson, /href="mailto:johtaja@example.org"/);
});

test('the address for contact requests is never shown; a hit with no contact details has no phone or e-mail row', async () => {
  const html = await page(`/search?q=${WORD}`);
  assert.doesNotMatch(html, /pyynnot@example\.org/);
  const hit = hitOf(html, id.act.requestsOnly);
  assert.doesNotMatch(hit, /Puhelin|Sähköposti|tel:|mailto:/);
});

test('hostile contact details are escaped text: tel: keeps digits only, a broken address is no mailto: link', async () => {
  const hit = hitOf(await page(`/search?q=${WORD}`), id.act.hostile);
  assert.doesNotMatch(hit, /<script|<b>/);
  assert.match(hit, /<a href="tel:0400000903">&lt;b>040&lt;\/b> 0000 903<\/a>/);
  assert.doesNotMatch(hit, /mailto:/);
  assert.match(hit, /<dd>&quot;>&lt;script>alert\(1\)&lt;\/script>@example.org<\/dd>/);
  for (const m of hit.matchAll(/href="tel:([^"]*)"/g)) assert.match(m[1]!, /^\+?\d+$/);
});

test('the labels in Swedish and English', async () => {
  const sv = hitOf(await page(`/sv/search?q=${WORD}`), id.act.own, '/sv');
  assert.match(sv, /<dt>Telefon<\/dt>/);
  assert.match(sv, /<dt>E-post<\/dt>/);
  const en = hitOf(await page(`/en/search?q=${WORD}`), id.act.own, '/en');
  assert.match(en, /<dt>Phone<\/dt>/);
  assert.match(en, /<dt>Email<\/dt>/);
});

test('with filters chosen the form is folded under "Muuta hakua", whose summary names them; the form keeps its ids and labels', async () => {
  const html = await page(`/search?q=${WORD}&municipality=${KUOPIO}`);
  const details = /<details class="search-change"( open)?><summary>(.*?)<\/summary>/.exec(html);
  assert.ok(details, 'the form is inside a <details>');
  assert.equal(details[1], undefined, 'closed when there are hits');
  const summary = details[2]!.replace(/<[^>]+>/g, '');
  assert.ok(summary.startsWith('Muuta hakua'), `the summary starts with its control's name: ${summary}`);
  assert.match(summary, new RegExp(`Hakusi: ”${WORD}”, Kuopio$`));
  const inside = html.slice(html.indexOf('<details class="search-change"'), html.indexOf('</details>', html.indexOf('<details class="search-change"')));
  for (const [field, label] of [
    ['search-need', 'Mihin etsit tukea?'],
    ['search-support', 'Millaista tukea etsit?'],
    ['search-municipality', 'Miltä alueelta etsit tukea?'],
    ['search-q', 'Hakusana'],
  ]) {
    assert.ok(inside.includes(`<label for="${field}">${label}</label>`), `${field} labelled "${label}" inside the details`);
  }
  assert.match(inside, new RegExp(`<input type="search" id="search-q" name="q" value="${WORD}"`));
  assert.match(inside, /<button type="submit">Hae<\/button>/);
  assert.ok(html.indexOf('</details>') < html.indexOf('<h1'), 'the folded form comes before the count');
});

test('the summary in Swedish and English; escaped keyword', async () => {
  assert.match(await page(`/sv/search?q=${WORD}`), /<span class="search-change-action">Ändra sökningen<\/span>/);
  assert.match(await page(`/en/search?q=${WORD}`), /<span class="search-change-action">Change search<\/span>/);
  const hostile = await page(`/search?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
  assert.doesNotMatch(hostile, /<img src=x/);
  assert.match(hostile, /Hakusi: ”&lt;img src=x onerror=alert\(1\)>”/);
});

test('open when nothing was found; the plain form without a summary when nothing was chosen', async () => {
  assert.match(await page('/search?q=xyzzyqwv'), /<details class="search-change" open><summary>/);
  const all = await page('/search');
  assert.doesNotMatch(all, /<details class="search-change"|Muuta hakua/);
  assert.match(all, /<form class="search-form"/);
  assert.doesNotMatch(await page('/'), /Muuta hakua/);
});

test('on paper: a line with the search made, the date and the address of the same results', async () => {
  const html = await page(`/search?q=${WORD}&municipality=${KUOPIO}`);
  const line = /<div class="print-only search-print">(.*?)<\/div>/.exec(html)?.[1]?.replace(/<[^>]+>/g, ' ') ?? '';
  assert.match(line, new RegExp(`Haku: ”${WORD}”, Kuopio\\. Tulostettu \\d{1,2}\\.\\d{1,2}\\.\\d{4}\\.`));
  assert.match(line, new RegExp(`Hakutulokset verkossa: https?://[^ ]+/search\\?q=${WORD}&amp;municipality=${KUOPIO}`));
  assert.match(await page('/search'), /Haku: kaikki toiminta\. Tulostettu/);
});

test('the cards read listed activities only: a draft asked for by id gives nothing, not its contact details', async () => {
  const records = await listResultCardRecords(service.database.db, [id.act.draft, id.act.own], 'fi');
  assert.deepEqual(
    records.map((r) => [r.id, r.phone, r.email]),
    [[id.act.own, '09 0000 901', 'ryhma@example.org']],
  );
  assert.doesNotMatch(await page(`/search?q=${WORD}`), /luonnos@example\.org|0000 905/);
});
