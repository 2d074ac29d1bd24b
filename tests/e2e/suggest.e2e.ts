/**
 * Suggestions as you type on the front page (public/js/suggest.js) in Chromium, by keyboard only: the WAI-ARIA 1.2
 * combobox states, the live region, choosing a need, an organisation and a municipality, Escape; axe with the list
 * open; a 375 px phone; and the same form with JavaScript disabled.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, hasNoHorizontalScroll, startE2E, tabUntil, type E2E } from './support.js';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

const FIELD = '#search-q';

async function focusKeywordByTab(page: Page): Promise<void> {
  await tabUntil(page, 'the keyword field', (id) => document.activeElement?.id === id, 'search-q');
}

/** Types like a person and waits until the list shows suggestions for what was typed. */
async function typeAndWaitForList(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 30 });
  await page.locator('[role="listbox"]:not([hidden]) [role="option"]').first().waitFor();
}

async function comboboxState(page: Page) {
  return page.evaluate((selector) => {
    const input = document.querySelector(selector) as HTMLInputElement;
    const listId = input.getAttribute('aria-controls');
    const list = listId ? document.getElementById(listId) : null;
    const activeId = input.getAttribute('aria-activedescendant');
    const active = activeId ? document.getElementById(activeId) : null;
    return {
      role: input.getAttribute('role'),
      expanded: input.getAttribute('aria-expanded'),
      autocomplete: input.getAttribute('aria-autocomplete'),
      listRole: list?.getAttribute('role') ?? null,
      listVisible: list ? !list.hidden : false,
      options: list ? Array.from(list.querySelectorAll('[role="option"]')).map((o) => o.textContent) : [],
      activeText: active?.textContent ?? null,
      activeSelected: active?.getAttribute('aria-selected') ?? null,
      activeInList: active ? list?.contains(active) === true : false,
      status: document.querySelector('.suggest-field [role="status"]')?.textContent ?? null,
      value: input.value,
      focused: document.activeElement === input,
    };
  }, FIELD);
}

test('keyboard only: type a prefix, arrow to a need, Enter goes to the results with that filter; axe with the list open', async () => {
  const page = await e2e.newPage();
  await page.goto('/');
  const before = await comboboxState(page);
  assert.equal(before.role, 'combobox');
  assert.equal(before.expanded, 'false');
  assert.equal(before.autocomplete, 'list');

  await focusKeywordByTab(page);
  await typeAndWaitForList(page, 'mielen');
  const open = await comboboxState(page);
  assert.equal(open.expanded, 'true');
  assert.equal(open.listRole, 'listbox');
  assert.equal(await page.getByRole('listbox').getAttribute('aria-label'), 'Hakusanan ehdotukset');
  // The field alone carries the label "Hakusana" (other journeys find it by that label).
  assert.equal(await page.getByLabel('Hakusana', { exact: true }).count(), 1);
  assert.ok(open.options.includes('Mielenterveys'), `options: ${open.options.join(', ')}`);
  assert.match(open.status ?? '', new RegExp(`^${open.options.length} ehdotusta\\.`));
  assert.equal(open.activeText, null, 'nothing is active before the arrow keys');
  await expectNoAxeViolations(page, 'front page with the suggestions open');

  await page.keyboard.press('ArrowDown');
  const first = await comboboxState(page);
  assert.equal(first.activeText, 'Mielenterveys');
  assert.equal(first.activeSelected, 'true');
  assert.ok(first.activeInList && first.focused, 'focus stays in the field; the option is active by aria-activedescendant');
  await page.keyboard.press('ArrowUp');
  assert.equal((await comboboxState(page)).activeText, open.options[open.options.length - 1], 'ArrowUp from the first wraps to the last');
  await page.keyboard.press('ArrowDown');
  assert.equal((await comboboxState(page)).activeText, 'Mielenterveys');

  await Promise.all([page.waitForURL(/\/search\?/), page.keyboard.press('Enter')]);
  const url = new URL(page.url());
  assert.equal(url.pathname, '/search');
  assert.deepEqual([...url.searchParams], [['need', 'mielenterveys']]);
  assert.match((await page.getByRole('heading', { level: 1 }).textContent()) ?? '', /toiminta(a)? löytyi$/);
});

