/**
 * News and announcements of a regional portal in Chromium (issue 13 item 4): Pohjois-Savo's administrator signs in
 * and writes a news item (an empty title refused next to its field first); the demo maintainer sends an announcement
 * from the portal's news page; the administrator approves it in the review queue; a resident sees both on the
 * portal, the news list and their own pages, and the Atom feed lists them. axe on every page visited.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, expectPageStructure, startE2E, type E2E } from './support.js';
import { stableId } from '../../src/platform/ids.js';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

async function check(page: Page, label: string): Promise<void> {
  await expectPageStructure(page, label);
  await expectNoAxeViolations(page, label);
}

const NEWS_TITLE = 'Järjestöjen kevätmessut Kuopion torilla';
const ANNOUNCEMENT_TITLE = 'Lauluryhmä etsii uusia laulajia';

test('an administrator writes news, a maintainer sends an announcement, the administrator approves it, a resident sees both and the feed lists them', async () => {
  // 1. Pohjois-Savo's administrator: from the review queue to the region's news, and a new news item.
  const admin = await e2e.signedInAs(stableId('demo-user', 'regional-admin:pohjois-savo'));
  await admin.goto('/admin/review');
  await check(admin, 'review queue');
  await Promise.all([admin.waitForURL(/\/admin\/regions\/pohjois-savo\/news$/), admin.getByRole('link', { name: 'Uutiset: Pohjois-Savo' }).click()]);
  await check(admin, 'region news management');
  await Promise.all([admin.waitForURL(/\/news\/new$/), admin.getByRole('link', { name: 'Kirjoita uutinen' }).click()]);
  await check(admin, 'new news form');
  await admin.locator('#body').fill('Tervetuloa **kevätmessuille**!\n\n- järjestöjen esittelyt\n- vapaaehtoistehtävät');
  await admin.getByLabel('Kuvan osoite').fill('https://kuvat.esimerkki.fi/messut.jpg');
  await Promise.all([admin.waitForLoadState('load'), admin.getByRole('button', { name: 'Julkaise' }).click()]);
  // Refused next to their fields, the rest kept.
  await admin.locator('#title-error').waitFor();
  assert.match((await admin.locator('#imageAlt-error').textContent()) ?? '', /tekstivastine/);
  assert.equal(await admin.getByLabel('Kuvan osoite').inputValue(), 'https://kuvat.esimerkki.fi/messut.jpg');
  assert.match(await admin.title(), /^Virhe: /);
  await check(admin, 'new news form with errors');
  await admin.locator('#title').fill(NEWS_TITLE);
  await admin.getByLabel('Kuvan tekstivastine').fill('Järjestöjen esittelypöytiä torilla');
  await Promise.all([admin.waitForURL(/done=created/), admin.getByRole('button', { name: 'Julkaise' }).click()]);
  await admin.getByRole('status').getByText('Uutinen julkaistiin.').waitFor();
  await check(admin, 'region news management after publishing');

  // 2. The demo maintainer: from the portal's news page to "send an announcement".
  const maintainer = await e2e.signedInAs(stableId('demo-user', 'yhdistys'));
  await maintainer.goto('/regions/pohjois-savo/news');
  await check(maintainer, 'news list (maintainer)');
  await Promise.all([maintainer.waitForURL(/\/my\/announcements$/), maintainer.getByRole('link', { name: 'Lähetä ilmoitus', exact: true }).click()]);
  await check(maintainer, 'my announcements');
  // The organisation whose announcement the demo already shows in Pohjois-Savo is active there.
  const db = e2e.service.database.db;
  const demoAnnouncement = await db.selectFrom('news_item').select('organization_id').where('id', '=', stableId('demo-news', 'pohjois-savo:announcement')).executeTakeFirstOrThrow();
  await Promise.all([maintainer.waitForURL(/\/announcements\/new$/), maintainer.locator(`a[href="/my/organisations/${demoAnnouncement.organization_id}/announcements/new"]`).click()]);
  await check(maintainer, 'send an announcement form');
  const region = maintainer.locator('#regionId');
  if ((await region.locator('option').count()) > 1) await region.selectOption('pohjois-savo');
  await maintainer.locator('#title').fill(ANNOUNCEMENT_TITLE);
  await maintainer.locator('#body').fill('Harjoittelemme torstaisin. Nuotteja ei tarvitse osata.\n\n[Lisätietoja](https://www.esimerkki.fi/laulu)');
  await Promise.all([maintainer.waitForURL(/done=sent/), maintainer.getByRole('button', { name: 'Lähetä tarkistettavaksi' }).click()]);
  await maintainer.getByRole('status').waitFor();
  assert.match(await maintainer.locator('main').innerText(), /Lauluryhmä etsii uusia laulajia \([^)]+\)\s+Pohjois-Savo\s+Odottaa tarkistusta/);
  await check(maintainer, 'my announcements after sending');

  // 3. The administrator approves it in the review queue.
  await admin.goto('/admin/review');
  await Promise.all([admin.waitForURL(/\/admin\/review\/announcements\//), admin.getByRole('link', { name: ANNOUNCEMENT_TITLE }).click()]);
  await check(admin, 'announcement review');
  await admin.getByLabel('Hyväksy ja julkaise').check();
  await Promise.all([admin.waitForURL(/done=approved/), admin.getByRole('button', { name: 'Tallenna päätös' }).click()]);
  await admin.getByRole('status').getByText(/hyväksyttiin/).waitFor();
  await check(admin, 'announcement review after approval');

  // 4. A resident: the portal's "Ajankohtaista", the list, both pages, and the feed.
  const resident = await e2e.newPage();
  await resident.goto('/regions/pohjois-savo');
  const latest = resident.locator('section.region-news');
  await latest.getByRole('link', { name: NEWS_TITLE }).waitFor();
  await latest.getByRole('link', { name: ANNOUNCEMENT_TITLE }).waitFor();
  await check(resident, 'portal');
  await Promise.all([resident.waitForURL(/\/regions\/pohjois-savo\/news\/[0-9a-f-]+$/), latest.getByRole('link', { name: NEWS_TITLE }).click()]);
  await resident.getByRole('heading', { level: 1, name: NEWS_TITLE }).waitFor();
  assert.equal(await resident.locator('.news-body strong').textContent(), 'kevätmessuille');
  assert.equal(await resident.getByRole('img', { name: 'Järjestöjen esittelypöytiä torilla' }).getAttribute('src'), 'https://kuvat.esimerkki.fi/messut.jpg');
  await check(resident, 'news item page');
  await Promise.all([resident.waitForURL(/\/regions\/pohjois-savo\/news$/), resident.getByRole('link', { name: 'Kaikki uutiset ja ilmoitukset' }).click()]);
  await check(resident, 'news list');
  await Promise.all([resident.waitForURL(/\/news\/[0-9a-f-]+$/), resident.getByRole('link', { name: ANNOUNCEMENT_TITLE }).click()]);
  assert.match(await resident.locator('.news-meta').innerText(), /Ilmoitus · .* · Ilmoittaja:/);
  assert.equal(await resident.getByRole('link', { name: 'Lisätietoja' }).getAttribute('rel'), 'nofollow noopener noreferrer');
  await check(resident, 'announcement page');

  const feed = await resident.request.get('/regions/pohjois-savo/news.xml');
  assert.equal(feed.status(), 200);
  const xml = await feed.text();
  assert.equal(XMLValidator.validate(xml), true);
  const entries = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(xml).feed.entry as { title: { '#text': string } }[];
  const titles = entries.map((e) => e.title['#text']);
  assert.ok(titles.includes(NEWS_TITLE), titles.join(' | '));
  assert.ok(titles.includes(ANNOUNCEMENT_TITLE), titles.join(' | '));
  // The demo's own news and announcement are there too (dates counted from today).
  assert.ok(titles.includes('Pohjois-Savon järjestötarjotin on avattu'));
  assert.ok(titles.includes('Vertaistukiryhmä aloittaa uuden kauden'));
  await Promise.all([admin.close(), maintainer.close(), resident.close()]);
});

test('the demo Kanta-Häme portal shows its own news and announcement, in Swedish too, and not Pohjois-Savo’s', async () => {
  const page = await e2e.newPage();
  await page.goto('/sv/regions/kanta-hame/news');
  await page.getByRole('heading', { level: 1, name: 'Nyheter och meddelanden' }).waitFor();
  const text = await page.locator('main').innerText();
  assert.match(text, /Kanta-Hämeen järjestöt nyt yhdessä portaalissa/);
  assert.match(text, /Etänä toimiva keskusteluryhmä ottaa uusia osallistujia/);
  assert.doesNotMatch(text, /Pohjois-Savon järjestötarjotin/);
  await check(page, 'Kanta-Häme news list in Swedish');
  await page.close();
});
