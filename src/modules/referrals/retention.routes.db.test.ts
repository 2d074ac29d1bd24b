import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestService } from '../../../tests/support/test-app.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import type { Service } from '../../boot.js';
import { insertSession } from '../../platform/auth/auth.repo.js';
import { hashSecret, newSecret } from '../../platform/auth/auth-tokens.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Database } from '../../platform/db/database.js';
import { isAppError } from '../../platform/errors.js';
import { eraseByContact } from './erase-by-contact.js';
import { listErasureMatches } from './list-erasure-matches.js';
import { ORGS, PEOPLE, SAVO, TESTIMAA, addRequest, addRetentionFixture, type AddedRequest } from './retention.fixture.js';
import { eraseForm, parseContactToErase } from './retention.schema.js';

/**
 * The right to erasure: found through the look-up hash of the normalised phone number or address (never by
 * decrypting), references and dates only, erased on confirmation with an audit entry free of personal data; a
 * regional administrator neither sees nor erases requests outside their regions; access and CSRF.
 */

let service: Service;
let db: Database;
let cipher: FieldCipher;
let people: Record<keyof typeof PEOPLE, string>;
const PHONE = '+358401112233';
const created = new Date('2026-11-02T08:00:00Z');
let r: Record<'savo' | 'helsinki' | 'turkuEmail' | 'other' | 'both', AddedRequest>;

const SECRETS = ['Tähtisilmä', 'Toivon soittoa vertaisryhmästä.', 'Iltapäivisin'];

before(async () => {
  service = await createTestService();
  db = service.database.db;
  cipher = service.app.deps.cipher;
  people = await addRetentionFixture(db);
  r = {
    savo: await addRequest(db, cipher, { to: [{ organizationId: ORGS.savoA }], createdAt: created, phone: PHONE, email: 'asiakas@example.org', note: 'Soitin, ei vastannut.' }),
    helsinki: await addRequest(db, cipher, { to: [{ organizationId: ORGS.helsinki }], createdAt: created, phone: PHONE, email: null }),
    turkuEmail: await addRequest(db, cipher, { to: [{ organizationId: ORGS.turku }], createdAt: created, phone: null, email: 'asiakas@example.org' }),
    other: await addRequest(db, cipher, { to: [{ organizationId: ORGS.savoA }], createdAt: created, phone: '+358409998877', email: 'toinen@example.org' }),
    both: await addRequest(db, cipher, { to: [{ organizationId: ORGS.savoB }, { organizationId: ORGS.roaming }], createdAt: created, phone: '+358501234567', email: null }),
  };
});

after(async () => {
  await service.close();
});

async function signedIn(userId: string): Promise<TestBrowser> {
  const browser = new TestBrowser(service.app);
  const secret = newSecret();
  await insertSession(db, { id: hashSecret(secret), userId, hours: 1 });
  browser.cookies.set('tarjotin_session', secret);
  return browser;
}

async function erasedAt(req: AddedRequest) {
  return (await db.selectFrom('contact_request').select('erased_at').where('id', '=', req.requestId).executeTakeFirstOrThrow()).erased_at;
}

const actor = (id: string, roles: SessionUser['roles']): SessionUser => ({ id, email: 'x@example.org', lang: 'fi', roles });

test('the typed value is normalised as the sending side stores it', () => {
  assert.deepEqual(parseContactToErase('040 111 2233'), { kind: 'phone', value: PHONE });
  assert.deepEqual(parseContactToErase('+358 40 111 2233'), { kind: 'phone', value: PHONE });
  assert.deepEqual(parseContactToErase('00358401112233'), { kind: 'phone', value: PHONE });
  assert.deepEqual(parseContactToErase('  Asiakas@Example.ORG '), { kind: 'email', value: 'asiakas@example.org' });
  assert.equal(parseContactToErase('123'), null);
  assert.equal(parseContactToErase('ei@'), null);
  assert.equal(eraseForm.safeParse({ contact: '' }).error?.issues[0]?.message, 'retention.erase.contactMissing');
  assert.equal(eraseForm.safeParse({ contact: 'kissa' }).error?.issues[0]?.message, 'retention.erase.contactInvalid');
});

test('requests are found through the look-up hash only: nothing is decrypted', async () => {
  const noDecrypt: FieldCipher = {
    ...cipher,
    decrypt: () => assert.fail('decrypt must not be called'),
    decryptOptional: () => assert.fail('decryptOptional must not be called'),
  };
  const platform = actor(people.platform, [{ role: 'platform_admin', scopeId: null }]);
  const byPhone = await listErasureMatches({ db, cipher: noDecrypt, actor: platform, contact: { kind: 'phone', value: PHONE } });
  assert.deepEqual(byPhone.map((m) => m.reference).sort(), [r.savo.reference, r.helsinki.reference].sort());
  assert.deepEqual(Object.keys(byPhone[0]!).sort(), ['closedAt', 'createdAt', 'reference'], 'references and dates only');
  const byEmail = await listErasureMatches({ db, cipher: noDecrypt, actor: platform, contact: { kind: 'email', value: 'asiakas@example.org' } });
  assert.deepEqual(byEmail.map((m) => m.reference).sort(), [r.savo.reference, r.turkuEmail.reference].sort());
});

