/**
 * Peer help in Chromium (issue 15), every e-mail read back from a real SMTP server started here (the service sends
 * through it: SMTP_URL, the embedded job worker with the modules' jobs). axe (WCAG 2.1 A/AA) on every page visited.
 *
 * 1. The demo's requester posts a remote bookkeeping request in three steps (confirmation e-mail with its reference).
 *    Two helpers find it: Aino by her interest (remote requests regardless of distance), Hemmo, browsing without
 *    JavaScript, who also sees the on-site premises request within his distance of Hämeenlinna but not an on-site one
 *    in Rovaniemi. Both apply (the requester is mailed); the requester selects both ("haluatko valita useampia" →
 *    yes, then no); both are mailed. They converse: with JavaScript the other party's message appears without a
 *    reload (Server-Sent Events) and is announced politely, hostile text stays text; without JavaScript Hemmo sees the
 *    messages after a reload. Aino marks the task done (the requester is mailed), the requester approves, both leave
 *    feedback, shown on the other's profile.
 * 2. Groups: a request aimed at a group is invisible to a non-member (list and direct URL; peer help has no JSON
 *    API); the owner removes a member (asked once more), who then no longer sees it. The 31st member being refused is
 *    tested through HTTP (src/modules/peer-help/peer-help.routes.db.test.ts).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { STREAM_TIMING } from '../../src/modules/peer-help/conversation-stream.routes.js';
import { insertRequestDraft, moveRequest, updateRequestWhereWhen, upsertProfile } from '../../src/modules/peer-help/peer-help.repo.js';
import { ensureUser } from '../../src/platform/auth/auth.repo.js';
import type { Database } from '../../src/platform/db/database.js';
import { stableId } from '../../src/platform/ids.js';
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs, startMailE2E, type MailE2E } from './support.js';

const REQUESTER = { id: stableId('peer-help-demo-user', 'tilaaja'), email: 'toiminnanjohtaja@vertaisapu.demo.invalid' };
const AINO = { id: stableId('peer-help-demo-user', 'aino'), email: 'aino.auttaja@vertaisapu.demo.invalid' };
const VILLE = { id: stableId('peer-help-demo-user', 'ville'), email: 'ville.viestija@vertaisapu.demo.invalid' };
const HEMMO = { id: '00000000-0000-4000-8000-0000000f0015', email: 'hemmo.hameenlinna@vertaisapu.e2e.invalid' };
const SUMMARY = 'Kassakirjan ja tiliotteiden täsmäytys';
const FAR_AWAY = 'Kassan tarkastus paikan päällä Rovaniemellä';
const ON_SITE_NEAR = 'Toimitilan pieni remontti ja vuokrasopimus'; // demo: premises, on site in Hämeenlinna
const GROUP_REQUEST = 'Valokuvien muokkaus piirin tiedotteisiin'; // demo: for the group "Esimerkkiliiton Savon piirit"

let e2e: MailE2E;
let db: Database;
const streamTiming = { ...STREAM_TIMING };

before(async () => {
  // The live conversation asks the database for new messages every 2 s. Each message below must still arrive through
  // the stream; only the journey no longer waits up to 2 s for each (conversation-stream.routes.db.test.ts does the same).
  STREAM_TIMING.pollMs = 200;
  e2e = await startMailE2E({ moduleJobs: true });
  db = e2e.service.database.db;
  // A second helper at home in Hämeenlinna (60 km), and an on-site bookkeeping request far beyond that.
  await ensureUser(db, { id: HEMMO.id, email: HEMMO.email, lang: 'fi' });
  await upsertProfile(db, { id: stableId('peer-help-e2e-profile', 'hemmo'), userId: HEMMO.id, displayName: 'Hemmo Hämeenlinnasta', municipalityCode: '109', postalCode: null, distanceKm: 60, categories: ['bookkeeping', 'premises'], skills: 'Kirjanpito, kiinteistöt', languages: ['fi'], education: '', experience: '', description: 'Autan paikan päällä Kanta-Hämeessä.', videoUrl: null, linkedinUrl: null, showCv: false, currentOrganisation: 'Esimerkkitoimisto', notify: 'none' });
  const far = stableId('peer-help-e2e-request', 'rovaniemi');
  await insertRequestDraft(db, { id: far, reference: 'VA-E2E0-0001', requesterId: REQUESTER.id, organizationId: null, organisationName: 'Lapin esimerkkiyhdistys ry', businessId: null, category: 'bookkeeping', summary: FAR_AWAY, details: '', accountingRef: '' });
  await updateRequestWhereWhen(db, far, { remote: false, municipalityCode: '698', address: '', wishedTime: 'ensi kuussa', hours: 2, groupId: null });
  await moveRequest(db, far, ['draft'], 'open');
});

after(async () => {
  await e2e?.close();
  Object.assign(STREAM_TIMING, streamTiming);
});

const pageAs = (userId: string, options: BrowserContextOptions = {}): Promise<Page> => e2e.signedInAs(userId, options);

async function press(page: Page, name: string | RegExp, url: RegExp, role: 'link' | 'button' = 'button') {
  await Promise.all([page.waitForURL(url), page.getByRole(role, { name, exact: typeof name === 'string' }).first().click()]);
}

const mailTo = (to: string, subject: RegExp) => e2e.mailTo(to, subject);

test('a remote bookkeeping request: two helpers find it (interest; distance), apply, both selected, a live and a plain conversation, done, approved, feedback on profiles', async () => {
  // The requester writes the request in three steps.
  const requester = await pageAs(REQUESTER.id);
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
  const confirmation = await mailTo(REQUESTER.email, /^Avunpyyntösi on julkaistu \(VA-[0-9A-Z]{4}-[0-9A-Z]{4}\)$/);
  const reference = /\((VA-[0-9A-Z-]+)\)/.exec(confirmation.subject ?? '')![1]!;
  assert.match(confirmation.text ?? '', new RegExp(requestUrl.replace(/[.?]/g, '\\$&')));
  await requester.getByRole('status').filter({ hasText: reference }).waitFor();

  // Aino finds it by her interest (remote: whatever the distance), not the on-site one in Rovaniemi, and applies.
  const aino = await pageAs(AINO.id);
  await aino.goto('/peer-help');
  await aino.getByRole('link', { name: SUMMARY }).waitFor();
  assert.equal(await aino.getByRole('link', { name: FAR_AWAY }).count(), 0, 'Rovaniemi is beyond her distance');
  await expectNoAxeViolations(aino, 'peer help, Aino');
  await press(aino, SUMMARY, /\/peer-help\/requests\/[0-9a-f-]{36}$/, 'link');
  await expectNoAxeViolations(aino, 'request, Aino');
  await aino.getByLabel(/^Viesti tilaajalle/).fill('Olen täsmäyttänyt yhdistysten kassoja vuosia. Sopiiko torstai-ilta?');
  await press(aino, 'Lähetä hakemus', /done=applied/);
  await aino.getByRole('status').getByText(/Hakemus lähetettiin/).waitFor();
  await expectNoAxeViolations(aino, 'request after applying, Aino');

  // Hemmo, without JavaScript, sees it too, and the on-site request within his distance of Hämeenlinna.
  const hemmo = await pageAs(HEMMO.id, { javaScriptEnabled: false });
  await hemmo.goto('/peer-help');
  await hemmo.getByRole('link', { name: SUMMARY }).waitFor();
  await hemmo.getByRole('link', { name: ON_SITE_NEAR }).waitFor();
  assert.equal(await hemmo.getByRole('link', { name: FAR_AWAY }).count(), 0, 'Rovaniemi is beyond his 60 km');
  await expectNoAxeViolationsWithoutJs(hemmo, 'peer help, Hemmo');
  await press(hemmo, SUMMARY, /\/peer-help\/requests\/[0-9a-f-]{36}$/, 'link');
  await hemmo.getByLabel(/^Viesti tilaajalle/).fill('Voin auttaa etänä, kirjanpito on tuttua.');
  await press(hemmo, 'Lähetä hakemus', /done=applied/);
  await expectNoAxeViolationsWithoutJs(hemmo, 'request after applying, Hemmo');
  await mailTo(REQUESTER.email, new RegExp(`^Uusi hakemus avunpyyntöösi \\(${reference}\\)$`));
  await mailTo(REQUESTER.email, new RegExp(`^Uusi hakemus avunpyyntöösi \\(${reference}\\)$`));

  // The requester selects Aino, keeps the request open, selects Hemmo and closes the search.
  await requester.goto(requestUrl);
  await requester.getByRole('heading', { level: 2, name: 'Hakijat' }).waitFor();
  await expectNoAxeViolations(requester, 'request with applicants');
  await press(requester, 'Valitse tekijäksi: Aino Auttaja', /done=selected/);
  await requester.getByRole('heading', { level: 2, name: 'Haluatko valita useampia?' }).waitFor();
  await expectNoAxeViolations(requester, 'haluatko valita useampia');
  await press(requester, 'Kyllä, jätä pyyntö avoimeksi', /#applicants-title$/, 'link');
  await press(requester, 'Valitse tekijäksi: Hemmo Hämeenlinnasta', /done=selected/);
  await press(requester, 'Ei, sulje haku', /done=filled/);
  await expectNoAxeViolations(requester, 'request filled');
  await mailTo(AINO.email, new RegExp(`^Sinut valittiin tekijäksi \\(${reference}\\)$`));
  await mailTo(HEMMO.email, new RegExp(`^Sinut valittiin tekijäksi \\(${reference}\\)$`));

  // Live: Aino has the request open; the requester's message appears on her page without a reload, announced.
  await aino.goto(requestUrl);
  await aino.getByRole('heading', { level: 2, name: 'Keskustelu' }).waitFor();
  await aino.waitForFunction(() => !!document.getElementById('conversation-status'));
  await requester.getByLabel(/^Viesti/).fill('Kiitos molemmille! Torstai klo 18 sopii. Aineisto: https://example.org/kassakirja <b>ei lihavoitu</b>');
  await press(requester, 'Lähetä viesti', /#conversation-title$/);
  await expectNoAxeViolations(requester, 'conversation, requester');
  await aino.getByRole('link', { name: 'https://example.org/kassakirja' }).waitFor();
  await aino.getByText('<b>ei lihavoitu</b>', { exact: false }).waitFor();
  assert.equal(await aino.locator('#conversation-messages b').count(), 0, 'markup stays text');
  await aino.getByRole('status').filter({ hasText: 'Uusi viesti: Esimerkkikylän Omaisyhdistys ry' }).waitFor();
  assert.match(aino.url(), /\/peer-help\/requests\/[0-9a-f-]{36}$/, 'no reload');
  await expectNoAxeViolations(aino, 'conversation updated live, Aino');
  // And the other way: Aino answers; the requester's open page shows it live.
  await requester.waitForFunction(() => !!document.getElementById('conversation-status'));
  await aino.getByLabel(/^Viesti/).fill('Sovittu, nähdään verkossa torstaina.');
  await press(aino, 'Lähetä viesti', /#conversation-title$/);
  await requester.locator('#conversation-messages').getByText('Sovittu, nähdään verkossa torstaina.').waitFor();

  // Plain: Hemmo, without JavaScript, sees both after a reload, and writes.
  await hemmo.goto(requestUrl);
  await hemmo.getByRole('link', { name: 'https://example.org/kassakirja' }).waitFor();
  await hemmo.getByText('Sovittu, nähdään verkossa torstaina.').waitFor();
  await expectNoAxeViolationsWithoutJs(hemmo, 'conversation, Hemmo');
  await hemmo.getByLabel(/^Viesti/).fill('Hyvä, olen mukana varalla.');
  await press(hemmo, 'Lähetä viesti', /#conversation-title$/);
  await hemmo.getByText('Hyvä, olen mukana varalla.').waitFor();

  // Aino marks the task done; the requester is mailed, approves and gives feedback to both.
  await press(aino, 'Merkitse tehtävä tehdyksi', /done=marked/);
  await expectNoAxeViolations(aino, 'task done');
  await mailTo(REQUESTER.email, new RegExp(`^Tehtävä on merkitty tehdyksi \\(${reference}\\)$`));
  await requester.goto(requestUrl);
  await press(requester, 'Hyväksy tehty tehtävä', /done=approved/);
  await requester.getByRole('heading', { level: 2, name: 'Anna palautetta' }).waitFor();
  await expectNoAxeViolations(requester, 'feedback form');
  for (const comment of ['Täsmäytys valmistui yhdessä illassa, kiitos!', 'Hyvä varamies, kiitos!']) {
    await requester.getByRole('radio', { name: '5' }).check();
    await requester.getByLabel('Arvostelu').fill(comment);
    await press(requester, 'Lähetä palaute', /done=feedback/);
  }
  await expectNoAxeViolations(requester, 'after feedback');

  // Aino gives feedback to the requester.
  await aino.goto(requestUrl);
  await aino.getByRole('heading', { level: 2, name: 'Anna palautetta' }).waitFor();
  await aino.getByRole('radio', { name: '4' }).check();
  await aino.getByLabel('Arvostelu').fill('Aineisto oli valmiina, mukava auttaa.');
  await press(aino, 'Lähetä palaute', /done=feedback/);
  await expectNoAxeViolations(aino, 'after feedback, Aino');

  // The feedback is on both profiles.
  await requester.goto(requestUrl);
  await press(requester, 'Aino Auttaja', /\/peer-help\/profiles\/[0-9a-f-]{36}$/, 'link');
  await requester.getByRole('heading', { level: 1, name: 'Aino Auttaja' }).waitFor();
  await requester.getByText('Täsmäytys valmistui yhdessä illassa, kiitos!').waitFor();
  await expectNoAxeViolations(requester, 'Aino’s profile');
  await aino.goto(`/peer-help/profiles/${stableId('peer-help-demo-profile', 'tilaaja')}`);
  await aino.getByText('Aineisto oli valmiina, mukava auttaa.').waitFor();
  await expectNoAxeViolations(aino, 'the requester’s profile');
});

test('a group’s request is invisible to a non-member (list and direct URL); a removed member no longer sees it', async () => {
  const groupRequestUrl = `/peer-help/requests/${stableId('peer-help-demo-request', 'kuvat')}`;
  const hemmo = await pageAs(HEMMO.id);
  await hemmo.goto('/peer-help?all=yes');
  await hemmo.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await hemmo.getByRole('link', { name: GROUP_REQUEST }).count(), 0, 'not in the list of a non-member');
  const direct = await hemmo.goto(groupRequestUrl);
  assert.equal(direct?.status(), 404);
  await hemmo.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' }).waitFor();
  await expectNoAxeViolations(hemmo, 'group request, non-member');

  const ville = await pageAs(VILLE.id);
  await ville.goto('/peer-help?all=yes');
  await ville.getByRole('link', { name: GROUP_REQUEST }).waitFor();

  // The owner (the demo's requester) removes Ville, asked once more first.
  const owner = await pageAs(REQUESTER.id);
  await owner.goto(`/peer-help/groups/${stableId('peer-help-demo-group', 'savo')}`);
  await expectNoAxeViolations(owner, 'group page, owner');
  await press(owner, `Poista jäsen ${VILLE.email}`, /\/members\/remove$/);
  await owner.getByRole('heading', { level: 1, name: 'Poistetaanko jäsen ryhmästä?' }).waitFor();
  await expectNoAxeViolations(owner, 'confirm removing a member');
  await press(owner, 'Poista jäsen', /\?done=removed$/);
  await owner.getByRole('status').getByText('Jäsen poistettiin ryhmästä.').waitFor();
  await expectNoAxeViolations(owner, 'group page after removing');

  await ville.goto('/peer-help?all=yes');
  await ville.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await ville.getByRole('link', { name: GROUP_REQUEST }).count(), 0, 'gone from the removed member’s list');
  assert.equal((await ville.goto(groupRequestUrl))?.status(), 404);
});
