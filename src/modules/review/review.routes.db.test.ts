import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestService } from '../../../tests/support/test-app.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import type { Service } from '../../boot.js';
import { addRole, setLoginTokenExpiry } from '../../platform/auth/auth.repo.js';
import { hashSecret } from '../../platform/auth/auth-tokens.js';
import { issueSignInLink } from '../../platform/auth/issue-sign-in-link.js';
import type { Database } from '../../platform/db/database.js';
import { insertSubmission, insertUser, sampleActivity, sampleDraft } from './review.fixture.js';

let service: Service;
let db: Database;


/** Signs a browser in through the one-time link pages (the link made directly, without mail). */
async function signedIn(email: string): Promise<TestBrowser> {
  const b = new TestBrowser(service.app);
  const token = (await issueSignInLink({ db, email }))!;
  const confirm = await b.get(`/sign-in/${token}`);
  assert.equal(confirm.statusCode, 200);
  const res = await b.post(`/sign-in/${token}`, { _csrf: TestBrowser.csrf(confirm.body) });
  assert.equal(res.statusCode, 303);
  return b;
}

let regional: TestBrowser;
let otherRegional: TestBrowser;
let maintainer: TestBrowser;
let submitterId: string;

before(async () => {
  service = await createTestService();
  db = service.database.db;
  await db.insertInto('region').values({ id: 'testimaa', name_fi: 'Testimaa', name_sv: 'Testland', name_en: 'Testland' }).execute();
  await db.insertInto('region_municipality').values({ region_id: 'testimaa', municipality_code: '091' }).execute();
  await addRole(db, { userId: await insertUser(db, 'ps.admin@example.org'), role: 'regional_admin', scopeId: 'pohjois-savo' });
  await addRole(db, { userId: await insertUser(db, 'testimaa.admin@example.org'), role: 'regional_admin', scopeId: 'testimaa' });
  submitterId = await insertUser(db, 'yllapitaja@example.org');
  await addRole(db, { userId: submitterId, role: 'maintainer', scopeId: '00000000-0000-4000-8000-00000000000a' });
  regional = await signedIn('ps.admin@example.org');
  otherRegional = await signedIn('testimaa.admin@example.org');
  maintainer = await signedIn('yllapitaja@example.org');
});

after(async () => {
  await service?.close();
});

test('only administrators open the queue: anonymous → sign-in, maintainer → 403; the header shows the right links', async () => {
  const anonymous = await new TestBrowser(service.app).get('/admin/review');
  assert.equal(anonymous.statusCode, 303);
  assert.equal(anonymous.headers.location, '/sign-in');
  const front = await new TestBrowser(service.app).get('/');
  assert.match(front.body, /<a href="\/sign-in">Kirjaudu<\/a>/);

  const m = await maintainer.get('/admin/review');
  assert.equal(m.statusCode, 403);
  assert.doesNotMatch(m.body, />Tarkastettavat</, 'no admin links for a maintainer');
  assert.match(m.body, /href="\/account">Oma tili</);
  assert.equal((await maintainer.get('/admin/audit')).statusCode, 403);

  const r = await regional.get('/sv/admin/review');
  assert.equal(r.statusCode, 200);
  assert.match(r.body, /Uppgifter att granska/);
  assert.match(r.body, /href="\/sv\/admin\/review">Att granska</);
  assert.match(r.body, /href="\/sv\/admin\/freshness">Uppgifternas aktualitet</);
  assert.doesNotMatch(r.body, /Logga in</);
});

