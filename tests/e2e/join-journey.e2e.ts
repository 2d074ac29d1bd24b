/**
 * The whole "NGOs keep their own data" journey in Chromium, with every e-mail read back from a real SMTP server
 * started here (the service sends through it: SMTP_URL, the embedded job worker): an organisation orders a join
 * link on "Järjestöille", opens it from the mail, fills the form over several steps and sends it; the regional
 * administrator (created here) signs in by a mailed link, sees the queue and the diff, and approves; the
 * organisation is found on the search results page at once. Then the return-for-changes path (the maintainer gets
 * the message by mail, edits, sends again, approved) and the reject path. axe (WCAG 2.1 A/AA) on every page.
 * Runs on PGlite, or on PostgreSQL with TEST_DATABASE_URL.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ParsedMail } from 'mailparser';
import type { Page } from 'playwright-core';
import { addRole, ensureUser } from '../../src/platform/auth/auth.repo.js';
import { expectNoAxeViolations, expectPageStructure, startMailE2E, type MailE2E } from './support.js';

const ADMIN = 'alue.paakayttaja@example.org';

let e2e: MailE2E;

before(async () => {
  e2e = await startMailE2E({ demo: false });
  const db = e2e.service.database.db;
  const admin = await ensureUser(db, { id: '00000000-0000-4000-8000-0000000a0001', email: ADMIN, lang: 'fi' });
  await addRole(db, { userId: admin.id, role: 'regional_admin', scopeId: 'pohjois-savo' });
});

after(async () => {
  await e2e?.close();
});

const newPage = () => e2e.newPage();

async function check(page: Page, label: string): Promise<void> {
  await expectPageStructure(page, label);
  await expectNoAxeViolations(page, label);
}

const mailTo = (to: string, subject: RegExp) => e2e.mailTo(to, subject);
const linkIn = (mail: ParsedMail, pattern: RegExp) => e2e.linkIn(mail, pattern);

async function next(page: Page, url: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Tallenna ja jatka' }).click();
  await page.waitForURL(url);
}

/** Orders a join link, opens it from the mail and fills the form over every step; returns the submission id. */
async function join(page: Page, email: string, name: string, activity: string, label: string): Promise<string> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Järjestöille' }).click();
  await page.waitForURL(/\/for-organisations$/);
  await check(page, `${label}: for organisations`);
  await page.locator('#email').fill(email);
  await page.locator('#email').press('Enter');
  await page.waitForURL(/\/for-organisations\/sent$/);
  await check(page, `${label}: join link sent`);

  const joinMail = await mailTo(email, /./);
  await page.goto(linkIn(joinMail, /^\/join\//));
  await check(page, `${label}: confirm join link`);
  await page.getByRole('button', { name: 'Kirjaudu ja aloita' }).click();
  await page.waitForURL(/\/my\/submissions\/[0-9a-f-]+\/organisation$/);
  const id = /\/my\/submissions\/([0-9a-f-]+)\//.exec(page.url())![1]!;
  await check(page, `${label}: step 1`);
  await page.locator('#nameFi').fill(name);
  await page.locator('#descriptionFi').fill(`${name} tarjoaa vertaistukea ja keskusteluapua Kuopiossa.`);
  await next(page, /\/contact$/);
  await check(page, `${label}: step 2`);
  await page.locator('#email').fill(`toimisto.${email}`);
  await page.getByLabel('Kotikunta').selectOption('297');
  await page.locator('#contactRequestEmail').fill(`yhteydenotot.${email}`);
  await next(page, /\/maintainers$/);
  await check(page, `${label}: step 3`);
  await next(page, /\/activities$/);
  await check(page, `${label}: step 4`);
  await page.getByRole('button', { name: 'Lisää toiminta' }).click();
  await page.waitForURL(/\/activities\/[0-9a-f-]+$/);
  await check(page, `${label}: activity`);
  await page.locator('#nameFi').fill(activity);
  await page.locator('#descriptionFi').fill('Ryhmä kokoontuu tiistaisin kirjastolla.');
  for (const box of ['needs-yksinaisyys', 'supports-vertaistuki', 'targets-aikuiset', 'municipalityCodes-297']) await page.locator(`#${box}`).check();
  await page.getByRole('button', { name: 'Tallenna toiminta' }).click();
  await page.waitForURL(/\/activities$/);
  await next(page, /\/review$/);
  await check(page, `${label}: step 5`);
  await page.getByRole('button', { name: 'Lähetä tarkistettavaksi' }).click();
  await page.waitForURL(/\?sent=1$/);
  await check(page, `${label}: sent for review`);
  return id;
}

/** The regional administrator signs in with a link asked for on the sign-in page and read from the mail. */
async function adminSignsIn(): Promise<Page> {
  const page = await newPage();
  await page.goto('/');
  await page.getByRole('link', { name: 'Kirjaudu' }).click();
  await page.waitForURL(/\/sign-in$/);
  await check(page, 'admin: sign-in');
  await page.getByLabel('Sähköpostiosoite').fill(ADMIN);
  await page.getByRole('button', { name: 'Lähetä kirjautumislinkki' }).click();
  await page.waitForURL(/\/sign-in\/sent$/);
  const mail = await mailTo(ADMIN, /^Kirjautumislinkki/);
  await page.goto(linkIn(mail, /^\/sign-in\/[A-Za-z0-9_-]+$/));
  await check(page, 'admin: confirm sign-in');
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await page.waitForURL(/\/account$/);
  await check(page, 'admin: account');
  return page;
}

/** Opens the submission from the administrator's "awaiting review" mail. */
async function openFromReviewMail(admin: Page, name: string, submissionId: string, label: string): Promise<void> {
  const mail = await mailTo(ADMIN, new RegExp(name));
  const path = linkIn(mail, /^\/admin\/review\/[0-9a-f-]+$/);
  assert.equal(path, `/admin/review/${submissionId}`);
  await admin.goto(path);
  await check(admin, `${label}: review page`);
}

async function expectFoundBySearch(page: Page, activity: string, name: string, label: string): Promise<void> {
  await page.goto(`/search?q=${encodeURIComponent(activity)}`);
  await check(page, `${label}: search results`);
  assert.ok(await page.getByRole('link', { name: activity }).first().isVisible(), `${activity} is on the results page`);
  assert.ok(await page.getByText(name).first().isVisible());
}

let admin: Page;

test('join → review → approve: the organisation is found by search at once', async () => {
  const ngo = await newPage();
  const name = 'Kallaveden Kävelykaverit ry';
  const activity = 'Kuutamokävely Kallaveden rannalla';
  const id = await join(ngo, 'kavelykaverit@example.org', name, activity, 'join');

  admin = await adminSignsIn();
  await admin.getByRole('link', { name: 'Tarkastettavat' }).click();
  await admin.waitForURL(/\/admin\/review$/);
  await check(admin, 'queue');
  assert.ok(await admin.getByRole('link', { name }).isVisible(), 'the submission is in the queue');
  assert.ok(await admin.getByRole('cell', { name: 'alle päivän' }).first().isVisible(), 'its age is shown');
  await openFromReviewMail(admin, name, id, 'join');
  assert.ok(await admin.getByText('Uusi järjestö: kaikki tiedot ovat uusia.').isVisible());
  assert.ok(await admin.getByRole('row', { name: new RegExp(`Nimi suomeksi ${name}`) }).isVisible(), 'the diff lists the name');
  assert.ok(await admin.getByRole('heading', { name: new RegExp(activity) }).isVisible());

  await admin.getByRole('button', { name: 'Hyväksy ja julkaise' }).click();
  await admin.waitForURL(/\?done=approved$/);
  await check(admin, 'approved');
  assert.ok(await admin.getByText('Tiedot hyväksyttiin ja julkaistiin.').isVisible());

  const approved = await mailTo('kavelykaverit@example.org', /^Tiedot on julkaistu/);
  const cardPath = linkIn(approved, /^\/organisations\/[0-9a-f-]+$/);
  await expectFoundBySearch(ngo, activity, name, 'join');
  await ngo.goto(cardPath);
  await check(ngo, 'join: organisation card');
  assert.ok(await ngo.getByRole('heading', { level: 1, name }).isVisible());

  await admin.getByRole('link', { name: 'Tapahtumaloki' }).click();
  await check(admin, 'audit log');
  assert.ok(await admin.getByRole('cell', { name: 'Hyväksytty' }).first().isVisible());
});

test('return for changes: the maintainer gets the message by mail, edits, sends again, and it is approved', async () => {
  const ngo = await newPage();
  const name = 'Niiralan Naapuriapu ry';
  const activity = 'Naapuriavun kahvila';
  const id = await join(ngo, 'naapuriapu@example.org', name, activity, 'return');
  await openFromReviewMail(admin, name, id, 'return');

  // Returning needs a message: the error is shown next to the field.
  await admin.getByRole('button', { name: 'Palauta täydennettäväksi' }).click();
  await check(admin, 'return without a message');
  assert.equal(await admin.getByLabel('Viesti järjestölle').getAttribute('aria-invalid'), 'true');
  await admin.getByLabel('Viesti järjestölle').fill('Kertokaa kuvauksessa, missä kahvila kokoontuu.');
  await admin.getByRole('button', { name: 'Palauta täydennettäväksi' }).click();
  await admin.waitForURL(/\?done=returned$/);
  await check(admin, 'returned');

  const returned = await mailTo('naapuriapu@example.org', /^Tiedot palautettiin täydennettäväksi/);
  assert.match(returned.text ?? '', /Kertokaa kuvauksessa, missä kahvila kokoontuu\./);
  await ngo.goto(linkIn(returned, new RegExp(`^/my/submissions/${id}$`)));
  await ngo.waitForURL(/\/my\/submissions\/[0-9a-f-]+\/[a-z]+$/);
  await check(ngo, 'return: the returned draft');
  await ngo.goto(`/my/submissions/${id}/organisation`);
  await ngo.locator('#descriptionFi').fill(`${name} pitää kahvilaa Niiralan kirjastolla tiistaisin.`);
  await next(ngo, /\/contact$/);
  await ngo.goto(`/my/submissions/${id}/review`);
  await check(ngo, 'return: check and send again');
  await ngo.getByRole('button', { name: 'Lähetä tarkistettavaksi' }).click();
  await ngo.waitForURL(/\?sent=1$/);

  await openFromReviewMail(admin, name, id, 'return, sent again');
  assert.ok(await admin.getByText(/Niiralan kirjastolla/).first().isVisible(), 'the edited description is shown');
  await admin.getByRole('button', { name: 'Hyväksy ja julkaise' }).click();
  await admin.waitForURL(/\?done=approved$/);
  await mailTo('naapuriapu@example.org', /^Tiedot on julkaistu/);
  await expectFoundBySearch(ngo, activity, name, 'return');
});

test('reject: the reason is mailed, the submission is closed and nothing is published', async () => {
  const ngo = await newPage();
  const name = 'Kauppayhdistys Testi ry';
  const activity = 'Tarjouspäivät';
  const id = await join(ngo, 'kauppa@example.org', name, activity, 'reject');
  await openFromReviewMail(admin, name, id, 'reject');
  await admin.getByLabel('Viesti järjestölle').fill('Toiminta ei ole sosiaali- ja terveysalan yleishyödyllistä toimintaa.');
  await admin.getByRole('button', { name: 'Hylkää' }).click();
  await admin.waitForURL(/\?done=rejected$/);
  await check(admin, 'rejected');
  assert.ok(await admin.getByText('Tämä ilmoitus on jo käsitelty. Tila: Hylätty.').isVisible());

  const rejected = await mailTo('kauppa@example.org', /^Tietoja ei julkaistu/);
  assert.match(rejected.text ?? '', /Toiminta ei ole sosiaali- ja terveysalan yleishyödyllistä toimintaa\./);
  await ngo.goto(`/my/submissions/${id}`);
  await check(ngo, 'reject: status page');
  await ngo.goto(`/search?q=${encodeURIComponent(activity)}`);
  await check(ngo, 'reject: search results');
  assert.equal(await ngo.getByText(name).count(), 0, 'not published: the organisation is in no result');

  await admin.goto('/admin/review?status=rejected');
  await check(admin, 'queue: rejected');
  assert.ok(await admin.getByRole('link', { name }).isVisible());
});
