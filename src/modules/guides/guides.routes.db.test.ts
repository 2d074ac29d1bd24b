import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Service } from '../../boot.js';
import { createTestService } from '../../../tests/support/test-app.js';

const PAGES = ['/guides', '/guides/residents', '/guides/professionals', '/guides/organisations', '/guides/plain-language', '/accessibility'];
const PREFIX = { fi: '', sv: '/sv', en: '/en' } as const;

let service: Service;
before(async () => {
  service = await createTestService();
});
after(async () => {
  await service.close();
});

async function get(url: string) {
  const res = await service.app.inject({ method: 'GET', url });
  return { status: res.statusCode, html: res.body };
}

/** Heading levels in document order, e.g. [1, 2, 2, 3]. */
function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
}

for (const [lang, prefix] of Object.entries(PREFIX)) {
  test(`guide pages in ${lang}: 200, html lang, one h1 first, headings in order, no untranslated keys`, async () => {
    for (const page of PAGES) {
      const url = `${prefix}${page}`;
      const { status, html } = await get(url);
      assert.equal(status, 200, url);
      assert.match(html, new RegExp(`<html lang="${lang}"`), url);
      const levels = headingLevels(html);
      assert.equal(levels.filter((l) => l === 1).length, 1, `${url}: exactly one h1`);
      assert.equal(levels[0], 1, `${url}: the h1 comes first`);
      for (let i = 1; i < levels.length; i++) {
        assert.ok(levels[i]! <= levels[i - 1]! + 1, `${url}: heading h${levels[i]} follows h${levels[i - 1]}`);
      }
      assert.doesNotMatch(html, /guides\.[a-z]+\.[a-z]+/, `${url}: a message key leaked into the page`);
      assert.doesNotMatch(html, /style=|<script>/, `${url}: no inline styles or scripts`);
    }
  });
}

test('the index links every guide and the accessibility statement in the page language', async () => {
  const { html } = await get('/sv/guides');
  for (const page of PAGES.slice(1)) assert.ok(html.includes(`href="/sv${page}"`), page);
});

test('the accessibility statement has what the Act 306/2019 expects, in every language', async () => {
  const fi = (await get('/accessibility')).html;
  assert.match(fi, /<h1[^>]*>Saavutettavuusseloste<\/h1>/);
  assert.match(fi, /osittain/);
  assert.match(fi, /23\.11\.2026/);
  assert.match(fi, /axe-core/);
  assert.match(fi, /mailto:saavutettavuus@tarjotin\.example\.org/);
  assert.match(fi, /Etelä-Suomen aluehallintovirasto/);
  assert.match(fi, /webbisaavutettavuus\.fi/);
  assert.match(fi, /306\/2019/);
  const sv = (await get('/sv/accessibility')).html;
  assert.match(sv, /delvis/);
  assert.match(sv, /Regionförvaltningsverket i Södra Finland/);
  const en = (await get('/en/accessibility')).html;
  assert.match(en, /Partially conforms/);
  assert.match(en, /23 Nov 2026/);
});

test('guides promise no feature that does not exist: contact requests are marked as coming, joining links to its page', async () => {
  const residents = (await get('/guides/residents')).html;
  assert.match(residents, /Tulossa myöhemmin/);
  assert.match(residents, /ei ole vielä käytössä/);
  const orgs = (await get('/en/guides/organisations')).html;
  assert.match(orgs, /href="\/en\/for-organisations"/);
  assert.doesNotMatch(orgs, /Registration with a joining link sent by e-mail is coming/);
});
