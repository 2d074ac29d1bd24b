import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Service } from '../../boot.js';
import { createTestService } from '../../../tests/support/test-app.js';
import { F, saveDirectoryFixture } from './directory.fixture.js';

let service: Service;
before(async () => {
  service = await createTestService();
  await saveDirectoryFixture(service.database.db);
});
after(async () => {
  await service.close();
});

async function get(url: string): Promise<{ status: number; body: string }> {
  const res = await service.app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.body };
}

function count(haystack: string, needle: string | RegExp): number {
  return needle instanceof RegExp ? (haystack.match(new RegExp(needle.source, 'g')) ?? []).length : haystack.split(needle).length - 1;
}

test('the organisation card shows the essentials, contact details and published activities', async () => {
  const { status, body } = await get(`/organisations/${F.branch}`);
  assert.equal(status, 200);
  assert.equal(count(body, /<h1[ >]/), 1);
  assert.match(body, /Järjestökortti/);
  assert.match(body, /<h1>Esimerkkikylän Omaisyhdistys ry<\/h1>/);
  assert.match(body, /Paikallisyhdistys/);
  assert.match(body, /Tiedot tarkistettu 1\.10\.2026/);
  assert.match(body, /Tuemme omaishoitajia Kuopiossa/);
  assert.doesNotMatch(body, /Toinen kappale vain kaikissa tiedoissa/, 'the card shows the short description only');
  assert.match(body, /class="plain-summary"[^>]*>\s*<h2[^>]*>Selkokielinen kuvaus<\/h2><p>Autamme ihmisiä/);
  assert.match(body, /href="https:\/\/omaisyhdistys\.example\.org\/"/);
  assert.match(body, /href="mailto:toimisto@example\.org"/);
  assert.match(body, /href="tel:\+358400000123"/);
  assert.match(body, /Esimerkkikatu 1, 70100 Kuopio/);
  assert.match(body, /Ottaa vastaan uusia osallistujia/);
  assert.match(body, new RegExp(`<a class="button" href="/organisations/${F.branch}/all">Katso kaikki tiedot</a>`));
  assert.match(body, new RegExp(`href="/activities/${F.peerGroup}">Omaishoitajien vertaisryhmä</a>`));
  assert.match(body, /Kuopio, Siilinjärvi/);
  assert.match(body, /Vertaistuki/);
  assert.match(body, new RegExp(`href="/activities/${F.chat}">Omaisten chat</a>`));
  assert.match(body, /Etänä \/ koko Suomi/);
  assert.doesNotMatch(body, /Luonnosryhmä/, 'draft activities are not public');
  assert.match(body, /Tulosta/);
  assert.match(body, /aria-label="Murupolku"/);
  assert.match(body, /<a href="\/organisations">Kaikki järjestöt<\/a>/);
});

test('drafts, archived, unknown and malformed ids answer 404, never 500', async () => {
  const urls = [
    `/organisations/${F.draft}`,
    `/organisations/${F.archived}`,
    `/organisations/${F.archived}/all`,
    '/organisations/00000000-0000-4000-8000-000000000000',
    '/organisations/not-a-uuid',
    '/organisations/not-a-uuid/all',
    "/organisations/1'%20or%201=1",
    `/organisations/${F.branch}x`,
    `/activities/${F.draftActivity}`,
    `/activities/${F.draftOrgActivity}`,
    '/activities/12345',
    '/sv/activities/zzz',
  ];
  for (const url of urls) {
    const { status, body } = await get(url);
    assert.equal(status, 404, url);
    assert.match(body, /<h1>(Sivua ei löytynyt|Sidan hittades inte)<\/h1>/, url);
  }
});