test('keyboard only: Escape closes the list and keeps the text; a municipality sets the area; an organisation opens its card', async () => {
  const page = await e2e.newPage();
  await page.goto('/');
  await focusKeywordByTab(page);

  await typeAndWaitForList(page, 'kuop');
  await page.keyboard.press('Escape');
  let state = await comboboxState(page);
  assert.equal(state.expanded, 'false');
  assert.equal(state.listVisible, false);
  assert.equal(state.value, 'kuop');
  await page.keyboard.press('ArrowDown');
  state = await comboboxState(page);
  assert.equal(state.expanded, 'true', 'ArrowDown opens the list again');

  // Move to "Kuopio" in the municipalities group and choose it: the area is set, the typed text cleared.
  for (let i = 0; i < state.options.length && (await comboboxState(page)).activeText !== 'Kuopio'; i++) await page.keyboard.press('ArrowDown');
  assert.equal((await comboboxState(page)).activeText, 'Kuopio');
  await page.keyboard.press('Enter');
  state = await comboboxState(page);
  assert.equal(state.value, '');
  assert.equal(state.expanded, 'false');
  assert.ok(state.focused);
  assert.equal(await page.locator('#search-municipality').inputValue(), '297');
  assert.equal(state.status, 'Alueeksi valittu Kuopio.');

  // Now a need, keeping the chosen area.
  await typeAndWaitForList(page, 'omaish');
  await page.keyboard.press('ArrowDown');
  assert.equal((await comboboxState(page)).activeText, 'Omaishoito ja läheisen tukeminen');
  await Promise.all([page.waitForURL(/\/search\?/), page.keyboard.press('Enter')]);
  assert.deepEqual(
    [...new URL(page.url()).searchParams].sort(),
    [
      ['municipality', '297'],
      ['need', 'omaishoito'],
    ],
  );

  // An organisation goes to its card.
  await page.goto('/');
  await focusKeywordByTab(page);
  await typeAndWaitForList(page, 'kuopion mielenterv');
  const orgState = await comboboxState(page);
  assert.ok(orgState.options.includes('Kuopion Mielenterveysyhdistys ry'), orgState.options.join(', '));
  for (let i = 0; i < orgState.options.length && (await comboboxState(page)).activeText !== 'Kuopion Mielenterveysyhdistys ry'; i++) {
    await page.keyboard.press('ArrowDown');
  }
  await Promise.all([page.waitForURL(/\/organisations\//), page.keyboard.press('Enter')]);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Kuopion Mielenterveysyhdistys ry');

  // Escape twice clears the field; Enter without an active option submits the typed text as usual.
  await page.goto('/');
  await focusKeywordByTab(page);
  await typeAndWaitForList(page, 'vertais');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  assert.equal((await comboboxState(page)).value, '');
  await page.keyboard.type('vertaistuki');
  await Promise.all([page.waitForURL(/\/search\?/), page.keyboard.press('Enter')]);
  assert.equal(new URL(page.url()).searchParams.get('q'), 'vertaistuki');
});

test('on a 375 px phone the list fits the screen and the page does not scroll sideways', async () => {
  const page = await e2e.newPage({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  await page.goto('/');
  await page.locator(FIELD).focus();
  await typeAndWaitForList(page, 'mielen');
  const box = await page.locator('[role="listbox"]').boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= 375, `list box ${JSON.stringify(box)}`);
  const scroll = await hasNoHorizontalScroll(page);
  assert.ok(scroll.ok, `scrolls sideways: ${JSON.stringify(scroll)}`);
  await page.locator('[role="option"]', { hasText: 'Mielenterveys' }).first().tap();
  await page.waitForURL(/need=mielenterveys/);
});

test('without JavaScript the front page form is the plain GET form and still searches', async () => {
  const page = await e2e.newPage({ javaScriptEnabled: false });
  await page.goto('/');
  const field = page.getByLabel('Hakusana', { exact: true });
  assert.equal(await field.getAttribute('role'), null);
  assert.equal(await field.getAttribute('aria-expanded'), null);
  assert.equal(await page.locator('[role="listbox"]').count(), 0);
  await field.fill('masennus');
  await Promise.all([page.waitForURL(/\/search\?/), field.press('Enter')]);
  assert.equal(new URL(page.url()).searchParams.get('q'), 'masennus');
  assert.match((await page.getByRole('heading', { level: 1 }).textContent()) ?? '', /toiminta(a)? löytyi$/);
});

test('help when little is found: "Tarkoititko …?" and the wider area, followed by keyboard, axe on both pages', async () => {
  const page = await e2e.newPage();
  await page.goto('/search?q=masenus');
  const didYouMean = page.locator('.search-did-you-mean');
  assert.equal((await didYouMean.textContent())?.replace(/\s+/g, ' ').trim(), 'Tarkoititko masennus?');
  await expectNoAxeViolations(page, 'results with "Tarkoititko"');
  await didYouMean.getByRole('link').focus();
  await Promise.all([page.waitForURL(/q=masennus/), page.keyboard.press('Enter')]);
  assert.equal(await page.locator('.search-did-you-mean').count(), 0);

  // Dance in Helsinki: nothing there, plenty elsewhere.
  await page.goto('/search?q=tanssi&municipality=091');
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Toimintaa ei löytynyt');
  const widen = page.getByRole('region', { name: 'Laajenna hakualuetta' });
  const link = widen.getByRole('link', { name: /^Hae kaikilta alueilta \(\d+\)$/ });
  const expected = Number(/\((\d+)\)/.exec((await link.textContent()) ?? '')?.[1]);
  await expectNoAxeViolations(page, 'empty results with the wider area offered');
  await link.focus();
  await Promise.all([page.waitForURL((url) => url.searchParams.get('q') === 'tanssi' && !url.searchParams.has('municipality')), page.keyboard.press('Enter')]);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), `${expected} toimintaa löytyi`);
});
