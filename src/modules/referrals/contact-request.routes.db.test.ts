import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestService } from '../../../tests/support/test-app.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import type { Service } from '../../boot.js';
import { R, addContactRequestFixture } from './contact-request.fixture.js';
import { CONTACT_REQUEST_LIMITS } from './contact-request.routes.js';

let service: Service;

before(async () => {
  service = await createTestService();
  await addContactRequestFixture(service.database.db);
});

after(async () => {
  await service.close();
});

const formUrl = `/contact-requests/new?organization=${R.helpA}&activity=${R.groupB}`;

/** A valid resident's request to helpA and (through its activity) helpB, with overrides. */
function fields(over: Record<string, string> = {}): [string, string][] {
  const base: Record<string, string> = {
    sender: 'self',
    unit: '',
    followUpEmail: '',
    firstName: 'Reittitesti',
    phone: '040 100 1000',
    email: '',
    preferredTime: 'aamuisin',
    contactLang: 'fi',
    message: 'Hei',
    consent: 'self',
    website: '',
    ...over,
  };
  return [...Object.entries(base), ['organization', R.helpA], ['activity', R.groupB]];
}

async function requestCount(): Promise<number> {
  const r = await service.database.db.selectFrom('contact_request').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

test('the form page names the recipients and has every field, labelled, in fi / sv / en', async () => {
  const b = new TestBrowser(service.app, '203.0.113.1');
  const page = await b.get(formUrl);
  assert.equal(page.statusCode, 200);
  const html = page.body;
  assert.match(html, /<h1 id="contact-request-heading">Pyydä yhteydenottoa<\/h1>/);
  assert.match(html, /<li>Apuyhdistys A ry<\/li>/);
  assert.match(html, /<li>Vertaisryhmä B \(Tukiyhdistys B ry\)<\/li>/);
  assert.match(html, new RegExp(`<input type="hidden" name="organization" value="${R.helpA}"/>`));
  assert.match(html, new RegExp(`<input type="hidden" name="activity" value="${R.groupB}"/>`));
  assert.match(html, /<form method="post" action="\/contact-requests"/);
  assert.match(html, /<fieldset class="field choice-group" id="sender-group"[^>]*><legend>Kenelle yhteydenottoa pyydetään\?<span class="required"> \(pakollinen\)<\/span><\/legend>/);
  for (const label of [
    'Pyydän yhteydenottoa itselleni',
    'Lähetän pyynnön asiakkaan puolesta',
    'Sähköpostisi seurantaa varten',
    'Etunimi',
    'Puhelinnumero',
    'Sähköposti',
    'Sopiva yhteydenottoaika',
    'Viesti',
  ]) {
    assert.match(html, new RegExp(`<label for="[^"]+">${label}(<span|</label>)`), label);
  }
  assert.match(html, /<legend>Yhteydenoton kieli<span class="required">/);
  assert.match(html, /<label for="consent-professional">Asiakas on antanut luvan/);
  assert.match(html, /<label for="consent-self">Annan luvan/);
  assert.match(html, /<a href="\/privacy">Miten tietoja käsitellään: tietosuojaseloste<\/a>/);
  assert.match(html, /Älä kirjoita terveystietoja/);
  assert.match(html, /<button type="submit" id="contact-request-submit">Lähetä yhteydenottopyyntö<\/button>/);
  assert.match(html, /id="firstName" name="firstName" type="text" value autocomplete="given-name"/);
  assert.match(html, /id="phone" name="phone" type="tel" value autocomplete="tel" inputmode="tel"/);
  assert.match(html, /id="email" name="email" type="email" value autocomplete="email"/);
  assert.match(html, /id="contactLang-fi" name="contactLang" value="fi" checked/, 'the page language is the default');
  assert.match(html, /<div class="visually-hidden" aria-hidden="true"><label for="website">[^<]+<\/label><input type="text" id="website" name="website" value tabindex="-1" autocomplete="off"\/>/);

  const sv = await b.get(`/sv${formUrl}`);
  assert.match(sv.body, /<h1 id="contact-request-heading">Be om kontakt<\/h1>/);
  assert.match(sv.body, /<form method="post" action="\/sv\/contact-requests"/);
  assert.match(sv.body, /id="contactLang-sv" name="contactLang" value="sv" checked/);
  assert.match(sv.body, /<li>Hjälpförening A rf<\/li>/);
  const en = await b.get(`/en${formUrl}`);
  assert.match(en.body, /<h1 id="contact-request-heading">Ask to be contacted<\/h1>/);
  assert.match(en.body, /<a href="\/en\/privacy">/);

  const none = await b.get(`/contact-requests/new?organization=${R.archived}`);
  assert.equal(none.statusCode, 200);
  assert.doesNotMatch(none.body, /<form method="post" action="\/contact-requests"/, 'no form without a recipient that takes requests');
  assert.doesNotMatch(none.body, /Lakkautettu/);
});

test('a valid request: 303 to the confirmation, which says to whom it went and shows the reference and nothing typed', async () => {
  const b = new TestBrowser(service.app, '203.0.113.2');
  const before = await requestCount();
  const res = await b.submit(formUrl, '/contact-requests', fields({ phone: '040 100 1001', message: 'Ei näy vahvistuksessa' }));
  assert.equal(res.statusCode, 303);
  const location = String(res.headers.location);
  assert.match(location, /^\/contact-requests\/sent\/YP-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  assert.equal(await requestCount(), before + 1);
  const page = await b.get(location);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<h1>Yhteydenottopyyntö on lähetetty<\/h1>/);
  assert.match(page.body, /<li>Apuyhdistys A ry<\/li>\s*<li>Tukiyhdistys B ry<\/li>/);
  assert.match(page.body, new RegExp(`<strong class="reference">${location.split('/').pop()}</strong>`));
  assert.match(page.body, /Mitä seuraavaksi tapahtuu/);
  assert.match(page.body, /viimeistään 180 päivän kuluttua/);
  for (const typed of ['Reittitesti', '100 1001', '401001001', 'Ei näy vahvistuksessa', 'aamuisin']) assert.ok(!page.body.includes(typed), typed);

  const sv = await b.submit(`/sv${formUrl}`, '/sv/contact-requests', fields({ phone: '040 100 1002', contactLang: 'sv' }));
  assert.equal(sv.statusCode, 303);
  assert.match(String(sv.headers.location), /^\/sv\/contact-requests\/sent\/YP-/);
  const svPage = await b.get(String(sv.headers.location));
  assert.match(svPage.body, /<li>Hjälpförening A rf<\/li>/);

  const unknown = await b.get('/contact-requests/sent/YP-CCCC-CCCC');
  assert.equal(unknown.statusCode, 200);
  assert.match(unknown.body, /Pyyntö on vastaanotettu/);
  assert.doesNotMatch(unknown.body, /Apuyhdistys|Tukiyhdistys/);
});

test('invalid input: 400, the error summary linking to the fields, everything typed kept, the recipients still named', async () => {
  const b = new TestBrowser(service.app, '203.0.113.3');
  const before = await requestCount();
  const res = await b.submit(formUrl, '/contact-requests', fields({ phone: '', email: '', consent: '', firstName: 'Pidetty', preferredTime: 'iltaisin', message: 'Kirjoitettu viesti' }));
  assert.equal(res.statusCode, 400);
  assert.equal(await requestCount(), before);
  const html = res.body;
  assert.match(html, /<title>Virhe: Pyydä yhteydenottoa/);
  assert.match(html, /class="error-summary"[^]*<a href="#phone">Anna puhelinnumero tai sähköpostiosoite/);
  assert.match(html, /<a href="#email">Anna puhelinnumero tai sähköpostiosoite/);
  assert.match(html, /<a href="#consent-self">Anna lupa yhteystietojen lähettämiseen/);
  assert.match(html, /id="phone-error"/);
  assert.match(html, /aria-invalid="true" aria-describedby="phone-hint phone-error"/);
  assert.match(html, /value="Pidetty"/);
  assert.match(html, /value="iltaisin"/);
  assert.match(html, />Kirjoitettu viesti<\/textarea>/);
  assert.match(html, /id="sender-self" name="sender" value="self" checked/);
  assert.match(html, /<li>Apuyhdistys A ry<\/li>/);
  assert.match(html, new RegExp(`<input type="hidden" name="activity" value="${R.groupB}"/>`));

  const phone = await b.submit(formUrl, '/contact-requests', fields({ phone: '12', sender: 'professional', unit: '', consent: 'professional' }));
  assert.equal(phone.statusCode, 400);
  assert.match(phone.body, /<a href="#phone">Tarkista puhelinnumero/);
  assert.match(phone.body, /<a href="#unit">Kirjoita yksikkösi tai organisaatiosi/);
  assert.match(phone.body, /value="12"/);
  assert.match(phone.body, /id="consent-professional" name="consent" value="professional" checked/);

  // A recipient that no longer takes requests: the form again, without it.
  const gone = await b.post('/contact-requests', [...fields({ phone: '040 100 1003' }), ['organization', R.archived]], (await b.get(formUrl)).body);
  assert.equal(gone.statusCode, 400);
  assert.match(gone.body, /Kaikki valitut järjestöt eivät ota vastaan yhteydenottopyyntöjä/);
  assert.doesNotMatch(gone.body, new RegExp(`value="${R.archived}"`));
  assert.match(gone.body, new RegExp(`value="${R.helpA}"`));
  assert.equal(await requestCount(), before);
});

test('a filled honeypot gets the same 303 and a confirmation page, and nothing is stored or sent', async () => {
  const b = new TestBrowser(service.app, '203.0.113.4');
  const before = await requestCount();
  const jobs = Number((await service.database.db.selectFrom('job').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const res = await b.submit(formUrl, '/contact-requests', fields({ website: 'https://spam.example', phone: '040 100 1004' }));
  assert.equal(res.statusCode, 303);
  assert.match(String(res.headers.location), /^\/contact-requests\/sent\/YP-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  assert.equal(await requestCount(), before);
  assert.equal(Number((await service.database.db.selectFrom('job').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n), jobs);
  const page = await b.get(String(res.headers.location));
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<h1>Yhteydenottopyyntö on lähetetty<\/h1>/);
});

test('a post without the CSRF token is refused with 403 and nothing is stored', async () => {
  const b = new TestBrowser(service.app, '203.0.113.5');
  await b.get(formUrl);
  const before = await requestCount();
  const res = await b.post('/contact-requests', fields({ phone: '040 100 1005' }));
  assert.equal(res.statusCode, 403);
  assert.equal(await requestCount(), before);
});

test('too many requests for one phone number: 429 with Retry-After, a friendly message and everything typed kept', async () => {
  const phone = '040 100 1010';
  for (let i = 0; i < CONTACT_REQUEST_LIMITS.perContact; i++) {
    // From different addresses, so that only the per-number limit counts; the number written differently each time.
    const b = new TestBrowser(service.app, `203.0.113.${20 + i}`);
    const ok = await b.submit(formUrl, '/contact-requests', fields({ phone: i % 2 ? phone : '+358401001010' }));
    assert.equal(ok.statusCode, 303, `request ${i + 1}`);
  }
  const before = await requestCount();
  const b = new TestBrowser(service.app, '203.0.113.40');
  const res = await b.submit(formUrl, '/contact-requests', fields({ phone, firstName: 'Rajalla', message: 'Tämä säilyy' }));
  assert.equal(res.statusCode, 429);
  assert.ok(Number(res.headers['retry-after']) > 0);
  assert.equal(await requestCount(), before);
  assert.match(res.body, /class="error-summary"[^]*<a href="#contact-request-submit">Yhteydenottopyyntöjä on lähetetty lyhyessä ajassa liian monta/);
  assert.match(res.body, /value="Rajalla"/);
  assert.match(res.body, /value="040 100 1010"/);
  assert.match(res.body, />Tämä säilyy<\/textarea>/);
  // Another number from the same address still goes through.
  assert.equal((await b.submit(formUrl, '/contact-requests', fields({ phone: '040 100 1011' }))).statusCode, 303);
});

test('too many requests from one address: 429 with the input kept', async () => {
  const b = new TestBrowser(service.app, '203.0.113.50');
  for (let i = 0; i < CONTACT_REQUEST_LIMITS.perIp; i++) {
    const res = await b.post('/contact-requests', fields({ phone: `040 100 ${2000 + i}` }), (await b.get(formUrl)).body);
    assert.equal(res.statusCode, 303, `request ${i + 1}`);
  }
  const res = await b.submit(formUrl, '/contact-requests', fields({ phone: '040 100 2999', firstName: 'Ylittäjä' }));
  assert.equal(res.statusCode, 429);
  assert.match(res.body, /value="Ylittäjä"/);
});

test('the privacy notice in fi / sv / en, with the configured erasure times, linked from the footer and the form', async () => {
  const b = new TestBrowser(service.app, '203.0.113.6');
  for (const [prefix, title, retention] of [
    ['', 'Tietosuojaseloste', /poistetaan 90 päivän kuluttua[^]*viimeistään 180 päivän kuluttua/],
    ['/sv', 'Dataskyddsbeskrivning', /raderas 90 dagar efter[^]*senast 180 dagar/],
    ['/en', 'Privacy notice', /erased 90 days after[^]*180 days after the request was sent/],
  ] as const) {
    const page = await b.get(`${prefix}/privacy`);
    assert.equal(page.statusCode, 200, prefix);
    assert.match(page.body, new RegExp(`<h1>${title}</h1>`));
    assert.match(page.body, retention);
    assert.equal((page.body.match(/<h2 id="privacy-/g) ?? []).length, 8);
    const home = await b.get(`${prefix}/`);
    assert.match(home.body, new RegExp(`<footer[^]*<a href="${prefix}/privacy">`), `the footer links to the notice (${prefix || 'fi'})`);
  }
});

test('the organisation card and the activity page carry the form only when the organisation takes contact requests', async () => {
  const b = new TestBrowser(service.app, '203.0.113.7');
  const card = await b.get(`/organisations/${R.helpA}`);
  assert.equal(card.statusCode, 200);
  assert.match(card.body, /<h2 id="contact-request-heading">Pyydä yhteydenottoa<\/h2>/);
  assert.match(card.body, new RegExp(`<input type="hidden" name="organization" value="${R.helpA}"/>`));
  assert.doesNotMatch(card.body, /pyynnot@apu-a\.example\.org/, 'the request address is never shown');
  const activity = await b.get(`/sv/activities/${R.groupB}`);
  assert.equal(activity.statusCode, 200);
  assert.match(activity.body, /<h2 id="contact-request-heading">Be om kontakt<\/h2>/);
  assert.match(activity.body, new RegExp(`<input type="hidden" name="activity" value="${R.groupB}"/>`));
  assert.match(activity.body, /<form method="post" action="\/sv\/contact-requests"/);

  // Sent from the card: the same POST, back to a confirmation.
  const sent = await b.post('/contact-requests', [...fields({ phone: '040 100 1020' }).filter(([k]) => k !== 'activity' && k !== 'organization'), ['organization', R.helpA]], card.body);
  assert.equal(sent.statusCode, 303);

  for (const url of [`/organisations/${R.noAddr}`, `/activities/${R.noAddrGroup}`]) {
    const page = await b.get(url);
    assert.equal(page.statusCode, 200, url);
    assert.doesNotMatch(page.body, /contact-request-heading/, url);
  }
});