test('"Katso kaikki tiedot" shows the Y-tunnus, parent, descriptions in every language and activities in full', async () => {
  const { status, body } = await get(`/organisations/${F.branch}/all`);
  assert.equal(status, 200);
  assert.equal(count(body, /<h1[ >]/), 1);
  assert.match(body, /<dt>Y-tunnus<\/dt><dd>1234567-1<\/dd>/);
  assert.match(body, new RegExp(`<dt>Emojärjestö</dt><dd><a href="/organisations/${F.umbrella}">Valtakunnallinen Omaisliitto ry</a>`));
  assert.match(body, /Omaiset ry/);
  assert.match(body, /<span lang="sv">Exempelby anhörigförening rf<\/span>/);
  assert.match(body, /Toinen kappale vain kaikissa tiedoissa/);
  assert.match(body, /<p lang="sv">Vi stöder närståendevårdare i Kuopio\.<\/p>/);
  assert.match(body, /<p lang="en">We support family carers in Kuopio\.<\/p>/);
  assert.match(body, /href="https:\/\/facebook\.example\.org\/omaisyhdistys">Facebook<\/a>/);
  assert.match(body, /<th scope="col">Nimi<\/th>/);
  assert.match(body, /Testi Toiminnanjohtaja/);
  assert.match(body, /Yhdistyksen olohuone<\/strong>, Esimerkkikatu 1, 70100 Kuopio/);
  assert.match(body, /Esteetön sisäänkäynti pihan puolelta/);
  // activities in full
  assert.match(body, /Omaishoito ja läheisen tukeminen/);
  assert.match(body, /Omaiset ja läheiset/);
  assert.match(body, /kuukauden 1\. tiistai 17\.00–19\.00/);
  assert.match(body, /tiistaisin 17\.00–19\.00: Kahvit alkaen 16\.30\./);
  assert.match(body, /Ei kokoontumisia heinäkuussa/);
  assert.match(body, /suomi, ruotsi/);
  assert.match(body, /Ilmoittautuminen etukäteen\. Ilmoittaudu puhelimitse\./);
  assert.match(body, /Maksullinen\. Kahvimaksu 2 €\./);
  assert.match(body, /Induktiosilmukka/);
  assert.match(body, /vähintään 18-vuotiaat/);
  assert.match(body, /Testi Ryhmänohjaaja/);
  assert.doesNotMatch(body, /Luonnosryhmä/);
  // headings in order: no h3 before the first h2, no h4 at all
  const levels = [...body.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
  for (let i = 1; i < levels.length; i++) assert.ok(levels[i]! <= levels[i - 1]! + 1, `heading h${levels[i]} follows h${levels[i - 1]}`);
});

test('the parent organisation lists its local branch', async () => {
  const { body } = await get(`/organisations/${F.umbrella}/all`);
  assert.match(body, /Paikallisyhdistykset/);
  assert.match(body, new RegExp(`href="/organisations/${F.branch}">Esimerkkikylän Omaisyhdistys ry</a>`));
  assert.match(body, /maanantaisin ja keskiviikkoisin 09\.00–15\.00 \(puhelimessa\)/);
});

test('the activity page shows its details, the organisation contact details and a link to the card', async () => {
  const { status, body } = await get(`/activities/${F.peerGroup}`);
  assert.equal(status, 200);
  assert.equal(count(body, /<h1[ >]/), 1);
  assert.match(body, /<h1>Omaishoitajien vertaisryhmä<\/h1>/);
  assert.match(body, /Omaishoitajien vertaisryhmä: kuvaus\./);
  assert.match(body, /Vertaistuki/);
  assert.match(body, /kuukauden 1\. tiistai 17\.00–19\.00/);
  assert.match(body, /Järjestön yhteystiedot/);
  assert.match(body, /href="mailto:toimisto@example\.org"/);
  assert.match(body, new RegExp(`href="/organisations/${F.branch}">Avaa järjestökortti: Esimerkkikylän Omaisyhdistys ry</a>`));
  assert.match(body, /Tiedot tarkistettu 15\.9\.2026/);
  assert.match(body, new RegExp(`href="/activities/${F.chat}"`), 'other activities of the organisation are linked');
});

test('the A–Ö list puts Å, Ä and Ö after Z, links only letters that have organisations, and leaves drafts out', async () => {
  const { status, body } = await get('/organisations');
  assert.equal(status, 200);
  assert.equal(count(body, /<h1[ >]/), 1);
  assert.match(body, /7 järjestöä/);
  const order = ['Esimerkkikylän', 'Helsingin Tukiyhdistys', 'Valtakunnallinen', 'Zeta-klubi', 'Åbo Stödförening', 'Äänekosken Ystävät', 'Övernäsin'].map((n) => {
    const i = body.indexOf(`${n}`, body.indexOf('id="letters"'));
    assert.ok(i > 0, n);
    return i;
  });
  assert.deepEqual([...order].sort((a, b) => a - b), order);
  assert.match(body, /<a href="#letter-Z">Z<\/a>/);
  assert.match(body, /<a href="#letter-Ä">Ä<\/a>/);
  assert.match(body, /<span class="letter-empty">B<span class="visually-hidden"> \(ei järjestöjä\)<\/span><\/span>/);
  assert.ok(body.indexOf('>Z<') < body.indexOf('>Å<') && body.indexOf('>Å<') < body.indexOf('>Ä<') && body.indexOf('>Ä<') < body.indexOf('>Ö<'));
  assert.match(body, /<h2 id="letter-Ö">Ö<\/h2>/);
  assert.doesNotMatch(body, /Luonnosjärjestö|Arkistoitu/);
  assert.doesNotMatch(body, /javascript:/);
});

test('the municipality filter keeps organisations located in the municipality or active there', async () => {
  const { status, body } = await get('/organisations?municipality=297');
  assert.equal(status, 200);
  assert.match(body, /2 järjestöä/);
  assert.match(body, /Esimerkkikylän Omaisyhdistys ry/, 'located in Kuopio');
  assert.match(body, /Helsingin Tukiyhdistys ry/, 'has an activity in Kuopio');
  assert.doesNotMatch(body, /Zeta-klubi|Valtakunnallinen Omaisliitto|Luonnosjärjestö|Arkistoitu/);
  assert.match(body, /<option value="297" selected>Kuopio<\/option>/);
  assert.match(body, /<form method="get" action="\/organisations"/);
  assert.match(body, /<label for="municipality">Kunta<\/label>/);

  const siilinjarvi = await get('/organisations?municipality=749');
  assert.match(siilinjarvi.body, /Zeta-klubi ry/);
  assert.match(siilinjarvi.body, /Esimerkkikylän Omaisyhdistys ry/, 'its peer group meets in Siilinjärvi too');

  assert.match((await get('/organisations?municipality=')).body, /7 järjestöä/);
  assert.equal((await get('/organisations?municipality=abc')).status, 400);
  assert.equal((await get('/organisations?municipality=999')).status, 400);
  assert.equal((await get('/organisations?municipality=297&municipality=749')).status, 400);
});

test('Swedish pages use Swedish labels and the Swedish name when there is one', async () => {
  const card = await get(`/sv/organisations/${F.branch}`);
  assert.equal(card.status, 200);
  assert.match(card.body, /<html lang="sv">/);
  assert.match(card.body, /Organisationskort/);
  assert.match(card.body, /<h1>Exempelby anhörigförening rf<\/h1>/);
  assert.match(card.body, /Vi stöder närståendevårdare i Kuopio\./);
  assert.match(card.body, /<p lang="fi">Autamme ihmisiä/, 'the Finnish-only plain summary is marked as Finnish');
  assert.match(card.body, /href="\/sv\/organisations\/[^"]+\/all">Se alla uppgifter<\/a>/);
  assert.match(card.body, /Kamratgrupp för närståendevårdare/);
  assert.match(card.body, /Kuopio, Siilinjärvi/);
  assert.match(card.body, /På distans \/ hela Finland/);

  const activity = await get(`/sv/activities/${F.peerGroup}`);
  assert.match(activity.body, /första tisdagen i månaden 17\.00–19\.00/);
  assert.match(activity.body, /<span lang="fi">Ilmoittaudu puhelimitse\.<\/span>/);

  const index = await get('/sv/organisations?municipality=297');
  assert.match(index.body, /Alla organisationer A–Ö/);
  assert.match(index.body, /2 organisationer/);
  assert.match(index.body, /Exempelby anhörigförening rf/);
  assert.match(index.body, /action="\/sv\/organisations"/);

  const en = await get(`/en/organisations/${F.zeta}`);
  assert.match(en.body, /Organisation card/);
  assert.match(en.body, /<h1><span lang="fi">Zeta-klubi ry<\/span><\/h1>/);
});

test('unsafe web addresses are shown as text, never as links', async () => {
  const { status, body } = await get(`/organisations/${F.aane}`);
  assert.equal(status, 200);
  assert.doesNotMatch(body, /href="javascript:/);
  assert.match(body, /javascript:alert\(1\)/);
});
