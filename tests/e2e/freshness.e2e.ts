/**
 * Freshness in Chromium: the "may be out of date" mark on a card and in results, the one-click confirmation from a
 * reminder (button page, thanks page), a maintainer's own check page, the administrators' freshness view. axe on
 * every page.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations, expectPageStructure, startE2E, type E2E } from './support.js';
import { listJobs } from '../../src/platform/jobs/job.repo.js';
import { addPerson } from '../../src/modules/freshness/freshness.fixture.js';
import { daysBefore, helsinkiDate } from '../../src/modules/freshness/freshness-dates.js';
import { runFreshnessCheck } from '../../src/modules/freshness/run-freshness-check.js';

let e2e: E2E;
let org: { id: string; name: string };
const MARK = 'Tiedot voivat olla vanhentuneita';

before(async () => {
  e2e = await startE2E();
  const db = e2e.service.database.db;
  // A published demo organisation, made 400 days unchecked, with a maintainer.
  const { rows } = await sql<{ id: string; name_fi: string }>`
    select id, name_fi from organization where status = 'published' order by name_fi limit 1`.execute(db);
  org = { id: rows[0]!.id, name: rows[0]!.name_fi };
  const old = daysBefore(helsinkiDate(new Date()), 400);
  await db.updateTable('organization').set({ last_checked: old }).where('id', '=', org.id).execute();
  await db.updateTable('activity').set({ last_checked: old }).where('organization_id', '=', org.id).execute();
  await addPerson(db, 'yllapitaja@example.org', 'maintainer', org.id);
  await addPerson(db, 'alue@example.org', 'regional_admin', 'pohjois-savo');
  await runFreshnessCheck({ db, settings: e2e.service.app.deps.config.freshness });
});
after(async () => {
  await e2e?.close();
});

async function check(page: Page, label: string) {
  await expectPageStructure(page, label);
  await expectNoAxeViolations(page, label);
}

test('a maintainer confirms by the e-mailed link; the mark goes', async () => {
  const page = await e2e.newPage();
  await page.goto(`/organisations/${org.id}`);
  assert.ok(await page.getByText(MARK).first().isVisible());
  await check(page, 'organisation card with the mark');

  const mail = (await listJobs(e2e.service.database.db, { name: 'send-mail', limit: 1000 }))
    .map((j) => j.payload as { to: string; template: string; params: { token: string } })
    .find((p) => p.to === 'yllapitaja@example.org' && p.template === 'freshness-reminder');
  assert.ok(mail, 'a reminder was queued');
  await page.goto(`/freshness/confirm/${mail.params.token}`);
  await check(page, 'confirmation page');
  await page.getByRole('button', { name: 'Tiedot ovat ajan tasalla' }).click();
  await page.getByRole('heading', { name: 'Kiitos!' }).waitFor();
  await check(page, 'thanks page');

  await page.goto(`/organisations/${org.id}`);
  assert.equal(await page.getByText(MARK).count(), 0);

  await page.goto(`/freshness/confirm/${mail.params.token}`);
  await page.getByRole('heading', { name: 'Linkki ei ole enää voimassa' }).waitFor();
  await check(page, 'used link');
});

test('results show the mark; the maintainer’s own page and the administrators’ view pass axe', async () => {
  const results = await e2e.newPage();
  await results.goto('/search?q=ry');
  await check(results, 'results');

  const maintainer = await e2e.signedInAs('yllapitaja@example.org');
  await maintainer.goto(`/sv/my/organisations/${org.id}/check`);
  await check(maintainer, 'own check page (sv)');

  const admin = await e2e.signedInAs('alue@example.org');
  await admin.goto('/admin/freshness');
  await admin.getByRole('heading', { name: 'Tietojen ajantasaisuus', level: 1 }).waitFor();
  await check(admin, 'freshness view');
});