test('a regional administrator finds and erases only requests to organisations in their regions; others are refused', async () => {
  const savo = actor(people.savoAdmin, [{ role: 'regional_admin', scopeId: SAVO }]);
  const testimaa = actor(people.testimaaAdmin, [{ role: 'regional_admin', scopeId: TESTIMAA }]);
  const maintainer = actor(people.maintainer, [{ role: 'maintainer', scopeId: ORGS.savoA }]);
  const phone = { kind: 'phone' as const, value: PHONE };
  assert.deepEqual((await listErasureMatches({ db, cipher, actor: savo, contact: phone })).map((m) => m.reference), [r.savo.reference]);
  assert.deepEqual((await listErasureMatches({ db, cipher, actor: testimaa, contact: phone })).map((m) => m.reference), [r.helsinki.reference]);
  const mail = { kind: 'email' as const, value: 'asiakas@example.org' };
  assert.deepEqual((await listErasureMatches({ db, cipher, actor: testimaa, contact: mail })).map((m) => m.reference), [], 'Turku and Kuopio are not Testimaa');
  // A request to organisations in both regions is in both.
  const both = { kind: 'phone' as const, value: '+358501234567' };
  assert.equal((await listErasureMatches({ db, cipher, actor: savo, contact: both })).length, 1);
  assert.equal((await listErasureMatches({ db, cipher, actor: testimaa, contact: both })).length, 1);

  await assert.rejects(listErasureMatches({ db, cipher, actor: maintainer, contact: phone }), (e) => isAppError(e) && e.code === 'FORBIDDEN');
  await assert.rejects(eraseByContact({ db, cipher, actor: maintainer, contact: phone }), (e) => isAppError(e) && e.code === 'FORBIDDEN');

  const erased = await eraseByContact({ db, cipher, actor: testimaa, contact: phone });
  assert.deepEqual(erased, { erased: 1, references: [r.helsinki.reference] });
  assert.ok(await erasedAt(r.helsinki));
  assert.equal(await erasedAt(r.savo), null, 'the request to Pohjois-Savo is untouched');
});

test('anonymous visitors are sent to sign in; maintainers get 403; a POST without the CSRF token is refused', async () => {
  const anonymous = new TestBrowser(service.app);
  const page = await anonymous.get('/admin/contact-requests/erase');
  assert.equal(page.statusCode, 303);
  assert.equal(page.headers.location, '/sign-in', 'sign-in returns only to /my/ pages (platform/auth safeReturnPath)');
  const maintainer = await signedIn(people.maintainer);
  assert.equal((await maintainer.get('/admin/contact-requests/erase')).statusCode, 403);
  assert.equal((await maintainer.get('/sv/admin/contact-requests/erase')).statusCode, 403);

  const admin = await signedIn(people.platform);
  const noCsrf = await admin.post('/admin/contact-requests/erase/confirm', { contact: '040 999 8877' });
  assert.equal(noCsrf.statusCode, 403);
  assert.equal(await erasedAt(r.other), null);
  // A maintainer with a valid CSRF token of their own still cannot.
  const own = await maintainer.get(`/contact-requests/new?organization=${ORGS.savoA}`);
  const denied = await maintainer.post('/admin/contact-requests/erase/confirm', { contact: '040 999 8877' }, own.body);
  assert.equal(denied.statusCode, 403);
  assert.equal(await erasedAt(r.other), null);
});

test('an invalid value is answered 400 with the error summary and the input kept', async () => {
  const admin = await signedIn(people.platform);
  const res = await admin.submit('/admin/contact-requests/erase', '/admin/contact-requests/erase', { contact: 'soita minulle' });
  assert.equal(res.statusCode, 400);
  assert.ok(res.body.includes('class="error-summary"'));
  assert.ok(res.body.includes('href="#contact"'));
  assert.ok(res.body.includes('Tämä ei ole puhelinnumero eikä sähköpostiosoite.'));
  assert.ok(res.body.includes('value="soita minulle"'));
  assert.match(res.body, /aria-invalid="true"/);
});

