import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Service } from '../../boot.js';
import { createTestService } from '../../../tests/support/test-app.js';
import { fx, KUOPIO, loadSearchFixture, SIILINJARVI } from './search.fixture.js';

let service: Service;
before(async () => {
  service = await createTestService();
  await loadSearchFixture(service.database.db);
});
after(async () => {
  await service.close();
});

const get = (url: string) => service.app.inject({ method: 'GET', url });
/** Text of the page with tags removed and whitespace collapsed. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const decode = (s: string) => s.replaceAll('&amp;', '&');

function labelFor(html: string, id: string): string | undefined {
  return new RegExp(`<label for="${id}">([^<]*)</label>`).exec(html)?.[1];
}

test('the front page asks the three questions with exactly the Finnish labels, as a GET form to /search', async () => {
  const res = await get('/');
  assert.equal(res.statusCode, 200);
  const html = res.body;
  assert.equal((html.match(/<h1[ >]/g) ?? []).length, 1);
  assert.equal(labelFor(html, 'search-need'), 'Mihin etsit tukea?');
  assert.equal(labelFor(html, 'search-support'), 'Millaista tukea etsit?');
  assert.equal(labelFor(html, 'search-municipality'), 'Miltä alueelta etsit tukea?');
  assert.equal(labelFor(html, 'search-q'), 'Hakusana');
  assert.match(html, /<form[^>]*method="get"[^>]*action="\/search"/);
  assert.match(html, /<select id="search-need" name="need">/);
  assert.match(html, /<select id="search-support" name="support">/);
  assert.match(html, /<select id="search-municipality" name="municipality">/);
  assert.match(html, /<input type="search" id="search-q" name="q"/);
  // Pohjois-Savo first, then the other municipalities; the remote choice too.
  const psavo = html.indexOf('<optgroup label="Pohjois-Savo">');
  const others = html.indexOf('<optgroup label="Muut kunnat">');
  assert.ok(psavo > 0 && others > psavo);
  assert.ok(html.indexOf('>Kuopio<') > psavo && html.indexOf('>Kuopio<') < others);
  assert.ok(html.indexOf('>Helsinki<') > others);
  assert.match(html, /<option value="remote">Etänä \/ koko Suomi<\/option>/);
  assert.match(html, /href="\/search\?need=masennus">Masennus</);
  assert.ok(Buffer.byteLength(html) < 60_000, `front page is ${Buffer.byteLength(html)} bytes`);
});

test('the Swedish pages use the Swedish labels and Swedish links', async () => {
  const front = await get('/sv');
  assert.equal(front.statusCode, 200);
  assert.equal(labelFor(front.body, 'search-need'), 'Vad söker du stöd för?');
  assert.equal(labelFor(front.body, 'search-q'), 'Sökord');
  assert.match(front.body, /action="\/sv\/search"/);
  assert.match(front.body, /<optgroup label="Norra Savolax">/);
  assert.match(front.body, />Helsingfors</);

  const res = await get('/sv/search?need=omaishoito');
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /<html lang="sv"/);
  assert.equal(labelFor(res.body, 'search-support'), 'Vilket slags stöd söker du?');
  assert.match(text(res.body), /2 verksamheter hittades/);
  assert.match(res.body, /Stödgrupp för närstående/);
  // A translated name is in the page's language; a Finnish fallback is marked lang="fi" (both kinds here).
  assert.doesNotMatch(res.body, /lang="fi">Stödgrupp för närstående/);
  assert.match(res.body, /<a href="\/sv\/organisations\/[^"]+"><span lang="fi">Mielenterveysseura Esimerkki ry<\/span><\/a>/);
  assert.match(res.body, /">Kuopio närståendevårdare rf<\/a>/);
  assert.match(res.body, /href="\/sv\/activities\//);
  assert.match(res.body, /Ta bort avgränsning:/);
});

test('results: count, hits with organisation, area, kind of support and last-checked date', async () => {
  const res = await get(`/search?need=omaishoito&municipality=${KUOPIO}`);
  assert.equal(res.statusCode, 200);
  const html = res.body;
  assert.match(html, /<h1 class="search-count">1 toiminta löytyi<\/h1>/);
  // Each link carries these results (?from=), so the activity page and the card can link back to them.
  const from = `from=${encodeURIComponent(`/search?need=omaishoito&municipality=${KUOPIO}`)}`;
  assert.match(html, new RegExp(`<a href="/activities/${fx.act.omaisryhma}\\?${from}">Omaishoitajien vertaisryhmä</a>`));
  assert.match(html, new RegExp(`<a href="/organisations/${fx.org.omaiset}\\?${from}">Kuopion Omaishoitajat ry</a>`));
  assert.match(text(html), /Missä Kuopio, Siilinjärvi/);
  assert.match(text(html), /Tuen muoto Vertaistuki/);
  assert.match(text(html), /Tiedot tarkistettu 15\.9\.2026/);
  // The form is prefilled.
  assert.match(html, /<option value="omaishoito" selected>/);
  assert.match(html, new RegExp(`<option value="${KUOPIO}" selected>`));
});

test('nationwide and remote activities show as such', async () => {
  const res = await get(`/search?need=masennus&municipality=${SIILINJARVI}`);
  assert.equal(res.statusCode, 200);
  assert.match(text(res.body), /1 toiminta löytyi/);
  assert.match(res.body, /Valtakunnallinen kriisipuhelin/);
  assert.match(res.body, /<dd class="hit-remote">Etänä \/ koko Suomi<\/dd>/);
  const remote = await get('/search?municipality=remote');
  assert.match(text(remote.body), /2 toimintaa löytyi/);
});

test('chips: each removes just its own filter', async () => {
  const res = await get(`/search?q=ryhm%C3%A4&need=omaishoito&support=vertaistuki&municipality=${KUOPIO}`);
  assert.equal(res.statusCode, 200);
  const chips = [...res.body.matchAll(/<a class="chip" href="([^"]*)"><span class="visually-hidden">Poista rajaus: <\/span>([^<]*)<span/g)].map((m) => ({
    href: decode(m[1]!),
    label: m[2]!,
  }));
  assert.deepEqual(
    chips.map((c) => c.label),
    ['Hakusana: ryhmä', 'Omaishoito ja läheisen tukeminen', 'Vertaistuki', 'Kuopio'],
  );
  const params = (href: string) => new URL(href, 'http://x').searchParams;
  const all = ['q', 'need', 'support', 'municipality'];
  chips.forEach((chip, i) => {
    const p = params(chip.href);
    all.forEach((name, j) => assert.equal(p.has(name), i !== j, `chip ${chip.label} and ${name}`));
  });
});

test('facets show counts and link to the search with that value', async () => {
  const res = await get('/search?q=vertaisryhm%C3%A4');
  const html = decode(res.body);
  assert.match(text(html), /Rajaa tuloksia/);
  assert.match(html, /<a href="\/search\?q=vertaisryhm%C3%A4&need=omaishoito">Omaishoito ja läheisen tukeminen <span class="facet-count">\(2\)<\/span><\/a>/);
  assert.match(html, /href="\/search\?q=vertaisryhm%C3%A4&municipality=297">Kuopio <span class="facet-count">\(2\)/);
});

test('sorting by name and pagination links', async () => {
  const res = await get('/search?sort=name');
  assert.equal(res.statusCode, 200);
  const names = [...res.body.matchAll(/<h2 class="hit-title"><a [^>]*>([^<]*)</g)].map((m) => m[1]);
  assert.deepEqual(names.slice(-4), ['Zumba ikäihmisille', 'Ålandsryhmä', 'Äitien vertaisryhmä', 'Öinen chat']);
  assert.match(res.body, /<a href="\/search\?sort=name" aria-current="true">Nimi A–Ö<\/a>/);
  assert.doesNotMatch(res.body, /class="pagination"/, 'one page only');
});

test('a page past the end is an empty page with a link back, not an error', async () => {
  const res = await get('/search?page=40');
  assert.equal(res.statusCode, 200);
  assert.match(text(res.body), /Tällä sivulla ei ole tuloksia/);
  assert.match(res.body, /<a href="\/search">Siirry tulosten ensimmäiselle sivulle<\/a>/);
});

test('empty state suggests removing filters and browsing organisations (no offer of an area that has nothing either)', async () => {
  const res = await get(`/search?need=syopa&municipality=${KUOPIO}`);
  assert.equal(res.statusCode, 200);
  const t = text(res.body);
  assert.match(t, /Toimintaa ei löytynyt/);
  assert.match(t, /Kokeile poistaa jokin rajaus/);
  assert.match(res.body, /Poista rajaus: <\/span>Syöpä/);
  // No syöpä activity anywhere: the whole country is not offered (see search-help.db.test.ts for the offer).
  assert.doesNotMatch(res.body, /Hae kaikilta alueilta/);
  assert.match(res.body, /<a href="\/organisations">Selaa kaikkia järjestöjä<\/a>/);
});

test('a misspelt keyword shows the closest matches with a notice; no notice when nothing is found', async () => {
  const res = await get('/search?q=omaishoitja');
  assert.equal(res.statusCode, 200);
  assert.match(text(res.body), /Hakusanalla ”omaishoitja” ei löytynyt täsmällisiä osumia/);
  assert.match(res.body, /Omaishoitajien vertaisryhmä/);
  const none = await get('/search?q=xyzzyqwv');
  assert.match(text(none.body), /Toimintaa ei löytynyt/);
  assert.doesNotMatch(none.body, /search-notice/);
  assert.match(text(none.body), /Tarkista hakusanan kirjoitusasu/);
});

test('bad parameters get a friendly 400 page, never a 500', async () => {
  for (const url of [
    '/search?need=ei-tallaista',
    '/search?support=%22%3E%3Cscript%3E',
    '/search?municipality=999',
    '/search?municipality=abc',
    '/search?sort=random',
    '/search?page=abc',
    '/search?page=0',
    '/search?page=-1',
    '/search?page=1.5',
    '/search?q=a&q=b',
    '/sv/search?need=nope',
  ]) {
    const res = await get(url);
    assert.equal(res.statusCode, 400, url);
    assert.match(res.headers['content-type'] as string, /text\/html/);
    assert.match(res.body, /<h1>(Pyyntöä ei voitu käsitellä|Begäran kunde inte behandlas)<\/h1>/, url);
    assert.doesNotMatch(res.body, /<script>/);
  }
});

test('hostile keywords are answered with a page', async () => {
  for (const q of ['"', "'", '&|!:*()', '<script>alert(1)</script>', 'x'.repeat(600), '%00', '\\', '-"', 'or']) {
    const res = await get(`/search?q=${encodeURIComponent(q)}`);
    assert.equal(res.statusCode, 200, q);
    assert.doesNotMatch(res.body, /<script>alert/);
  }
  const empty = await get('/search?q=&need=&support=&municipality=&sort=&page=');
  assert.equal(empty.statusCode, 200);
  assert.match(text(empty.body), /9 toimintaa löytyi/);
});

test('pagination: numbered, language-aware links with aria-current on the current page', async () => {
  const { saveOrganizationGraph } = await import('../directory/save-organization-graph.js');
  const { emptyCounts } = await import('../directory/organization-graph.js');
  const { stableId } = await import('../../platform/ids.js');
  const { rebuildSearchIndex } = await import('./rebuild-search-index.js');
  const orgId = stableId('sfx-org', 'many');
  await saveOrganizationGraph({
    db: service.database.db,
    counts: emptyCounts(),
    graph: {
      organization: { id: orgId, name_fi: 'Monen ryhmän yhdistys ry', status: 'published' },
      contacts: [],
      locations: [],
      activities: Array.from({ length: 45 }, (_, i) => ({
        activity: { id: stableId('sfx-many', String(i)), name_fi: `Kävelyryhmä ${i + 1}`, status: 'published' as const },
        municipalityCodes: [KUOPIO],
        termIds: [],
        places: [],
        schedules: [],
        contacts: [],
      })),
    },
  });
  await rebuildSearchIndex({ db: service.database.db });
  const res = await get('/en/search?q=k%C3%A4velyryhm%C3%A4&page=2');
  assert.equal(res.statusCode, 200);
  assert.match(text(res.body), /45 activities found/);
  assert.match(res.body, /<nav class="pagination" aria-label="Pages">/);
  assert.match(decode(res.body), /<a href="\/en\/search\?q=k%C3%A4velyryhm%C3%A4&page=2" aria-label="Page 2" aria-current="page">2<\/a>/);
  assert.match(decode(res.body), /<a href="\/en\/search\?q=k%C3%A4velyryhm%C3%A4" rel="prev">Previous<\/a>/);
  assert.match(decode(res.body), /<a href="\/en\/search\?q=k%C3%A4velyryhm%C3%A4&page=3" rel="next">Next<\/a>/);
  assert.equal((res.body.match(/<li class="hit">/g) ?? []).length, 20);
  assert.match(res.body, /<ol class="hits" aria-label="Results" start="21">/);
});

test('words found only in different activities: those matching some of the words are listed, with a notice saying so', async () => {
  const res = await get('/search?q=zumba+kriisipuhelin');
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /Kaikki hakusanat ”zumba kriisipuhelin” löytyivät vain harvasta toiminnasta/);
  assert.match(res.body, /Zumba ikäihmisille/);
  assert.match(res.body, /Valtakunnallinen kriisipuhelin/);
  const one = await get('/search?q=zumba');
  assert.doesNotMatch(one.body, /löytyivät vain harvasta toiminnasta/, 'no notice when every word matches');
});
