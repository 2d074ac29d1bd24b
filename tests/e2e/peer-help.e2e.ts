/**
 * Peer help in Chromium (issue 15): the demo's requester posts a remote bookkeeping request in three steps; the
 * demo helper (interested in bookkeeping) finds it and applies; the requester selects her and closes the request
 * ("haluatko valita useampia" → no); they exchange messages in the conversation (plain form and reload); the helper
 * marks the task done; the requester approves and gives feedback, which shows on the helper's profile. axe on every
 * page visited.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, startE2E, type E2E } from './support.js';
import { insertSession } from '../../src/platform/auth/auth.repo.js';
import { hashSecret, newSecret } from '../../src/platform/auth/auth-tokens.js';
import { stableId } from '../../src/platform/ids.js';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

const REQUESTER = stableId('peer-help-demo-user', 'tilaaja');
const HELPER = stableId('peer-help-demo-user', 'aino');
const SUMMARY = 'Kassakirjan ja tiliotteiden täsmäytys';

async function pageAs(userId: string): Promise<Page> {
  const page = await e2e.newPage();
  const secret = newSecret();
  await insertSession(e2e.service.database.db, { id: hashSecret(secret), userId, hours: 1 });
  await page.context().addCookies([{ name: 'tarjotin_session', value: secret, url: e2e.baseUrl }]);
  return page;
}

async function press(page: Page, name: string | RegExp, url: RegExp, role: 'link' | 'button' = 'button') {
  await Promise.all([page.waitForURL(url), page.getByRole(role, { name, exact: typeof name === 'string' }).first().click()]);
}

test('post a remote bookkeeping request, apply, select, talk, done, approve, feedback on the profile', async () => {
  // The requester writes the request in three steps.
  const requester = await pageAs(REQUESTER);
  await requester.goto('/peer-help');
  await requester.getByRole('heading', { level: 1, name: 'Vertaisapu järjestöjen kesken' }).waitFor();
  await expectNoAxeViolations(requester, 'peer help, requester');
  await press(requester, 'Pyydä apua (uusi avunpyyntö)', /\/peer-help\/requests\/new$/, 'link');
  await expectNoAxeViolations(requester, 'step 1');
  await requester.getByRole('combobox', { name: /^Kategoria/ }).selectOption({ label: 'Kirjanpito ja talous' });
  await requester.getByLabel(/^Lyhyt kuvaus/).fill(SUMMARY);
  await requester.getByLabel('Lisätietoja').fill('Vuoden lopun täsmäytys, noin 200 tapahtumaa.');
  await requester.getByLabel('Järjestön nimi').fill('Esimerkkikylän Omaisyhdistys ry');
  await press(requester, 'Jatka', /\/step\/2$/);
  await requester.getByText('Vaihe 2/3').waitFor();
  assert.equal(await requester.getByRole('checkbox', { name: /etänä/ }).isChecked(), true, 'remote is recommended');
  await expectNoAxeViolations(requester, 'step 2');
  await requester.getByLabel(/^Toivottu aika/).fill('tämän viikon aikana');
  await requester.getByLabel(/^Arvioitu työmäärä/).fill('1,5');
  await press(requester, 'Jatka', /\/step\/3$/);
  await requester.getByText('Vaihe 3/3').waitFor();
  await expectNoAxeViolations(requester, 'check page 3/3');
  await press(requester, 'Julkaise avunpyyntö', /\/peer-help\/requests\/[0-9a-f-]{36}\?done=published/);
  await requester.getByRole('status').getByText(/Avunpyyntö julkaistiin/).waitFor();
  await expectNoAxeViolations(requester, 'published request');
  const requestUrl = requester.url().replace(/\?.*$/, '');

  // The helper finds it among the requests matching her interests, and applies.
  const helper = await pageAs(HELPER);
  await helper.goto('/peer-help');
  await expectNoAxeViolations(helper, 'peer help, helper');
  await press(helper, SUMMARY, /\/peer-help\/requests\/[0-9a-f-]{36}$/, 'link');
  await expectNoAxeViolations(helper, 'request, helper');
  await helper.getByLabel(/^Viesti tilaajalle/).fill('Olen täsmäyttänyt yhdistysten kassoja vuosia. Sopiiko torstai-ilta?');
  await press(helper, 'Lähetä hakemus', /done=applied/);
  await helper.getByRole('status').getByText(/Hakemus lähetettiin/).waitFor();
  await expectNoAxeViolations(helper, 'request after applying');

  // The requester selects her, and then does not want more.
  await requester.goto(requestUrl);
  await requester.getByRole('heading', { level: 2, name: 'Hakijat' }).waitFor();
  await expectNoAxeViolations(requester, 'request with applicants');
  await press(requester, 'Valitse tekijäksi: Aino Auttaja', /done=selected/);
  await requester.getByRole('heading', { level: 2, name: 'Haluatko valita useampia?' }).waitFor();
  await expectNoAxeViolations(requester, 'haluatko valita useampia');
  await press(requester, 'Ei, sulje haku', /done=filled/);
  await requester.getByLabel(/^Viesti/).fill('Kiitos! Torstai klo 18 sopii. Aineisto: https://example.org/kassakirja');
  await press(requester, 'Lähetä viesti', /#conversation-title$/);
  await expectNoAxeViolations(requester, 'conversation, requester');

  // The helper reads it (a reload), answers, and marks the task done.
  await helper.goto(requestUrl);
  await helper.getByRole('link', { name: 'https://example.org/kassakirja' }).waitFor();
  await helper.getByLabel(/^Viesti/).fill('Sovittu, nähdään verkossa torstaina.');
  await press(helper, 'Lähetä viesti', /#conversation-title$/);
  await helper.getByText('Sovittu, nähdään verkossa torstaina.').waitFor();
  await expectNoAxeViolations(helper, 'conversation, helper');
  await press(helper, 'Merkitse tehtävä tehdyksi', /done=marked/);
  await expectNoAxeViolations(helper, 'task done');

  // The requester approves and gives feedback.
  await requester.goto(requestUrl);
  await requester.getByText('Sovittu, nähdään verkossa torstaina.').waitFor();
  await press(requester, 'Hyväksy tehty tehtävä', /done=approved/);
  await requester.getByRole('heading', { level: 2, name: 'Anna palautetta' }).waitFor();
  await expectNoAxeViolations(requester, 'feedback form');
  await requester.getByRole('radio', { name: '5' }).check();
  await requester.getByLabel('Arvostelu').fill('Täsmäytys valmistui yhdessä illassa, kiitos!');
  await press(requester, 'Lähetä palaute', /done=feedback/);
  await expectNoAxeViolations(requester, 'after feedback');

  // The feedback is on the helper's profile.
  await press(requester, 'Aino Auttaja', /\/peer-help\/profiles\/[0-9a-f-]{36}$/, 'link');
  await requester.getByRole('heading', { level: 1, name: 'Aino Auttaja' }).waitFor();
  await requester.getByText('Täsmäytys valmistui yhdessä illassa, kiitos!').waitFor();
  await expectNoAxeViolations(requester, 'helper profile');
  await requester.context().close();
  await helper.context().close();
});
