/**
 * Events in Chromium, axe on every page visited: the demo maintainer sends an event (a missing end time refused next
 * to its field first), Pohjois-Savo's regional administrator approves it from the pending list, and a resident finds
 * it from the portal's "Tulevat tapahtumat" through the region's calendar (filtered by municipality) and downloads
 * its .ics, which parses back in Helsinki time.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, expectPageStructure, startE2E, type E2E } from './support.js';
import { stableId } from '../../src/platform/ids.js';
import { dayFromNow } from '../../src/modules/events/events.fixture.js';
import { instantOf } from '../../src/modules/events/helsinki-time.js';

let e2e: E2E;
before(async () => {
  e2e = await startE2E();
});
after(async () => {
  await e2e?.close();
});

/** A page signed in as a demo user. */
const signedInAs = (userKey: string) => e2e.signedInAs(stableId('demo-user', userKey));

async function checked(page: Page, label: string) {
  await expectPageStructure(page, label);
  await expectNoAxeViolations(page, label);
}

const NAME = 'Syysretki Puijolle';
const DAY = dayFromNow(12);

test('a maintainer sends an event, the regional administrator approves it, a resident finds it and downloads its .ics', async () => {
  // 1. The demo maintainer sends the event.
  const maintainer = await signedInAs('yhdistys');
  await maintainer.goto('/');
  await checked(maintainer, 'front page, signed in as a maintainer');
  await Promise.all([maintainer.waitForURL(/\/my\/events$/), maintainer.getByRole('link', { name: 'Omat tapahtumat' }).click()]);
  await checked(maintainer, 'my events');
  await Promise.all([maintainer.waitForURL(/\/my\/events\/new$/), maintainer.getByRole('link', { name: 'Lähetä uusi tapahtuma' }).click()]);
  await checked(maintainer, 'event form');
  await maintainer.getByLabel('Nimi suomeksi').fill(NAME);
  await maintainer.getByLabel('Nimi englanniksi').fill('Autumn walk to Puijo');
  await maintainer.getByLabel('Kuvaus suomeksi').fill('Kävelemme yhdessä Puijon tornille rauhalliseen tahtiin. Mukaan omat eväät.');
  await maintainer.getByLabel('Alkamispäivä').fill(DAY);
  await maintainer.getByLabel('Alkamisaika').fill('10:00');
  await maintainer.getByLabel('Paikan nimi').fill('Puijon maja');
  await maintainer.getByLabel('Katuosoite').fill('Puijontie 135');
  await maintainer.getByLabel('Postitoimipaikka').fill('Kuopio');
  await maintainer.locator('summary', { hasText: /^Pohjois-Savo/ }).click();
  await maintainer.getByLabel('Kuopio', { exact: true }).check();
  await maintainer.getByLabel('Yhteyshenkilön sähköposti').fill('retket@demo.tarjotin.invalid');
  await Promise.all([maintainer.waitForLoadState('load'), maintainer.getByRole('button', { name: 'Lähetä hyväksyttäväksi' }).click()]);
  // The end time is missing: refused next to its field, everything typed kept.
  await maintainer.locator('#endTime-error').waitFor();
  assert.match(await maintainer.title(), /^Virhe: /);
  assert.equal(await maintainer.getByLabel('Nimi suomeksi').inputValue(), NAME);
  assert.equal(await maintainer.getByLabel('Kuopio', { exact: true }).isChecked(), true);
  await checked(maintainer, 'event form with an error');
  await maintainer.getByLabel('Päättymisaika').fill('14:00');
  await Promise.all([maintainer.waitForLoadState('load'), maintainer.getByRole('button', { name: 'Lähetä hyväksyttäväksi' }).click()]);
  await maintainer.waitForURL(/\/my\/events\?done=sent$/, { timeout: 5000 }).catch(async () => assert.fail(`not sent: ${await maintainer.locator('.error-summary, .field-error').allTextContents()}`));
  await maintainer.getByRole('status').getByText('Tapahtuma on lähetetty.', { exact: false }).waitFor();
  await maintainer.getByRole('row', { name: new RegExp(NAME) }).getByText('Odottaa hyväksyntää').waitFor();
  await checked(maintainer, 'my events after sending');

  // Not public yet.
  const early = await e2e.newPage();
  await early.goto('/regions/pohjois-savo/events');
  assert.equal(await early.getByText(NAME).count(), 0);
  await checked(early, 'calendar before the approval');

  // 2. Pohjois-Savo's regional administrator approves it.
  const admin = await signedInAs('regional-admin:pohjois-savo');
  await admin.goto('/');
  await checked(admin, 'front page, signed in as a regional administrator');
  await Promise.all([admin.waitForURL(/\/admin\/events$/), admin.locator('#events-admin-link').click()]);
  await checked(admin, 'administrator’s events');
  const row = admin.getByRole('row', { name: new RegExp(NAME) });
  await row.getByRole('link', { name: NAME, exact: true }).waitFor();
  await Promise.all([admin.waitForURL(/done=approved/), row.getByRole('button', { name: `Hyväksy: ${NAME}` }).click()]);
  await admin.getByRole('status').getByText('Tapahtuma on hyväksytty', { exact: false }).waitFor();
  await checked(admin, 'administrator’s events after approval');

  // 3. A resident finds it on the portal and the region's calendar, and downloads the .ics.
  const resident = await e2e.newPage();
  await resident.goto('/regions/pohjois-savo');
  await resident.getByRole('heading', { level: 2, name: 'Tulevat tapahtumat' }).waitFor();
  await checked(resident, 'portal');
  await Promise.all([resident.waitForURL(/\/regions\/pohjois-savo\/events$/), resident.getByRole('link', { name: 'Kaikki alueen tapahtumat' }).click()]);
  await checked(resident, 'calendar');
  await resident.getByLabel('Kunta').selectOption({ label: 'Kuopio' });
  await Promise.all([resident.waitForURL(/municipality=297/), resident.getByRole('button', { name: 'Näytä tapahtumat' }).click()]);
  await checked(resident, 'calendar filtered by Kuopio');
  const [d, m, y] = [Number(DAY.slice(8, 10)), Number(DAY.slice(5, 7)), DAY.slice(0, 4)];
  const item = resident.locator('li.event-item', { hasText: NAME });
  assert.match((await item.textContent()) ?? '', new RegExp(`${d}\\.${m}\\.${y} klo 10\\.00–14\\.00`), 'Finnish style, Helsinki time');
  await Promise.all([resident.waitForURL(/\/events\/[0-9a-f-]{36}$/), item.getByRole('link', { name: NAME, exact: true }).click()]);
  await resident.getByRole('heading', { level: 1, name: NAME }).waitFor();
  await checked(resident, 'event page');
  const ld = JSON.parse((await resident.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  assert.equal(ld['@type'], 'Event');
  assert.equal(ld.name, NAME);
  const [download] = await Promise.all([resident.waitForEvent('download'), resident.getByRole('link', { name: 'Lisää omaan kalenteriin (.ics)' }).click()]);
  const text = await readFile((await download.path())!, 'utf8');
  const root = new ICAL.Component(ICAL.parse(text));
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const event = new ICAL.Event(root.getFirstSubcomponent('vevent')!);
  assert.equal(event.summary, NAME);
  assert.equal(event.startDate.zone.tzid, 'Europe/Helsinki');
  assert.equal(event.startDate.toJSDate().getTime(), instantOf(DAY, '10:00')!.getTime());
  assert.equal(event.endDate.toJSDate().getTime(), instantOf(DAY, '14:00')!.getTime());

  // The same calendar in Swedish and English.
  await resident.goto('/sv/regions/pohjois-savo/events');
  await resident.getByRole('heading', { level: 1, name: 'Evenemang – Norra Savolax' }).waitFor();
  await checked(resident, 'calendar in Swedish');
  await resident.goto('/en/regions/kanta-hame/events');
  await resident.getByRole('heading', { level: 1, name: 'Events – Kanta-Häme' }).waitFor();
  assert.ok((await resident.locator('li.event-item').count()) >= 3, 'the demo’s Kanta-Häme events');
  await checked(resident, 'Kanta-Häme calendar in English');
});
