/**
 * Every public page in Chromium: zero axe-core violations (WCAG 2.1 A + AA), exactly one h1, html[lang], headings in
 * order, first load ≤ 100 KB; the language switch keeps the page; phone width without sideways scrolling; print.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  expectFirstLoadWithinLimit,
  expectNoAxeViolations,
  expectPageStructure,
  firstLoad,
  hasNoHorizontalScroll,
  startE2E,
  type E2E,
} from './support.js';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

const SEARCH = '/search?q=vertaistuki';
const EMPTY_SEARCH = '/search?q=xyzzyqwv';
const NEED_SEARCH = '/search?need=masennus';

/** Finds an organisation card, its all-details view and an activity page by following links, as a visitor would. */
let discovered: Promise<{ card: string; all: string; activity: string }> | undefined;
function discover() {
  discovered ??= (async () => {
    const page = await e2e.newPage();
    await page.goto('/organisations');
    const cardHref = await page
      .locator('main a[href^="/organisations/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!).find((h) => /^\/organisations\/[^/?#]+$/.test(h)));
    assert.ok(cardHref, 'no organisation card link on /organisations');
    await page.goto(cardHref);
    const allHref = await page.locator(`main a[href="${cardHref}/all"]`).first().getAttribute('href');
    assert.ok(allHref, `no "Katso kaikki tiedot" link (${cardHref}/all) on the card`);
    await page.goto(allHref);
    const activityHref = await page.locator('main a[href^="/activities/"]').first().getAttribute('href');
    assert.ok(activityHref, `no activity link on ${allHref}`);
    await page.close();
    return { card: cardHref, all: allHref, activity: activityHref };
  })();
  return discovered;
}

interface PageCase {
  label: string;
  url: () => Promise<string> | string;
  status?: number;
  lang?: string;
}

const cases: PageCase[] = [
  { label: 'front page', url: () => '/' },
  { label: 'search results', url: () => SEARCH },
  { label: 'empty search result', url: () => EMPTY_SEARCH },
  { label: 'search in crisis (the crisis box)', url: () => `/search?q=${encodeURIComponent('haluan kuolla')}` },
  { label: 'search in crisis in Swedish', url: () => `/sv/search?q=${encodeURIComponent('vill dö')}`, lang: 'sv' },
  { label: 'all organisations', url: () => '/organisations' },
  { label: 'organisation card', url: async () => (await discover()).card },
  { label: 'organisation card, all details', url: async () => (await discover()).all },
  { label: 'activity page', url: async () => (await discover()).activity },
  { label: 'guides', url: () => '/guides' },
  { label: 'guide for residents', url: () => '/guides/residents' },
  { label: 'guide for professionals', url: () => '/guides/professionals' },
  { label: 'guide for organisations', url: () => '/guides/organisations' },
  { label: 'plain-language guide', url: () => '/guides/plain-language' },
  { label: 'accessibility statement', url: () => '/accessibility' },
  { label: 'open data API page', url: () => '/api' },
  { label: '404 page', url: () => '/no-such-page', status: 404 },
  { label: 'front page in Swedish', url: () => '/sv', lang: 'sv' },
  { label: 'front page in English', url: () => '/en', lang: 'en' },
  { label: 'search results in Swedish', url: () => `/sv${SEARCH}`, lang: 'sv' },
  { label: 'search results in English', url: () => `/en${SEARCH}`, lang: 'en' },
];

for (const c of cases) {
  test(`${c.label}: zero axe violations, one h1, html[lang], headings in order, first load ≤ 100 KB`, async () => {
    const url = await c.url();
    const label = `${c.label} (${url})`;
    const { page, status, transferred } = await firstLoad(e2e, url);
    assert.equal(status, c.status ?? 200, `${label}: HTTP status`);
    expectFirstLoadWithinLimit(transferred, label);
    await expectPageStructure(page, label, c.lang ?? 'fi');
    await expectNoAxeViolations(page, label);
    await page.close();
  });
}

test('the language switch keeps the page and its query', async () => {
  const page = await e2e.newPage();
  assert.equal((await page.goto(NEED_SEARCH))?.status(), 200, NEED_SEARCH);
  await page.getByRole('navigation', { name: 'Kieli' }).getByRole('link', { name: 'På svenska' }).click();
  await page.waitForLoadState('load');
  const url = new URL(page.url());
  assert.equal(`${url.pathname}${url.search}`, `/sv${NEED_SEARCH}`);
  assert.equal(await page.getAttribute('html', 'lang'), 'sv');
  await page.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name: 'In English' }).click();
  await page.waitForLoadState('load');
  const en = new URL(page.url());
  assert.equal(`${en.pathname}${en.search}`, `/en${NEED_SEARCH}`);
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Suomeksi' }).click();
  await page.waitForLoadState('load');
  const fi = new URL(page.url());
  assert.equal(`${fi.pathname}${fi.search}`, NEED_SEARCH);
  await page.close();
});

for (const [label, url] of [
  ['front page', '/'],
  ['search results', NEED_SEARCH],
  // A demo organisation (ids are deterministic) whose name holds a long Finnish compound word.
  ['organisation card with a long compound name', '/organisations/a2455722-b1ea-5e62-9b8d-7c7849bfa85f'],
  ['all details view', '/organisations/a2455722-b1ea-5e62-9b8d-7c7849bfa85f/all'],
  ['all organisations A–Ö', '/organisations'],
  ['guide for organisations', '/guides/organisations'],
  ['API page', '/api'],
] as const) {
  test(`${label} on a phone (375×667): no horizontal scroll, no axe violations`, async () => {
    const page = await e2e.newPage({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const response = await page.goto(url);
    assert.equal(response?.status(), 200);
    const scroll = await hasNoHorizontalScroll(page);
    assert.ok(scroll.ok, `${url} scrolls sideways at 375 px: scrollWidth ${scroll.scrollWidth} > ${scroll.clientWidth} (widest: ${scroll.widest})`);
    await expectNoAxeViolations(page, `${label} at 375×667`);
    await page.close();
  });
}

test('printing an organisation card hides the navigation and keeps the card', async () => {
  const { card } = await discover();
  const page = await e2e.newPage();
  await page.goto(card);
  const h1 = (await page.locator('h1').textContent())?.trim();
  assert.ok(await page.getByRole('navigation', { name: 'Päävalikko' }).isVisible(), 'the main menu is visible on screen');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('navigation', { name: 'Päävalikko' }).isVisible(), false, 'main menu printed');
  assert.equal(await page.getByRole('navigation', { name: 'Kieli' }).isVisible(), false, 'language switch printed');
  assert.equal(await page.locator('.skip-link').isVisible(), false, 'skip link printed');
  assert.equal(await page.locator('footer').isVisible(), false, 'footer printed');
  assert.ok(await page.locator('h1').isVisible(), 'the card heading is printed');
  assert.equal((await page.locator('h1').textContent())?.trim(), h1);
  await page.close();
});