test('the review page shows the diff; decisions need CSRF, stay in the region, and are taken once (409)', async () => {
  const helsinki = await insertSubmission(db, {
    draft: sampleDraft({ organization: { nameFi: 'Stadin Testiyhdistys ry', municipalityCode: '091' }, activities: [sampleActivity({ municipalityCodes: ['091'] })] }),
    createdBy: submitterId,
    municipalityCodes: ['091'],
  });
  const kuopio = await insertSubmission(db, { draft: sampleDraft({ organization: { nameFi: 'Savon Testiyhdistys ry' } }), createdBy: submitterId });

  const queue = await regional.get('/admin/review');
  assert.match(queue.body, /Savon Testiyhdistys ry/);
  assert.doesNotMatch(queue.body, /Stadin Testiyhdistys ry/);
  assert.match(queue.body, /Odottaa tarkastusta \(1\)/);

  // Outside the region: the page and the action are both refused.
  assert.equal((await regional.get(`/admin/review/${helsinki.id}`)).statusCode, 403);
  const page = await regional.get(`/admin/review/${kuopio.id}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Uusi järjestö: kaikki tiedot ovat uusia\./);
  assert.match(page.body, /<th scope="row">Nimi suomeksi<\/th>\s*<td><span class="diff-value">Savon Testiyhdistys ry<\/span><\/td>/);
  assert.match(page.body, /Vertaistuki, Liikunta/);
  assert.match(page.body, /<a href="mailto:yllapitaja@example.org">yllapitaja@example.org<\/a>/, 'the sender, to get in touch');
  const csrf = TestBrowser.csrf(page.body);
  const outside = await regional.post(`/admin/review/${helsinki.id}`, { _csrf: csrf, decision: 'approve', message: '' });
  assert.equal(outside.statusCode, 403);
  assert.equal(
    (await db.selectFrom('submission').select('status').where('id', '=', helsinki.id).executeTakeFirstOrThrow()).status,
    'awaiting_review',
  );
  // A maintainer cannot act either.
  assert.equal((await maintainer.post(`/admin/review/${kuopio.id}`, { _csrf: csrf, decision: 'approve', message: '' })).statusCode, 403);

  // Missing CSRF token → 403, nothing changes.
  const noCsrf = await regional.post(`/admin/review/${kuopio.id}`, { decision: 'approve', message: '' });
  assert.equal(noCsrf.statusCode, 403);
  assert.match(noCsrf.body, /Lomake vanhentui/);

  // Return without a message: 400 with the error next to the field, what was typed kept (nothing here).
  const missing = await regional.post(`/admin/review/${kuopio.id}`, { _csrf: csrf, decision: 'return', message: '  ' });
  assert.equal(missing.statusCode, 400);
  assert.match(missing.body, /id="message-error"/);
  assert.match(missing.body, /aria-describedby="message-hint message-error"/);

  const ok = await regional.post(`/admin/review/${kuopio.id}`, { _csrf: csrf, decision: 'approve', message: 'Hyvä!' });
  assert.equal(ok.statusCode, 303);
  assert.equal(ok.headers.location, `/admin/review/${kuopio.id}?done=approved`);
  const after = await regional.get(ok.headers.location as string);
  assert.match(after.body, /Tiedot hyväksyttiin ja julkaistiin/);
  assert.match(after.body, /Tämä ilmoitus on jo käsitelty\. Tila: Hyväksytty\./);
  assert.match(after.body, /Hyväksytty/);

  const again = await regional.post(`/admin/review/${kuopio.id}`, { _csrf: csrf, decision: 'approve', message: '' });
  assert.equal(again.statusCode, 409);
  assert.match(again.body, /Ilmoitus on jo käsitelty/);

  // The other region's administrator can act on the Helsinki one.
  const otherPage = await otherRegional.get(`/admin/review/${helsinki.id}`);
  const rejected = await otherRegional.post(`/admin/review/${helsinki.id}`, {
    _csrf: TestBrowser.csrf(otherPage.body),
    decision: 'reject',
    message: 'Ei sote-alan toimintaa.',
  });
  assert.equal(rejected.statusCode, 303);

  const audit = await regional.get('/admin/audit');
  assert.equal(audit.statusCode, 200);
  assert.match(audit.body, /Savon Testiyhdistys ry/);
  assert.doesNotMatch(audit.body, /Stadin Testiyhdistys ry/, 'another region’s organisation is not in the log');
  assert.equal((await regional.get(`/admin/audit?organization=${helsinki.organizationId}`)).statusCode, 403);
  assert.equal((await regional.get('/admin/review/not-a-uuid')).statusCode, 404);
});

test('another region’s administrator gets the translated 403 page, in every language, for the page and the decision', async () => {
  const helsinki = await insertSubmission(db, {
    draft: sampleDraft({ organization: { nameFi: 'Kielten Testiyhdistys ry', municipalityCode: '091' }, activities: [sampleActivity({ municipalityCodes: ['091'] })] }),
    createdBy: submitterId,
    municipalityCodes: ['091'],
  });
  const csrf = TestBrowser.csrf((await regional.get('/account')).body);
  const texts = { '': ['Ei käyttöoikeutta', 'Pyyntöä ei voitu käsitellä'], '/sv': ['Ingen behörighet', 'Begäran kunde inte behandlas'], '/en': ['No access', 'The request could not be handled'] };
  for (const [prefix, [title, badRequest]] of Object.entries(texts)) {
    for (const res of [
      await regional.get(`${prefix}/admin/review/${helsinki.id}`),
      await regional.post(`${prefix}/admin/review/${helsinki.id}`, { _csrf: csrf, decision: 'return', message: '' }),
    ]) {
      assert.equal(res.statusCode, 403, prefix);
      assert.match(res.body, new RegExp(`<h1[^>]*>${title}</h1>`), prefix);
      assert.ok(!res.body.includes(badRequest!), `${prefix}: not a "bad request" page`);
      assert.ok(!res.body.includes('Kielten Testiyhdistys ry'), 'nothing of the submission is shown');
    }
  }
  assert.equal((await db.selectFrom('submission').select('status').where('id', '=', helsinki.id).executeTakeFirstOrThrow()).status, 'awaiting_review');
  assert.equal((await regional.get(`/admin/review/${'0'.repeat(8)}-0000-4000-8000-000000000000`)).statusCode, 404);
});

test('a decision on a submission decided already: 409 with the review conflict text in fi, sv and en', async () => {
  const kuopio = await insertSubmission(db, { draft: sampleDraft({ organization: { nameFi: 'Kahdesti Käsitelty ry' } }), createdBy: submitterId });
  const page = await regional.get(`/admin/review/${kuopio.id}`);
  const csrf = TestBrowser.csrf(page.body);
  assert.equal((await regional.post(`/admin/review/${kuopio.id}`, { _csrf: csrf, decision: 'reject', message: 'Ei sovi.' })).statusCode, 303);
  const texts = {
    '': ['Ilmoitus on jo käsitelty', 'Ilmoitusta ei enää voi käsitellä'],
    '/sv': ['Anmälan har redan behandlats', 'Anmälan kan inte längre behandlas'],
    '/en': ['Already decided', 'This submission can no longer be decided'],
  };
  for (const [prefix, [title, body]] of Object.entries(texts)) {
    // Even a return without its message: the state is the answer, not the missing field.
    for (const form of [{ decision: 'approve', message: '' }, { decision: 'return', message: '' }]) {
      const res = await regional.post(`${prefix}/admin/review/${kuopio.id}`, { _csrf: csrf, ...form });
      assert.equal(res.statusCode, 409, `${prefix} ${form.decision}`);
      assert.match(res.body, new RegExp(`<h1[^>]*>${title}</h1>`));
      assert.ok(res.body.includes(body!), prefix);
    }
  }
  assert.equal((await db.selectFrom('submission').select('status').where('id', '=', kuopio.id).executeTakeFirstOrThrow()).status, 'rejected');
});

test('a return without a message, or a message too long: 400, the summary links to the field, what was typed is kept', async () => {
  const kuopio = await insertSubmission(db, { draft: sampleDraft({ organization: { nameFi: 'Palautuslomake ry' } }), createdBy: submitterId });
  const page = await regional.get(`/sv/admin/review/${kuopio.id}`);
  const csrf = TestBrowser.csrf(page.body);

  const empty = await regional.post(`/sv/admin/review/${kuopio.id}`, { _csrf: csrf, decision: 'return', message: '   ' });
  assert.equal(empty.statusCode, 400);
  assert.match(empty.body, /<title>Fel: /, 'the title says the form has errors');
  assert.match(empty.body, /class="error-summary"[^>]*role="alert"/);
  assert.match(empty.body, /<a href="#message">Skriv ett meddelande: berätta vad som ska kompletteras/);
  assert.match(empty.body, /<textarea id="message" name="message"[^>]*aria-invalid="true"[^>]*>   <\/textarea>/, 'the spaces typed are kept');
  assert.match(empty.body, /Palautuslomake ry/, 'the review page itself, with its diff');

  const long = 'Täydennä tiedot. '.repeat(300);
  const tooLong = await regional.post(`/admin/review/${kuopio.id}`, { _csrf: csrf, decision: 'reject', message: long });
  assert.equal(tooLong.statusCode, 400);
  assert.match(tooLong.body, /<a href="#message">Viesti on liian pitkä/);
  assert.ok(tooLong.body.includes(`>${long}</textarea>`), 'the long message is kept as typed');

  const noDecision = await regional.post(`/admin/review/${kuopio.id}`, { _csrf: csrf, message: 'Hei' });
  assert.equal(noDecision.statusCode, 400);
  assert.match(noDecision.body, /<a href="#decision-approve">Valitse päätös/);
  assert.match(noDecision.body, />Hei<\/textarea>/);

  assert.equal((await db.selectFrom('submission').select('status').where('id', '=', kuopio.id).executeTakeFirstOrThrow()).status, 'awaiting_review');
});

test('a used or an expired sign-in link is refused', async () => {
  const token = (await issueSignInLink({ db, email: 'ps.admin@example.org' }))!;
  const b = new TestBrowser(service.app);
  const confirm = await b.get(`/sign-in/${token}`);
  assert.equal((await b.post(`/sign-in/${token}`, { _csrf: TestBrowser.csrf(confirm.body) })).statusCode, 303);
  const reused = await new TestBrowser(service.app).get(`/sign-in/${token}`);
  assert.equal(reused.statusCode, 410);

  const expired = (await issueSignInLink({ db, email: 'ps.admin@example.org' }))!;
  const c = new TestBrowser(service.app);
  const form = await c.get(`/sign-in/${expired}`);
  await setLoginTokenExpiry(db, { tokenHash: hashSecret(expired), expiresAt: new Date(Date.now() - 60_000) });
  const res = await c.post(`/sign-in/${expired}`, { _csrf: TestBrowser.csrf(form.body) });
  assert.equal(res.statusCode, 410);
  assert.equal((await c.get('/admin/review')).statusCode, 303, 'still signed out');
});
