/**
 * The newsletter journey in Chromium (issue 13 item 6), every e-mail read back from a real SMTP server started here
 * (the service sends through it: SMTP_URL, the embedded job worker with the modules' jobs): a resident subscribes with
 * "Tilaa uutiskirje" on Pohjois-Savo's portal and confirms by the mailed link; the region's administrator (signed in
 * directly: signing in by a mailed link is checked in sign-in.e2e.ts and the join journey) composes an issue from a news item, an upcoming event and their own text, previews it, sends a test to themselves
 * and sends it; the resident receives it once, with List-Unsubscribe and List-Unsubscribe-Post, opens its unsubscribe
 * page, and the mail client's one-click POST unsubscribes them. axe (WCAG 2.1 A/AA) on every page visited.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ParsedMail } from 'mailparser';
import type { Page } from 'playwright-core';
import { insertTestEvent } from '../../src/modules/events/events.fixture.js';
import { addTestNews } from '../../src/modules/news/news.fixture.js';
import { addInboxOrganization } from '../../src/modules/referrals/inbox.fixture.js';
import { addRole, ensureUser } from '../../src/platform/auth/auth.repo.js';
import type { Database } from '../../src/platform/db/database.js';
import { expectNoAxeViolations, expectPageStructure, startMailE2E, type MailE2E } from './support.js';

const ADMIN = 'uutiskirje.paakayttaja@example.org';
const RESIDENT = 'asukas.tilaaja@example.org';

let e2e: MailE2E;
let db: Database;

before(async () => {
  e2e = await startMailE2E({ demo: false, moduleJobs: true });
  db = e2e.service.database.db;
  const admin = await ensureUser(db, { id: '00000000-0000-4000-8000-0000000b0001', email: ADMIN, lang: 'fi' });
  await addRole(db, { userId: admin.id, role: 'regional_admin', scopeId: 'pohjois-savo' });
  const org = await addInboxOrganization(db, 'uutiskirje-e2e', 'Kuopion uutiskirjeyhdistys ry');
  await addTestNews(db, { regionId: 'pohjois-savo', organizationId: org.id });
  const start = new Date(Date.now() + 7 * 86_400_000);
  await insertTestEvent(db, { startsAt: start, endsAt: new Date(start.getTime() + 2 * 3_600_000), municipalities: ['297'], nameFi: 'Joulumyyjäiset', reviewStatus: 'approved' });
});

after(async () => {
  await e2e?.close();
});

async function check(page: Page, label: string): Promise<void> {
  await expectPageStructure(page, label);
  await expectNoAxeViolations(page, label);
}

const mailTo = (to: string, subject: RegExp) => e2e.mailTo(to, subject);
const linkIn = (mail: ParsedMail, pattern: RegExp) => e2e.linkIn(mail, pattern);

const header = (mail: ParsedMail, key: string) => mail.headerLines.find((h) => h.key === key)?.line.replace(/\r\n[ \t]+/g, ' ');

test('subscribe on the portal, confirm by mail, the administrator composes and sends, the resident receives it once and unsubscribes with one click', async () => {
  // The resident subscribes on the portal's front page.
  const resident = await e2e.newPage();
  await resident.goto('/regions/pohjois-savo');
  await check(resident, 'portal front page');
  const form = resident.locator('aside').filter({ has: resident.getByRole('heading', { name: 'Tilaa uutiskirje' }) });
  await form.getByLabel('Sähköpostiosoite').fill(RESIDENT);
  await form.getByRole('button', { name: 'Tilaa uutiskirje' }).click();
  await resident.waitForURL(/\/regions\/pohjois-savo\/newsletter\/sent$/);
  await check(resident, 'subscription: check your e-mail');

  const confirmMail = await mailTo(RESIDENT, /^Vahvista uutiskirjeen tilaus/);
  await resident.goto(linkIn(confirmMail, /^\/newsletter\/confirm\/[A-Za-z0-9_-]{43}$/));
  await check(resident, 'confirm subscription');
  await resident.getByRole('button', { name: 'Vahvista tilaus' }).click();
  await resident.waitForURL(/\/newsletter\/confirmed\?region=pohjois-savo$/);
  await check(resident, 'subscription confirmed');

  // The administrator composes.
  const admin = await e2e.signedInAs(ADMIN);
  await admin.goto('/admin/regions/pohjois-savo/newsletter');
  await check(admin, 'newsletter: administrators');
  await admin.getByRole('link', { name: 'Uusi uutiskirje' }).click();
  await admin.waitForURL(/\/newsletter\/new$/);
  await check(admin, 'newsletter: compose');
  await admin.getByLabel('Otsikko').fill('Pohjois-Savon joulukirje');
  await admin.getByLabel('Oma teksti').fill('Hyvää joulua **kaikille**!\n\nTässä kuun uutiset ja tapahtumat.');
  await admin.getByLabel('Matriisiuutinen').check();
  await admin.getByLabel(/^Joulumyyjäiset/).check();
  await admin.getByRole('button', { name: 'Tallenna luonnos' }).click();
  await admin.waitForURL(/\/newsletter\/[0-9a-f-]{36}\?done=created$/);
  await check(admin, 'newsletter: the draft and its preview');
  const issuePath = new URL(admin.url()).pathname;
  await assert.doesNotReject(admin.frameLocator('iframe.newsletter-preview').getByRole('link', { name: 'Joulumyyjäiset' }).waitFor());
  // The frame's document (the e-mail's HTML part) on its own: axe does not scan into frames here.
  const preview = await e2e.newPage();
  await preview.context().addCookies(await admin.context().cookies());
  await preview.goto(`${issuePath}/preview`);
  await expectNoAxeViolations(preview, 'newsletter: the e-mail HTML');

  await Promise.all([admin.waitForURL(/\?done=test$/), admin.getByRole('button', { name: 'Lähetä testiviesti itselleni' }).press('Enter')]);
  const testMail = await mailTo(ADMIN, /^\[Testi\] Pohjois-Savon joulukirje$/);
  assert.equal(header(testMail, 'list-unsubscribe'), undefined, 'a test has no unsubscribe header');

  await Promise.all([admin.waitForURL(/\?done=sending$/), admin.getByRole('button', { name: 'Lähetä 1 tilaajalle' }).press('Enter')]);
  await check(admin, 'newsletter: sending');

  // The resident receives it once, with the one-click headers.
  const issue = await mailTo(RESIDENT, /^Pohjois-Savon joulukirje$/);
  assert.match(issue.text ?? '', /Hyvää joulua \*\*kaikille\*\*!/);
  assert.match(issue.text ?? '', /Matriisiuutinen/);
  assert.match(issue.text ?? '', /Joulumyyjäiset/);
  const unsubscribePath = linkIn(issue, /^\/newsletter\/unsubscribe\/[A-Za-z0-9_-]{43}$/);
  assert.equal(header(issue, 'list-unsubscribe'), `List-Unsubscribe: <${e2e.baseUrl}${unsubscribePath}>`);
  assert.equal(header(issue, 'list-unsubscribe-post'), 'List-Unsubscribe-Post: List-Unsubscribe=One-Click');
  await admin.reload();
  await assert.doesNotReject(admin.getByText('Lähetetty', { exact: true }).waitFor());

  // Opening the link changes nothing; the mail client's one-click POST (RFC 8058, no CSRF token) unsubscribes.
  await resident.goto(unsubscribePath);
  await check(resident, 'unsubscribe page');
  assert.equal((await db.selectFrom('newsletter_subscriber').select('id').execute()).length, 1);
  const oneClick = await resident.request.post(`${e2e.baseUrl}${unsubscribePath}`, { form: { 'List-Unsubscribe': 'One-Click' }, maxRedirects: 0 });
  assert.equal(oneClick.status(), 303);
  assert.equal((await db.selectFrom('newsletter_subscriber').select('id').execute()).length, 0, 'the address is gone');
  await resident.reload();
  await assert.doesNotReject(resident.getByText(/tilaus on jo peruttu/).waitFor());
  await check(resident, 'unsubscribe page after unsubscribing');
  assert.equal(e2e.smtp.messages.filter((m) => m.subject === 'Pohjois-Savon joulukirje').length, 1, 'exactly one issue e-mail');
});
