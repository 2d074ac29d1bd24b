/**
 * The newsletter journey in Chromium (issue 13 item 6), every e-mail read back from a real SMTP server started here
 * (the service sends through it: SMTP_URL, the embedded job worker with the modules' jobs): a resident subscribes with
 * "Tilaa uutiskirje" on Pohjois-Savo's portal and confirms by the mailed link; the region's administrator signs in,
 * composes an issue from a news item, an upcoming event and their own text, previews it, sends a test to themselves
 * and sends it; the resident receives it once, with List-Unsubscribe and List-Unsubscribe-Post, opens its unsubscribe
 * page, and the mail client's one-click POST unsubscribes them. axe (WCAG 2.1 A/AA) on every page visited.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type AddressInfo } from 'node:net';
import type { ParsedMail } from 'mailparser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createService, type Service } from '../../src/boot.js';
import { loadConfig } from '../../src/config.js';
import { backgroundJobs } from '../../src/jobs.js';
import { mailTemplates } from '../../src/mail-templates.js';
import { insertTestEvent } from '../../src/modules/events/events.fixture.js';
import { addTestNews } from '../../src/modules/news/news.fixture.js';
import { addInboxOrganization } from '../../src/modules/referrals/inbox.fixture.js';
import { addRole, ensureUser } from '../../src/platform/auth/auth.repo.js';
import type { Database } from '../../src/platform/db/database.js';
import { startBackgroundWork, type BackgroundWork } from '../../src/platform/jobs/start-background-work.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../src/platform/mail/test-smtp-server.js';
import { TEST_DATA_KEYS } from '../support/test-app.js';
import { createTestDatabase } from '../support/test-db.js';
import { expectNoAxeViolations, expectPageStructure, launchBrowser } from './support.js';

const ADMIN = 'uutiskirje.paakayttaja@example.org';
const RESIDENT = 'asukas.tilaaja@example.org';

let smtp: TestSmtpServer;
let service: Service;
let db: Database;
let background: BackgroundWork;
let browser: Browser;
let baseUrl: string;
const contexts: BrowserContext[] = [];

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

before(async () => {
  smtp = await startTestSmtpServer();
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const config = loadConfig({ LOG_LEVEL: 'warn', DEMO_DATA: 'off', BASE_URL: baseUrl, SMTP_URL: smtp.url, DATA_KEYS: TEST_DATA_KEYS });
  const database = await createTestDatabase();
  db = database.db;
  service = await createService(config, database);
  await service.app.listen({ port, host: '127.0.0.1' });
  const cipher = service.app.deps.cipher;
  background = startBackgroundWork({ config, db, cipher, pollMs: 100, templates: mailTemplates, extra: backgroundJobs(config, cipher) });
  const admin = await ensureUser(db, { id: '00000000-0000-4000-8000-0000000b0001', email: ADMIN, lang: 'fi' });
  await addRole(db, { userId: admin.id, role: 'regional_admin', scopeId: 'pohjois-savo' });
  const org = await addInboxOrganization(db, 'uutiskirje-e2e', 'Kuopion uutiskirjeyhdistys ry');
  await addTestNews(db, { regionId: 'pohjois-savo', organizationId: org.id });
  const start = new Date(Date.now() + 7 * 86_400_000);
  await insertTestEvent(db, { startsAt: start, endsAt: new Date(start.getTime() + 2 * 3_600_000), municipalities: ['297'], nameFi: 'Joulumyyjäiset', reviewStatus: 'approved' });
  browser = await launchBrowser();
});

after(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close().catch(() => {});
  await background?.stop();
  await service?.close();
  await smtp?.stop();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'fi-FI' });
  contexts.push(context);
  return context.newPage();
}

async function check(page: Page, label: string): Promise<void> {
  await expectPageStructure(page, label);
  await expectNoAxeViolations(page, label);
}

const taken = new Set<ParsedMail>();
async function mailTo(to: string, subject: RegExp): Promise<ParsedMail> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = smtp.messages.find((m) => !taken.has(m) && (m.to && !Array.isArray(m.to) ? m.to.text : '') === to && subject.test(m.subject ?? ''));
    if (found) {
      taken.add(found);
      return found;
    }
    const left = deadline - Date.now();
    if (left <= 0) assert.fail(`no mail to ${to} matching ${subject}; got: ${smtp.messages.map((m) => `${m.subject}`).join(' | ')}`);
    await smtp.waitFor(smtp.messages.length + 1, left).catch(() => {});
  }
}

function linkIn(mail: ParsedMail, pattern: RegExp): string {
  const links = [...(mail.text ?? '').matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
  const link = links.find((l) => l.startsWith(`${baseUrl}/`) && pattern.test(new URL(l).pathname));
  assert.ok(link, `mail "${mail.subject}" has a link matching ${pattern}: ${links.join(' ')}`);
  assert.ok((mail.html || '').includes(link), 'the HTML part carries the same link');
  return new URL(link).pathname;
}

const header = (mail: ParsedMail, key: string) => mail.headerLines.find((h) => h.key === key)?.line.replace(/\r\n[ \t]+/g, ' ');

test('subscribe on the portal, confirm by mail, the administrator composes and sends, the resident receives it once and unsubscribes with one click', async () => {
  // The resident subscribes on the portal's front page.
  const resident = await newPage();
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

  // The administrator signs in and composes.
  const admin = await newPage();
  await admin.goto('/sign-in');
  await admin.getByLabel('Sähköpostiosoite').fill(ADMIN);
  await admin.getByRole('button', { name: 'Lähetä kirjautumislinkki' }).click();
  await admin.waitForURL(/\/sign-in\/sent$/);
  await admin.goto(linkIn(await mailTo(ADMIN, /^Kirjautumislinkki/), /^\/sign-in\/[A-Za-z0-9_-]+$/));
  await admin.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await admin.waitForURL(/\/account$/);
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
  const preview = await newPage();
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
  assert.equal(header(issue, 'list-unsubscribe'), `List-Unsubscribe: <${baseUrl}${unsubscribePath}>`);
  assert.equal(header(issue, 'list-unsubscribe-post'), 'List-Unsubscribe-Post: List-Unsubscribe=One-Click');
  await admin.reload();
  await assert.doesNotReject(admin.getByText('Lähetetty', { exact: true }).waitFor());

  // Opening the link changes nothing; the mail client's one-click POST (RFC 8058, no CSRF token) unsubscribes.
  await resident.goto(unsubscribePath);
  await check(resident, 'unsubscribe page');
  assert.equal((await db.selectFrom('newsletter_subscriber').select('id').execute()).length, 1);
  const oneClick = await resident.request.post(`${baseUrl}${unsubscribePath}`, { form: { 'List-Unsubscribe': 'One-Click' }, maxRedirects: 0 });
  assert.equal(oneClick.status(), 303);
  assert.equal((await db.selectFrom('newsletter_subscriber').select('id').execute()).length, 0, 'the address is gone');
  await resident.reload();
  await assert.doesNotReject(resident.getByText(/tilaus on jo peruttu/).waitFor());
  await check(resident, 'unsubscribe page after unsubscribing');
  assert.equal(smtp.messages.filter((m) => m.subject === 'Pohjois-Savon joulukirje').length, 1, 'exactly one issue e-mail');
});
