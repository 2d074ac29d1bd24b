/**
 * The info-screen kiosk's own script in Chromium (public/js/kiosk.js; issue 14, item 3): on its timer it fetches the
 * screen's content and drops a slide whose validity has ended without reloading the page; when the network drops, or
 * the server answers with an error, the last good slides stay. Timers run on Playwright's clock; the server's day
 * moves with the test clock.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNoAxeViolations, startE2E, type E2E } from './support.js';
import { hashSecret, newSecret } from '../../src/platform/auth/auth-tokens.js';
import { stableId } from '../../src/platform/ids.js';
import { listScreens, setScreenTokenHash } from '../../src/modules/centres/screens.repo.js';
import { KIOSK_REFRESH_SECONDS } from '../../src/modules/centres/kiosk.views.js';

const DAY = 86_400_000;
let clock = new Date();
let e2e: E2E;
before(async () => {
  e2e = await startE2E({ now: () => clock });
});
after(async () => {
  await e2e?.close();
});

test('the kiosk keeps its slides when the network drops, and drops an expired slide on its own, without reloading', async () => {
  // A secret address for the demo Kallavesi centre's first screen (the demo gives none).
  const db = e2e.service.database.db;
  const screens = await listScreens(db, stableId('demo-centre', 'kallavesi'));
  assert.ok(screens.length > 0, 'the demo centre has screens');
  const token = newSecret();
  await setScreenTokenHash(db, { id: screens[0]!.id, hash: hashSecret(token) });

  const page = await e2e.newPage();
  await page.clock.install();
  await page.goto(`/kiosk/${token}`);
  await expectNoAxeViolations(page, 'kiosk');
  const slides = page.locator('#kiosk .kiosk-slide');
  const shown = await slides.count();
  assert.ok(shown > 0, 'the demo slide is shown');
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  const refreshed = () => page.waitForRequest((r) => r.url().endsWith('/content'));

  // The network drops: the refresh fails, the slides stay.
  await page.route('**/content', (route) => route.abort('internetdisconnected'));
  let request = refreshed();
  await page.clock.runFor((KIOSK_REFRESH_SECONDS + 1) * 1000);
  await (await request).response(); // aborted: null, once the failure has reached the page
  assert.equal(await slides.count(), shown, 'the last good slides stay when the network is down');
  // The server answers 500: the same.
  await page.unroute('**/content');
  await page.route('**/content', (route) => route.fulfill({ status: 500, body: 'error' }));
  request = refreshed();
  await page.clock.runFor((KIOSK_REFRESH_SECONDS + 1) * 1000);
  await (await request).response();
  assert.equal(await slides.count(), shown, 'the last good slides stay after a server error');
  await page.unroute('**/content');

  // The validity ends (the demo slide is valid for 60 days): the next refresh removes it, the page is not reloaded.
  clock = new Date(Date.now() + 61 * DAY);
  request = refreshed();
  await page.clock.runFor((KIOSK_REFRESH_SECONDS + 1) * 1000);
  await request;
  await page.waitForFunction(() => document.querySelectorAll('#kiosk .kiosk-slide').length === 0);
  assert.equal(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded), true, 'no reload');
  assert.equal(await page.locator('#kiosk .kiosk-empty').isVisible(), true, 'the empty message shows');
  await expectNoAxeViolations(page, 'kiosk with no slides');
});
