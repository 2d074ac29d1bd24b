/**
 * The "one door, three clicks" journey in Chromium: front page → the three questions → results → remove a chip →
 * organisation card → "Katso kaikki tiedot" → back, with an axe scan on every page visited; then the same journey
 * by keyboard alone, and the skip link.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, expectPageStructure, focusedDescription, startE2E, tabUntil, type E2E } from './support.js';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

/** The choices of the journey, as a resident or a nurse would pick them (Finnish labels of the demo taxonomies). */
const NEED = { label: 'Yksinäisyys', code: 'yksinaisyys' };
const SUPPORT = { label: 'Vertaistuki', code: 'vertaistuki' };
const AREA = { label: 'Kuopio', code: '297' };

function pathAndQuery(page: Page): { path: string; params: URLSearchParams } {
  const url = new URL(page.url());
  return { path: url.pathname, params: url.searchParams };
}

/** "6 toimintaa löytyi" / "1 toiminta löytyi" → the number; fails on any other heading. */
async function resultCount(page: Page): Promise<number> {
  const heading = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
  const m = /^(\d[\d\s\u00a0]*) toiminta(a)? löytyi$/.exec(heading);
  assert.ok(m, `the results page should say how many were found, got h1 "${heading}"`);
  return Number(m[1]!.replace(/\D/g, ''));
}

function hits(page: Page) {
  return page.getByRole('list', { name: 'Tulokset' }).getByRole('listitem');
}

async function expectResults(page: Page, label: string): Promise<number> {
  const count = await resultCount(page);
  assert.ok(count > 0, `${label}: expected hits`);
  const shown = await hits(page).count();
  assert.equal(shown, Math.min(count, 20), `${label}: hits shown on the first page`);
  return count;
}

