/**
 * Results a professional can act on, in Chromium: on a 375×667 phone the first hit is on screen without scrolling
 * after a search (the form folds under "Muuta hakua"), "Muuta hakua" opens the form by keyboard and without
 * JavaScript, each hit shows a phone and an e-mail, and the printout keeps them while dropping the form.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs, expectPageStructure, focusedDescription, hasNoHorizontalScroll, startE2E, tabUntil, type E2E } from './support.js';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
/** Demo taxonomy labels, as in journey.e2e.ts. */
const NEED = 'Yksinäisyys';
const SUPPORT = 'Vertaistuki';
const AREA = 'Kuopio';

function hits(page: Page) {
  return page.getByRole('list', { name: 'Tulokset' }).getByRole('listitem');
}

/** The front page's three questions and "Hae", as a person on a phone would use them. */
async function searchFromFrontPage(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Mihin etsit tukea?', { exact: true }).selectOption({ label: NEED });
  await page.getByLabel('Millaista tukea etsit?', { exact: true }).selectOption({ label: SUPPORT });
  await page.getByLabel('Miltä alueelta etsit tukea?', { exact: true }).selectOption({ label: AREA });
  await Promise.all([page.waitForURL(/\/search\?/), page.getByRole('button', { name: 'Hae', exact: true }).click()]);
}

const summaryIsFocused = () => document.activeElement?.tagName === 'SUMMARY';

test('on a 375×667 phone the first hit is on screen without scrolling after a search, with its phone and e-mail', async () => {
  const page = await e2e.newPage(PHONE);
  await searchFromFrontPage(page);
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the results page opens at its top');
  const title = hits(page).first().locator('.hit-title');
  const box = await title.boundingBox();
  assert.ok(box, 'the first hit has a title');
  assert.ok(box.y >= 0 && box.y + box.height <= 667, `the first hit's title is within the first screen: ${JSON.stringify(box)}`);
  assert.equal(await page.locator('#search-q').isVisible(), false, 'the form is folded');
  const summary = page.locator('details.search-change > summary');
  assert.ok(await summary.isVisible(), '"Muuta hakua" is shown');
  const summaryText = ((await summary.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  assert.equal(summaryText, `Muuta hakua Hakusi: ${NEED}, ${SUPPORT}, ${AREA}`);

  const first = hits(page).first();
  const tel = first.locator('a[href^="tel:"]');
  assert.equal(await tel.count(), 1, 'the first hit has a phone link');
  assert.match((await tel.getAttribute('href')) ?? '', /^tel:\+?\d{5,}$/);
  assert.ok(await tel.isVisible());
  assert.equal(await first.locator('a[href^="mailto:"]').count(), 1, 'the first hit has an e-mail link');
  for (const href of await page.locator('ol.hits a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
    assert.match(href, /^tel:\+?\d+$/, 'tel: links hold digits only');
  }

  const scroll = await hasNoHorizontalScroll(page);
  assert.ok(scroll.ok, `scrolls sideways at 375 px: ${JSON.stringify(scroll)}`);
  await expectPageStructure(page, 'results on a phone', 'fi');
  await expectNoAxeViolations(page, 'results on a phone, form folded');
  await page.close();
});

test('"Muuta hakua" opens the form by keyboard (Enter and Space), and the changed search is sent from it', async () => {
  const page = await e2e.newPage(PHONE);
  await searchFromFrontPage(page);
  await tabUntil(page, 'the "Muuta hakua" summary', summaryIsFocused, '');
  const details = page.locator('details.search-change');
  await page.keyboard.press('Enter');
  assert.equal(await details.evaluate((d) => (d as HTMLDetailsElement).open), true, 'Enter opens it');
  assert.ok(await page.getByLabel('Hakusana', { exact: true }).isVisible(), 'the keyword field shows');
  await page.keyboard.press('Space');
  assert.equal(await details.evaluate((d) => (d as HTMLDetailsElement).open), false, 'Space closes it');
  assert.equal(await page.locator('#search-q').isVisible(), false);
  await page.keyboard.press('Space');
  assert.equal(await details.evaluate((d) => (d as HTMLDetailsElement).open), true, 'Space opens it again');
  const scroll = await hasNoHorizontalScroll(page);
  assert.ok(scroll.ok, `the open form scrolls sideways at 375 px: ${JSON.stringify(scroll)}`);
  await expectNoAxeViolations(page, 'results on a phone, form open');

  // The next Tab stops are the form's, in order; type a keyword and send with Enter.
  await tabUntil(page, 'the keyword field', (id) => document.activeElement?.id === id, 'search-q', 10);
  assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent), 'Hakusana');
  await page.keyboard.type('ryhmä');
  await Promise.all([page.waitForURL((u) => u.searchParams.get('q') === 'ryhmä'), page.keyboard.press('Enter')]);
  const params = new URL(page.url()).searchParams;
  assert.equal(params.get('municipality'), '297', `the area is kept (focus on ${await focusedDescription(page)})`);
  await page.close();
});

test('without JavaScript "Muuta hakua" opens the form (a native <details>)', async () => {
  const page = await e2e.newPage({ ...PHONE, javaScriptEnabled: false });
  await page.goto(`/search?need=yksinaisyys&municipality=297`);
  assert.equal(await page.locator('#search-q').isVisible(), false);
  await page.locator('details.search-change > summary').click();
  assert.ok(await page.getByLabel('Hakusana', { exact: true }).isVisible(), 'a click on the summary shows the form');
  await expectNoAxeViolationsWithoutJs(page, 'results without JavaScript');
  await page.close();
});

test('printed, the results keep each hit with its phone and e-mail and the search made, without the form and controls', async () => {
  const page = await e2e.newPage();
  await page.goto(`/search?need=yksinaisyys&municipality=297`);
  const first = hits(page).first();
  await page.emulateMedia({ media: 'print' });
  assert.ok(await first.locator('.hit-title').isVisible(), 'the hit name is printed');
  assert.ok(await first.locator('.hit-org').isVisible(), 'the organisation is printed');
  assert.ok(await first.locator('a[href^="tel:"]').isVisible(), 'the phone is printed');
  assert.ok(await first.locator('a[href^="mailto:"]').isVisible(), 'the e-mail is printed');
  assert.ok(await first.getByText(AREA, { exact: false }).first().isVisible(), 'the area is printed');
  for (const [what, selector] of [
    ['the folded form', 'details.search-change'],
    ['the form', 'form[role="search"]'],
    ['the chips', '.search-chips'],
    ['the facets', '.search-facets'],
    ['the sort switch', '.search-sort'],
    ['the tray buttons', '.tray-form'],
  ] as const) {
    const all = page.locator(selector);
    for (let i = 0; i < (await all.count()); i++) assert.equal(await all.nth(i).isVisible(), false, `${what} printed`);
  }
  const line = page.locator('.search-print');
  assert.ok(await line.isVisible(), 'the line about the search is printed');
  assert.match(((await line.textContent()) ?? '').replace(/\s+/g, ' '), /^Haku: Yksinäisyys, Kuopio\. Tulostettu \d{1,2}\.\d{1,2}\.\d{4}\./);
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await line.isVisible(), false, 'the line is for paper only');
  await page.close();
});
