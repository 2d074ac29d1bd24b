/**
 * Themes and cooperation networks of the regional portals in Chromium (issue 13, items 2 and 3): a resident browses
 * Pohjois-Savo's "Järjestöt teemoittain" → a theme → an organisation; the demo maintainer asks for one of their
 * organisations to join a network; the region's administrator accepts; the organisation's card then shows the
 * network under "Yhteistyöverkostot". axe on every page visited.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, startE2E, type E2E } from './support.js';
import { stableId } from '../../src/platform/ids.js';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

const MAINTAINER = stableId('demo-user', 'yhdistys');
const REGIONAL_ADMIN = stableId('demo-user', 'regional-admin:pohjois-savo');
const NETWORK = 'Kuopion seudun ikäihmisten järjestöjen yhteistyöryhmä';
const ASKING = 'Kuopion Vapaaehtoiskeskus ry';

const pageAs = (userId: string | null): Promise<Page> => (userId ? e2e.signedInAs(userId) : e2e.newPage());

async function click(page: Page, name: string | RegExp, url: RegExp, role: 'link' | 'button' = 'link') {
  await Promise.all([page.waitForURL(url), page.getByRole(role, { name, exact: typeof name === 'string' }).first().click()]);
}

test('a resident browses "Järjestöt teemoittain" → a theme → an organisation', async () => {
  const page = await pageAs(null);
  await page.goto('/regions/pohjois-savo');
  await expectNoAxeViolations(page, 'portal');
  await click(page, 'Järjestöt teemoittain', /\/regions\/pohjois-savo\/themes$/);
  await page.getByRole('heading', { level: 1, name: 'Järjestöt teemoittain' }).waitFor();
  await expectNoAxeViolations(page, 'themes of the region');
  await click(page, 'Ikääntyminen ja muisti', /\/regions\/pohjois-savo\/themes\/ikaantyminen$/);
  await page.getByRole('heading', { level: 2, name: /Järjestöt alueella/ }).waitFor();
  await expectNoAxeViolations(page, 'a theme');
  await click(page, 'Kuopion Muistiyhdistys ry', /\/organisations\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { level: 1, name: 'Kuopion Muistiyhdistys ry' }).waitFor();
  // The coordinator of a demo network is its member: the card shows it.
  await page.getByRole('heading', { level: 2, name: 'Yhteistyöverkostot' }).waitFor();
  assert.equal(await page.getByRole('link', { name: NETWORK }).count(), 1);
  await expectNoAxeViolations(page, 'organisation card');
  await page.context().close();
});

test('the maintainer asks to join a network, the regional administrator accepts, the card shows the network', async () => {
  const maintainer = await pageAs(MAINTAINER);
  await maintainer.goto('/regions/pohjois-savo');
  await click(maintainer, 'Yhteistyöverkostot', /\/regions\/pohjois-savo\/networks$/);
  await expectNoAxeViolations(maintainer, 'networks of the region');
  await click(maintainer, NETWORK, /\/regions\/pohjois-savo\/networks\/[0-9a-f-]{36}$/);
  await expectNoAxeViolations(maintainer, 'network page, signed in as a maintainer');
  // Sent without choosing: refused next to the field.
  await Promise.all([maintainer.waitForLoadState('load'), maintainer.getByRole('button', { name: 'Lähetä liittymispyyntö' }).click()]);
  await maintainer.locator('#organization-error').waitFor();
  await expectNoAxeViolations(maintainer, 'join form with an error');
  await maintainer.getByRole('combobox', { name: /^Järjestö/ }).selectOption({ label: ASKING });
  await maintainer.getByLabel('Viesti koordinaattorille').fill('Välitämme vapaaehtoisia ikäihmisten ulkoiluapuun.');
  await Promise.all([maintainer.waitForURL(/done=asked$/), maintainer.getByRole('button', { name: 'Lähetä liittymispyyntö' }).click()]);
  await maintainer.getByRole('status').getByText('Liittymispyyntö lähetettiin.', { exact: false }).waitFor();
  await expectNoAxeViolations(maintainer, 'network page after asking');
  const networkUrl = maintainer.url().replace(/\?.*$/, '');
  await maintainer.context().close();

  // The administrator comes by the portal, as after signing in: the first page sets the form-token cookie (a page
  // that makes two tokens before the cookie exists — the network page and the feedback aside — would spoil the first).
  const admin = await pageAs(REGIONAL_ADMIN);
  await admin.goto('/regions/pohjois-savo');
  await click(admin, 'Yhteistyöverkostot', /\/regions\/pohjois-savo\/networks$/);
  await click(admin, NETWORK, /\/regions\/pohjois-savo\/networks\/[0-9a-f-]{36}$/);
  assert.equal(admin.url(), networkUrl);
  await admin.getByRole('heading', { level: 2, name: 'Liittymispyynnöt' }).waitFor();
  await expectNoAxeViolations(admin, 'network page with requests');
  await Promise.all([admin.waitForURL(/done=accepted$/), admin.getByRole('button', { name: `Hyväksy: ${ASKING}` }).click()]);
  await admin.getByRole('status').getByText('Pyyntö hyväksyttiin', { exact: false }).waitFor();
  await expectNoAxeViolations(admin, 'network page after accepting');
  await click(admin, ASKING, /\/organisations\/[0-9a-f-]{36}$/);
  await admin.getByRole('heading', { level: 1, name: ASKING }).waitFor();
  const networks = admin.getByRole('region', { name: 'Yhteistyöverkostot' });
  assert.equal(await networks.getByRole('link', { name: NETWORK }).count(), 1);
  await expectNoAxeViolations(admin, 'card of the new member');
  await admin.context().close();
});