test('journey: three questions → results → remove a chip → organisation card → all details → back, axe on every page', async () => {
  const page = await e2e.newPage();

  // Front page
  assert.equal((await page.goto('/'))?.status(), 200);
  await expectPageStructure(page, 'front page', 'fi');
  await expectNoAxeViolations(page, 'front page');
  await assert.doesNotReject(page.getByLabel('Hakusana', { exact: true }).waitFor(), 'the keyword field is labelled "Hakusana"');

  // The three questions, by their exact Finnish labels
  await page.getByLabel('Mihin etsit tukea?', { exact: true }).selectOption({ label: NEED.label });
  await page.getByLabel('Millaista tukea etsit?', { exact: true }).selectOption({ label: SUPPORT.label });
  await page.getByLabel('Miltä alueelta etsit tukea?', { exact: true }).selectOption({ label: AREA.label });
  await Promise.all([page.waitForURL(/\/search\?/), page.getByRole('button', { name: 'Hae', exact: true }).click()]);

  // Results: a shareable URL with the three choices, a count and hits
  const first = pathAndQuery(page);
  assert.equal(first.path, '/search');
  assert.deepEqual([first.params.get('need'), first.params.get('support'), first.params.get('municipality')], [NEED.code, SUPPORT.code, AREA.code]);
  const narrowCount = await expectResults(page, 'results');
  await expectPageStructure(page, 'results', 'fi');
  await expectNoAxeViolations(page, 'results');

  // Remove just the "kind of support" chip by its × link: the other choices stay
  const chip = page.getByRole('link', { name: `Poista rajaus: ${SUPPORT.label}` });
  assert.match((await chip.textContent()) ?? '', /×/, 'the chip shows an ×');
  await Promise.all([page.waitForURL((u) => !u.searchParams.has('support')), chip.click()]);
  const widened = pathAndQuery(page);
  assert.equal(widened.params.get('need'), NEED.code, 'need kept');
  assert.equal(widened.params.get('municipality'), AREA.code, 'area kept');
  assert.equal(widened.params.get('support'), null, 'support removed');
  const wideCount = await expectResults(page, 'results without the support filter');
  assert.ok(wideCount >= narrowCount, `removing a filter cannot give fewer hits (${wideCount} < ${narrowCount})`);
  assert.equal(await page.getByRole('link', { name: `Poista rajaus: ${SUPPORT.label}` }).count(), 0, 'the removed chip is gone');
  assert.equal(await page.getByRole('link', { name: `Poista rajaus: ${NEED.label}` }).count(), 1, 'the need chip stays');
  await expectNoAxeViolations(page, 'results without the support filter');

  // Open the organisation of the first hit
  const orgLink = hits(page).first().locator('.hit-org').getByRole('link');
  const orgName = ((await orgLink.textContent()) ?? '').trim();
  assert.ok(orgName.length > 0, 'the hit names its organisation');
  await Promise.all([page.waitForURL(/\/organisations\/[^/]+$/), orgLink.click()]);
  const cardUrl = page.url();
  assert.ok(((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').includes(orgName), 'the card is about the organisation clicked');
  await expectPageStructure(page, 'organisation card', 'fi');
  await expectNoAxeViolations(page, 'organisation card');

  // "Katso kaikki tiedot", then back
  await Promise.all([page.waitForURL(/\/organisations\/[^/?]+\/all(\?|$)/), page.getByRole('link', { name: 'Katso kaikki tiedot' }).click()]);
  assert.ok(((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').includes(orgName), 'all details of the same organisation');
  await expectPageStructure(page, 'all details', 'fi');
  await expectNoAxeViolations(page, 'all details');

  await page.goBack();
  assert.equal(page.url(), cardUrl, 'back returns to the card');
  await expectNoAxeViolations(page, 'organisation card after going back');
  await page.close();
});

/** Presses ArrowDown on the focused select until its selected option has the wanted text. */
async function arrowToOption(page: Page, optionText: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    const current = await page.evaluate(() => {
      const el = document.activeElement;
      return el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.textContent ?? '').trim() : null;
    });
    assert.notEqual(current, null, `focus left the select (now on ${await focusedDescription(page)})`);
    if (current === optionText) return;
    await page.keyboard.press('ArrowDown');
  }
  assert.fail(`ArrowDown did not reach "${optionText}"`);
}

const focusedLabelIs = (label: string) => {
  const el = document.activeElement as HTMLSelectElement | HTMLInputElement | null;
  return !!el && !!el.labels && el.labels.length > 0 && (el.labels[0]!.textContent ?? '').trim() === label;
};
const focusedTextIs = (text: string) => {
  const el = document.activeElement as HTMLElement | null;
  return !!el && (el.innerText ?? '').replace(/\s+/g, ' ').trim() === text;
};
const focusedIsFirstHitOrganisation = (_: string) => {
  const first = document.querySelector('ol.hits > li .hit-org a');
  return first !== null && document.activeElement === first;
};

test('keyboard only: Tab, arrow keys and Enter through the same journey', async () => {
  const page = await e2e.newPage();
  await page.goto('/');

  for (const [label, option] of [
    ['Mihin etsit tukea?', NEED.label],
    ['Millaista tukea etsit?', SUPPORT.label],
    ['Miltä alueelta etsit tukea?', AREA.label],
  ] as const) {
    await tabUntil(page, `the select "${label}"`, focusedLabelIs, label);
    await arrowToOption(page, option);
  }
  await tabUntil(page, 'the "Hae" button', focusedTextIs, 'Hae');
  await Promise.all([page.waitForURL(/\/search\?/), page.keyboard.press('Enter')]);
  const { params } = pathAndQuery(page);
  assert.deepEqual([params.get('need'), params.get('support'), params.get('municipality')], [NEED.code, SUPPORT.code, AREA.code]);
  await expectResults(page, 'results (keyboard)');

  // The form is folded under "Muuta hakua" (a <details>): a Tab stop before the results, passed without opening it
  await tabUntil(page, 'the "Muuta hakua" summary', (text) => {
    const el = document.activeElement as HTMLElement | null;
    return !!el && el.tagName === 'SUMMARY' && (el.textContent ?? '').startsWith(text);
  }, 'Muuta hakua');
  assert.equal(await page.locator('#search-q').isVisible(), false, 'the folded form is closed');

  // Remove the support chip: its visible text is "Vertaistuki ×" (the "Poista rajaus:" prefix is for screen readers)
  await tabUntil(page, `the chip "${SUPPORT.label}"`, (name) => {
    const el = document.activeElement as HTMLElement | null;
    return !!el && el.classList.contains('chip') && (el.textContent ?? '').includes(name);
  }, SUPPORT.label);
  await Promise.all([page.waitForURL((u) => !u.searchParams.has('support')), page.keyboard.press('Enter')]);
  assert.equal(pathAndQuery(page).params.get('need'), NEED.code);

  await tabUntil(page, 'the organisation link of the first hit', focusedIsFirstHitOrganisation, '', 200);
  await Promise.all([page.waitForURL(/\/organisations\/[^/]+$/), page.keyboard.press('Enter')]);
  const cardUrl = page.url();

  await tabUntil(page, '"Katso kaikki tiedot"', focusedTextIs, 'Katso kaikki tiedot');
  await Promise.all([page.waitForURL(/\/organisations\/[^/?]+\/all(\?|$)/), page.keyboard.press('Enter')]);

  await tabUntil(page, '"Takaisin järjestökorttiin"', focusedTextIs, 'Takaisin järjestökorttiin');
  await Promise.all([page.waitForURL(cardUrl), page.keyboard.press('Enter')]);
  await page.close();
});

test('the skip link is the first stop, is visible when focused, and moves focus to main', async () => {
  const page = await e2e.newPage();
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  assert.equal(await skip.evaluate((el) => el === document.activeElement), true, `first Tab should focus the skip link, focus is on ${await focusedDescription(page)}`);
  assert.equal(((await skip.textContent()) ?? '').trim(), 'Siirry pääsisältöön');
  const box = await skip.boundingBox();
  assert.ok(box && box.x >= 0 && box.y >= 0 && box.width > 0, 'the focused skip link is on screen');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', 'Enter on the skip link focuses <main id="main">');
  await page.keyboard.press('Tab');
  assert.equal(
    await page.evaluate(() => !!document.activeElement && document.querySelector('main')!.contains(document.activeElement)),
    true,
    `the next Tab stays inside main, focus is on ${await focusedDescription(page)}`,
  );
  await page.close();
});