test('a platform administrator finds by phone, sees references and dates only, and erases with one button', async () => {
  const admin = await signedIn(people.platform);
  const found = await admin.submit('/admin/contact-requests/erase', '/admin/contact-requests/erase', { contact: '040 111 2233' });
  assert.equal(found.statusCode, 200);
  assert.equal(found.headers['cache-control'], 'no-store');
  assert.ok(found.body.includes('>Löytyi 1 pyyntö</h2>'), 'the Helsinki request was erased already');
  assert.ok(found.body.includes(r.savo.reference));
  assert.ok(!found.body.includes(r.other.reference));
  for (const s of SECRETS) assert.ok(!found.body.includes(s), `the page must not show "${s}"`);
  assert.ok(found.body.includes('action="/admin/contact-requests/erase/confirm"'));

  const confirmed = await admin.post('/admin/contact-requests/erase/confirm', { contact: PHONE }, found.body);
  assert.equal(confirmed.statusCode, 303);
  assert.equal(confirmed.headers.location, '/admin/contact-requests/erase?erased=1');
  const done = await admin.get(String(confirmed.headers.location));
  assert.ok(done.body.includes('Pyynnön henkilötiedot poistettiin.'));

  const row = await db.selectFrom('contact_request').selectAll().where('id', '=', r.savo.requestId).executeTakeFirstOrThrow();
  for (const c of ['client_phone_enc', 'client_email_enc', 'client_first_name_enc', 'message_enc', 'preferred_time_enc', 'phone_lookup', 'email_lookup'] as const) {
    assert.equal(row[c], null, c);
  }
  const notes = await db.selectFrom('contact_request_recipient').select('note_enc').where('request_id', '=', r.savo.requestId).execute();
  assert.deepEqual(notes, [{ note_enc: null }]);
  assert.equal(await erasedAt(r.other), null);
  assert.equal(await erasedAt(r.turkuEmail), null, 'the e-mail-only request did not hold the phone number');

  const audit = await db.selectFrom('audit_event').selectAll().where('action', '=', 'contact_request.erase').where('subject_id', '=', r.savo.requestId).execute();
  assert.equal(audit.length, 1);
  assert.equal(audit[0]!.actor_id, people.platform);
  assert.deepEqual(audit[0]!.detail, { reason: 'right_to_erasure', matchedBy: 'phone', count: 1, reference: r.savo.reference });
  const text = JSON.stringify(audit);
  for (const s of [PHONE, '401112233', 'asiakas@example.org', ...SECRETS]) assert.ok(!text.includes(s), `the audit entry must not hold "${s}"`);

  // Searching again: nothing left to find (the look-up hashes are gone).
  const again = await admin.submit('/admin/contact-requests/erase', '/admin/contact-requests/erase', { contact: '+358 40 111 2233' });
  assert.ok(again.body.includes('Pyyntöjä ei löytynyt'));
  assert.ok(!again.body.includes('/admin/contact-requests/erase/confirm'));
});

test('by e-mail, typed in any case; in Swedish and English too', async () => {
  const admin = await signedIn(people.platform);
  const sv = await admin.submit('/sv/admin/contact-requests/erase', '/sv/admin/contact-requests/erase', { contact: ' ASIAKAS@example.org ' });
  assert.equal(sv.statusCode, 200);
  assert.ok(sv.body.includes('1 förfrågan hittades'));
  assert.ok(sv.body.includes(r.turkuEmail.reference));
  const en = await admin.get('/en/admin/contact-requests/erase');
  assert.ok(en.body.includes('Erasing personal data from contact requests'));
  const confirmed = await admin.post('/sv/admin/contact-requests/erase/confirm', { contact: 'asiakas@example.org' }, sv.body);
  assert.equal(confirmed.headers.location, '/sv/admin/contact-requests/erase?erased=1');
  assert.ok(await erasedAt(r.turkuEmail));
});

test('a regional administrator through the pages: requests outside the region are neither counted nor erased', async () => {
  const savoAdmin = await signedIn(people.savoAdmin);
  const page = await savoAdmin.get('/admin/contact-requests/erase');
  assert.ok(page.body.includes('Haku kattaa alueidesi järjestöille lähetetyt yhteydenottopyynnöt.'));
  // "other" (+358409998877) went to Savo A; try with a Testimaa-only number too.
  const outside = await addRequest(db, cipher, { to: [{ organizationId: ORGS.helsinki }], createdAt: created, phone: '+358445556666', email: null });
  const found = await savoAdmin.post('/admin/contact-requests/erase', { contact: '044 555 6666' }, page.body);
  assert.ok(found.body.includes('Pyyntöjä ei löytynyt'));
  assert.ok(!found.body.includes(outside.reference));
  const confirmed = await savoAdmin.post('/admin/contact-requests/erase/confirm', { contact: '044 555 6666' }, page.body);
  assert.equal(confirmed.headers.location, '/admin/contact-requests/erase?erased=0');
  assert.equal(await erasedAt(outside), null);
});
