import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestService } from '../../../tests/support/test-app.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import type { Service } from '../../boot.js';
import { mailTemplates } from '../../mail-templates.js';
import { insertSession } from '../../platform/auth/auth.repo.js';
import { hashSecret, newSecret } from '../../platform/auth/auth-tokens.js';
import type { Database } from '../../platform/db/database.js';
import { createWorker } from '../../platform/jobs/worker.js';
import { createSendMailHandler } from '../../platform/mail/send-mail.job.js';
import { addInboxOrganization, addInboxPerson, addTestContactRequest, type TestClient } from './inbox.fixture.js';
import { LINK_DAYS } from './referrals.types.js';

/**
 * The recipient's side through HTTP: the signed link (GET changes nothing, POST opens and audits), refused links,
 * CSRF, the status form with its errors, closing, the professional's follow-up e-mail, and the maintainers' inbox
 * with its access rules (a maintainer of A never sees B's request).
 */

let service: Service;
let db: Database;
let orgA: { id: string; activityId: string };
let orgB: { id: string; activityId: string };
let orgC: { id: string; activityId: string };
const people: Record<string, string> = {};

const client: TestClient = {
  firstName: 'Kuunsäde',
  phone: '+358401234567',
  email: 'kuunsade.asiakas@example.org',
  preferredTime: 'Arkisin aamupäivisin',
  message: 'Haluaisin tietää vertaisryhmästä lisää.',
};
/** What must never be in a list, a mail, a job payload or an audit entry. */
const secrets = [client.firstName, client.phone!, '40 1234567', client.email!, client.preferredTime!, client.message!];

function assertNoClientDetails(text: string, where: string) {
  for (const s of secrets) assert.ok(!text.includes(s), `${where} must not contain "${s}"`);
}

before(async () => {
  service = await createTestService();
  db = service.database.db;
  orgA = await addInboxOrganization(db, 'inbox-a', 'Aamuvirran Vertaiset ry');
  orgB = await addInboxOrganization(db, 'inbox-b', 'Bäckmanin Tukiyhdistys ry');
  orgC = await addInboxOrganization(db, 'inbox-c', 'Celsiuksen Kerho ry');
  people.a = await addInboxPerson(db, 'yllapitaja.a@example.org', [orgA.id]);
  people.b = await addInboxPerson(db, 'yllapitaja.b@example.org', [orgB.id]);
  people.nobody = await addInboxPerson(db, 'ei.yllapida@example.org');
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

async function recipientRow(id: string) {
  return db.selectFrom('contact_request_recipient').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

async function auditOf(requestId: string) {
  return db.selectFrom('audit_event').selectAll().where('subject_id', '=', requestId).orderBy('at').execute();
}

/** Runs the send-mail jobs into the outbox and returns the messages to an address. */
async function mailTo(to: string) {
  const worker = createWorker({
    db,
    handlers: [createSendMailHandler({ transport: { kind: 'outbox' }, templates: mailTemplates, config: service.app.deps.config, cipher: service.app.deps.cipher })],
  });
  while ((await worker.runDue()) > 0);
  return db.selectFrom('outbox').selectAll().where('to', '=', to).orderBy('created_at').execute();
}

test('following the link shows the organisation, the reference and one button, and changes nothing', async () => {
  const req = await addTestContactRequest(db, service.app.deps.cipher, { to: [{ organizationId: orgA.id, activityId: orgA.activityId }], client });
  const [r] = req.recipients;
  const browser = new TestBrowser(service.app);
  const page = await browser.get(`/contact-requests/open/${r!.token}`);
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes('Aamuvirran Vertaiset ry'));
  assert.ok(page.body.includes(req.reference));
  assert.match(page.body, /<button type="submit">Avaa pyyntö<\/button>/);
  assert.ok(page.body.includes(`action="/contact-requests/open/${r!.token}"`));
  assertNoClientDetails(page.body, 'the link page');
  assert.equal(page.headers['cache-control'], 'no-store');

  const row = await recipientRow(r!.id);
  assert.equal(row.status, 'new');
  assert.equal(row.opened_at, null);
  assert.deepEqual(await auditOf(req.requestId), [], 'following the link writes nothing');
  assert.equal((await browser.get(`/sv/contact-requests/open/${r!.token}`)).statusCode, 200);
  assert.equal((await recipientRow(r!.id)).status, 'new');
});

test('"Avaa pyyntö" without the CSRF token is refused; with it the request opens, is audited and shows the client', async () => {
  const req = await addTestContactRequest(db, service.app.deps.cipher, {
    to: [{ organizationId: orgA.id }, { organizationId: orgB.id }, { organizationId: orgC.id }],
    client,
    senderKind: 'professional',
    senderUnit: 'Kuopion sosiaalitoimi, aikuissosiaalityö',
    followUpEmail: 'ammattilainen@example.org',
  });
  const r = req.recipients[0]!;
  const browser = new TestBrowser(service.app);
  const page = await browser.get(`/contact-requests/open/${r.token}`);

  const noCsrf = await browser.post(`/contact-requests/open/${r.token}`, {});
  assert.equal(noCsrf.statusCode, 403);
  assertNoClientDetails(noCsrf.body, 'the CSRF refusal');
  assert.equal((await recipientRow(r.id)).status, 'new');

  const opened = await browser.post(`/contact-requests/open/${r.token}`, {}, page.body);
  assert.equal(opened.statusCode, 200);
  for (const s of [client.firstName, client.email!, client.preferredTime!, client.message!, '+358 40 1234567', `tel:${client.phone}`]) {
    assert.ok(opened.body.includes(s), `the opened request shows ${s}`);
  }
  assert.ok(opened.body.includes('Ammattilainen asiakkaan puolesta'));
  assert.ok(opened.body.includes('Kuopion sosiaalitoimi, aikuissosiaalityö'));
  assert.ok(opened.body.includes('Bäckmanin Tukiyhdistys ry') && opened.body.includes('Celsiuksen Kerho ry'), 'the other recipients by name');
  assert.ok(!opened.body.includes('ammattilainen@example.org'), 'the follow-up address is not shown');
  assert.ok(opened.body.includes(`action="/contact-requests/open/${r.token}/status"`), 'the status form keeps the token');
  assert.equal(opened.headers['cache-control'], 'no-store');

  const row = await recipientRow(r.id);
  assert.equal(row.status, 'opened');
  assert.ok(row.opened_at);
  const audit = await auditOf(req.requestId);
  assert.equal(audit.length, 1);
  assert.equal(audit[0]!.action, 'contact_request.read');
  assert.equal(audit[0]!.actor_id, null);
  assert.equal(audit[0]!.organization_id, orgA.id);
  assert.deepEqual(audit[0]!.detail, { recipientId: r.id, via: 'link' });
  assert.equal(audit[0]!.to_state, 'opened');

  // Opening again: still opened, opened_at kept, another reading audited.
  await browser.post(`/contact-requests/open/${r.token}`, {}, page.body);
  assert.deepEqual((await recipientRow(r.id)).opened_at, row.opened_at);
  const again = await auditOf(req.requestId);
  assert.equal(again.length, 2);
  assert.equal(again[1]!.to_state, null);
  for (const e of again) assertNoClientDetails(JSON.stringify(e), 'an audit entry');
});

test('an unknown, tampered, malformed or expired link is refused with the same 410 page', async () => {
  const fresh = await addTestContactRequest(db, service.app.deps.cipher, { to: [{ organizationId: orgA.id }], client });
  const old = await addTestContactRequest(db, service.app.deps.cipher, {
    to: [{ organizationId: orgA.id }],
    client,
    sentAt: new Date(Date.now() - (LINK_DAYS + 1) * 86_400_000),
  });
  const token = fresh.recipients[0]!.token;
  const tampered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
  const browser = new TestBrowser(service.app);
  const csrfPage = (await browser.get(`/contact-requests/open/${token}`)).body;
  const bodies = new Set<string>();
  for (const bad of ['A'.repeat(43), tampered, old.recipients[0]!.token, 'not-a-token', '%00..%2F']) {
    const get = await browser.get(`/contact-requests/open/${bad}`);
    assert.equal(get.statusCode, 410, `GET ${bad}`);
    assert.match(get.body, /Linkki ei ole voimassa/);
    assertNoClientDetails(get.body, 'the 410 page');
    // The page differs only by its own address (the language links).
    bodies.add(get.body.split(bad).join('').replace(/name="_csrf" value="[^"]*"/g, ''));
    const post = await browser.post(`/contact-requests/open/${bad}`, {}, csrfPage);
    assert.equal(post.statusCode, 410, `POST ${bad}`);
    const status = await browser.post(`/contact-requests/open/${bad}/status`, { status: 'contacted' }, csrfPage);
    assert.equal(status.statusCode, 410, `status POST ${bad}`);
  }
  assert.equal(bodies.size, 1, 'every refused link gets the same page: no hint whether it existed');
  assert.equal((await recipientRow(old.recipients[0]!.id)).status, 'new');
  assert.deepEqual(await auditOf(old.requestId), []);
  assert.match((await browser.get(`/en/contact-requests/open/${'A'.repeat(43)}`)).body, /This link is not valid/);
});

test('the status form through the link: errors keep the input; contacted sends the professional a follow-up without client details; the request closes when all have acted', async () => {
  const req = await addTestContactRequest(db, service.app.deps.cipher, {
    to: [{ organizationId: orgA.id }, { organizationId: orgB.id }],
    client,
    senderKind: 'professional',
    senderUnit: 'Perhekeskus',
    followUpEmail: 'seuranta.ammattilainen@example.org',
    uiLang: 'sv',
  });
  const [ra, rb] = req.recipients as [(typeof req.recipients)[0], (typeof req.recipients)[0]];
  const browser = new TestBrowser(service.app);
  const linkPage = await browser.get(`/contact-requests/open/${ra.token}`);
  const opened = await browser.post(`/contact-requests/open/${ra.token}`, {}, linkPage.body);

  const noCsrf = await browser.post(`/contact-requests/open/${ra.token}/status`, { status: 'contacted' });
  assert.equal(noCsrf.statusCode, 403);
  assert.equal((await recipientRow(ra.id)).status, 'opened');

  // Declined without a reason: 400, the summary links to the field, the note typed is kept.
  const missing = await browser.post(`/contact-requests/open/${ra.token}/status`, { status: 'declined', declineReason: '', note: 'Soitettu kerran' }, opened.body);
  assert.equal(missing.statusCode, 400);
  assert.match(missing.body, /class="error-summary"/);
  assert.match(missing.body, /href="#declineReason"/);
  assert.ok(missing.body.includes('Soitettu kerran'));
  assert.match(missing.body, /id="status-declined"[^>]*checked/);
  assert.equal((await recipientRow(ra.id)).status, 'opened');
  const none = await browser.post(`/contact-requests/open/${ra.token}/status`, { note: '' }, opened.body);
  assert.equal(none.statusCode, 400);
  assert.match(none.body, /href="#status-contacted"/);

  const done = await browser.post(`/contact-requests/open/${ra.token}/status`, { status: 'contacted', note: 'Soitettu, sovittu tapaaminen' }, opened.body);
  assert.equal(done.statusCode, 200);
  assert.match(done.body, /Tila on tallennettu/);
  assert.match(done.body, /Yhteyttä otettu/);
  const rowA = await recipientRow(ra.id);
  assert.equal(rowA.status, 'contacted');
  assert.ok(rowA.acted_at);
  assert.ok(rowA.note_enc && !rowA.note_enc.includes('Soitettu'), 'the note is stored encrypted');
  assert.ok(done.body.includes('Soitettu, sovittu tapaaminen'));
  let request = await db.selectFrom('contact_request').select(['closed_at']).where('id', '=', req.requestId).executeTakeFirstOrThrow();
  assert.equal(request.closed_at, null, 'one recipient still to act');

  const mails = await mailTo('seuranta.ammattilainen@example.org');
  assert.equal(mails.length, 1);
  const mail = mails[0]!;
  assert.equal(mail.lang, 'sv', 'in the language the professional used');
  assert.ok(mail.subject.includes(req.reference));
  assert.ok(mail.text.includes('Aamuvirran Vertaiset ry (sv)'), 'the organisation by its Swedish name');
  assert.match(mail.text, /har kontaktat klienten/);
  assertNoClientDetails(`${mail.subject}\n${mail.text}\n${mail.html}`, 'the follow-up mail');
  const jobs = await db.selectFrom('job').select(sql<string>`payload::text`.as('payload')).where('name', '=', 'send-mail').execute();
  for (const j of jobs) assertNoClientDetails(j.payload, 'a send-mail job');

  // Saving the same status again (a note edit) sends nothing more.
  await browser.post(`/contact-requests/open/${ra.token}/status`, { status: 'contacted', note: 'Tapaaminen ensi viikolla' }, opened.body);
  assert.equal((await mailTo('seuranta.ammattilainen@example.org')).length, 1);
  assert.deepEqual((await recipientRow(ra.id)).acted_at, rowA.acted_at, 'acted_at is the first action');

  // B declines (through the inbox): every recipient has acted, the request closes; a decline sends no follow-up.
  const maintainerB = await signedIn(people.b!);
  const pageB = await maintainerB.get(`/my/contact-requests/${rb.id}`);
  assert.equal(pageB.statusCode, 200);
  const declined = await maintainerB.post(`/my/contact-requests/${rb.id}`, { status: 'declined', declineReason: 'full', note: '' }, pageB.body);
  assert.equal(declined.statusCode, 303);
  assert.equal(declined.headers.location, `/my/contact-requests/${rb.id}?done=saved`);
  assert.match((await maintainerB.get(declined.headers.location as string)).body, /Tila on tallennettu/);
  const rowB = await recipientRow(rb.id);
  assert.equal(rowB.status, 'declined');
  assert.equal(rowB.decline_reason, 'full');
  request = await db.selectFrom('contact_request').select(['closed_at']).where('id', '=', req.requestId).executeTakeFirstOrThrow();
  assert.ok(request.closed_at, 'closed when every recipient has acted');
  assert.equal((await mailTo('seuranta.ammattilainen@example.org')).length, 1);

  const audit = await auditOf(req.requestId);
  const actions = audit.map((e) => e.action);
  assert.ok(actions.includes('contact_request.status'));
  assert.ok(actions.includes('contact_request.close'));
  const byB = audit.find((e) => e.action === 'contact_request.status' && e.actor_id === people.b);
  assert.ok(byB);
  assert.equal(byB.from_state, 'opened');
  assert.equal(byB.to_state, 'declined');
  for (const e of audit) {
    assertNoClientDetails(JSON.stringify(e), 'an audit entry');
    assert.ok(!JSON.stringify(e).includes('Soitettu') && !JSON.stringify(e).includes('Tapaaminen'), 'no note text in the audit');
  }
});

test("could not reach also tells the professional; a resident's own request sends no follow-up", async () => {
  const pro = await addTestContactRequest(db, service.app.deps.cipher, {
    to: [{ organizationId: orgA.id }],
    client,
    senderKind: 'professional',
    followUpEmail: 'tavoittamaton.seuranta@example.org',
  });
  const maintainerA = await signedIn(people.a!);
  const page = await maintainerA.get(`/my/contact-requests/${pro.recipients[0]!.id}`);
  assert.equal((await maintainerA.post(`/my/contact-requests/${pro.recipients[0]!.id}`, { status: 'unreachable' }, page.body)).statusCode, 303);
  const mails = await mailTo('tavoittamaton.seuranta@example.org');
  assert.equal(mails.length, 1);
  assert.match(mails[0]!.text, /ettei se tavoittanut asiakasta/);
  assertNoClientDetails(`${mails[0]!.subject}\n${mails[0]!.text}\n${mails[0]!.html}`, 'the follow-up mail');
  const closed = await db.selectFrom('contact_request').select('closed_at').where('id', '=', pro.requestId).executeTakeFirstOrThrow();
  assert.ok(closed.closed_at, 'its only recipient acted');

  const self = await addTestContactRequest(db, service.app.deps.cipher, { to: [{ organizationId: orgA.id }], client, followUpEmail: 'itse@example.org' });
  const selfPage = await maintainerA.get(`/my/contact-requests/${self.recipients[0]!.id}`);
  assert.ok(selfPage.body.includes('Asiakas itse'));
  await maintainerA.post(`/my/contact-requests/${self.recipients[0]!.id}`, { status: 'contacted' }, selfPage.body);
  assert.equal((await mailTo('itse@example.org')).length, 0);
});

test('the inbox lists the requests of the organisations one maintains, newest first, without client details', async () => {
  const older = await addTestContactRequest(db, service.app.deps.cipher, {
    to: [{ organizationId: orgA.id, activityId: orgA.activityId }],
    client,
    sentAt: new Date(Date.now() - 3 * 86_400_000),
  });
  const newer = await addTestContactRequest(db, service.app.deps.cipher, { to: [{ organizationId: orgA.id }, { organizationId: orgB.id }], client });
  const onlyB = await addTestContactRequest(db, service.app.deps.cipher, { to: [{ organizationId: orgB.id }], client });

  const signedOut = await new TestBrowser(service.app).get('/my/contact-requests');
  assert.equal(signedOut.statusCode, 303);
  assert.match(String(signedOut.headers.location), /^\/sign-in\?next=/);

  const maintainerA = await signedIn(people.a!);
  const list = await maintainerA.get('/my/contact-requests');
  assert.equal(list.statusCode, 200);
  assert.ok(list.body.includes(older.reference) && list.body.includes(newer.reference));
  assert.ok(!list.body.includes(onlyB.reference), "B's own request is not in A's inbox");
  assert.ok(list.body.indexOf(newer.reference) < list.body.indexOf(older.reference), 'newest first');
  assert.ok(list.body.includes('Aamuvirran Vertaiset ry: vertaisryhmä'), 'the activity');
  assert.ok(list.body.includes('3 päivää sitten'));
  assert.ok(list.body.includes(`href="/my/contact-requests/${newer.recipients[0]!.id}"`));
  assert.ok(!list.body.includes(newer.recipients[1]!.id), "B's recipient of a shared request is not linked");
  assertNoClientDetails(list.body, 'the inbox list');
  assert.equal((await auditOf(newer.requestId)).length, 0, 'listing reads no personal data');
  assert.match((await maintainerA.get('/en/my/contact-requests')).body, /Contact requests/);

  // The header link counts the requests not opened yet.
  const newForA = async () =>
    Number((await db.selectFrom('contact_request_recipient').select((eb) => eb.fn.countAll().as('n')).where('organization_id', '=', orgA.id).where('status', '=', 'new').executeTakeFirstOrThrow()).n);
  const before = await newForA();
  const headerLink = (n: number) => new RegExp(`id="inbox-link"[^>]*>Yhteydenottopyynnöt \\(${n}\\)</a>`);
  assert.ok(before >= 2);
  assert.match(list.body, headerLink(before), 'the header link with the count');
  await maintainerA.get(`/my/contact-requests/${older.recipients[0]!.id}`);
  assert.match((await maintainerA.get('/')).body, headerLink(before - 1));
  assert.ok(!(await new TestBrowser(service.app).get('/')).body.includes('inbox-link'), 'not for visitors');

  const account = await maintainerA.get('/account');
  assert.match(account.body, /<a href="\/my\/contact-requests">Yhteydenottopyynnöt<\/a>/, 'the account page links to the inbox');

  const nobody = await signedIn(people.nobody!);
  assert.ok(!(await nobody.get('/account')).body.includes('/my/contact-requests'), 'not for someone who maintains nothing');
  assert.ok(!(await nobody.get('/')).body.includes('inbox-link'));
  const empty = await nobody.get('/my/contact-requests');
  assert.equal(empty.statusCode, 200);
  assert.match(empty.body, /Et ylläpidä yhtään järjestöä/);
  assert.equal((await nobody.get(`/my/contact-requests/${newer.recipients[0]!.id}`)).statusCode, 404);
});

test("a maintainer of A cannot read or answer B's request: by id, by guessing, or with B's link at A's URLs", async () => {
  const req = await addTestContactRequest(db, service.app.deps.cipher, { to: [{ organizationId: orgA.id }, { organizationId: orgB.id }], client });
  const onlyB = await addTestContactRequest(db, service.app.deps.cipher, { to: [{ organizationId: orgB.id }], client });
  const [ra, rb] = req.recipients as [(typeof req.recipients)[0], (typeof req.recipients)[0]];
  const maintainerA = await signedIn(people.a!);
  const own = await maintainerA.get(`/my/contact-requests/${ra.id}`);
  assert.equal(own.statusCode, 200);
  assert.ok(own.body.includes(client.email!));
  assert.ok(own.body.includes(`action="/my/contact-requests/${ra.id}"`));
  const audit = await auditOf(req.requestId);
  assert.equal(audit.length, 1);
  assert.equal(audit[0]!.actor_id, people.a);
  assert.deepEqual(audit[0]!.detail, { recipientId: ra.id, via: 'account' });
  assert.equal((await recipientRow(ra.id)).status, 'opened');

  const guesses = [rb.id, onlyB.recipients[0]!.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid', rb.token, onlyB.recipients[0]!.token, req.requestId];
  for (const id of guesses) {
    const get = await maintainerA.get(`/my/contact-requests/${id}`);
    assert.equal(get.statusCode, 404, `GET ${id}`);
    assertNoClientDetails(get.body, 'a 404 page');
    // A POST with a valid form and one with an invalid form: both 404 (the form error is not shown to outsiders).
    for (const form of [{ status: 'contacted' }, { status: 'declined' }]) {
      const post = await maintainerA.post(`/my/contact-requests/${id}`, form, own.body);
      assert.equal(post.statusCode, 404, `POST ${id} ${JSON.stringify(form)}`);
    }
  }
  assert.equal((await recipientRow(rb.id)).status, 'new');
  assert.equal((await recipientRow(onlyB.recipients[0]!.id)).status, 'new');
  assert.equal((await auditOf(onlyB.requestId)).length, 0);
  assert.equal((await auditOf(req.requestId)).length, 1, "no reading of B's recipient was recorded");

  // CSRF is required in the inbox too.
  assert.equal((await maintainerA.post(`/my/contact-requests/${ra.id}`, { status: 'contacted' })).statusCode, 403);
  assert.equal((await recipientRow(ra.id)).status, 'opened');

  // B's link works only as B's link: it opens B's recipient, never A's.
  const viaLink = new TestBrowser(service.app);
  const linkPage = await viaLink.get(`/contact-requests/open/${rb.token}`);
  assert.ok(linkPage.body.includes('Bäckmanin Tukiyhdistys ry'));
  assert.ok(!linkPage.body.includes('Aamuvirran Vertaiset ry'));
});

test('an erased request shows that its personal data is gone', async () => {
  const req = await addTestContactRequest(db, service.app.deps.cipher, { to: [{ organizationId: orgA.id }], client, erased: true });
  const maintainerA = await signedIn(people.a!);
  const page = await maintainerA.get(`/my/contact-requests/${req.recipients[0]!.id}`);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Pyynnön henkilötiedot on poistettu/);
  assertNoClientDetails(page.body, 'an erased request');
  const list = await maintainerA.get('/my/contact-requests');
  assert.match(list.body, /henkilötiedot poistettu/);
  const sv = await maintainerA.get(`/sv/my/contact-requests/${req.recipients[0]!.id}`);
  assert.match(sv.body, /personuppgifter har raderats/);

  // The status can still be marked (statistics), but no note field is offered and none is stored.
  assert.ok(!page.body.includes('name="note"'));
  const marked = await maintainerA.post(`/my/contact-requests/${req.recipients[0]!.id}`, { status: 'declined', declineReason: 'other', note: 'Uusi puhelinnumero 040 999 8888' }, page.body);
  assert.equal(marked.statusCode, 303);
  const row = await recipientRow(req.recipients[0]!.id);
  assert.equal(row.status, 'declined');
  assert.equal(row.note_enc, null);
});

test("sent through the form, each organisation's e-mailed link opens its own request; marking it contacted e-mails the professional", async () => {
  const browser = new TestBrowser(service.app, '198.51.100.77');
  const form = await browser.get(`/contact-requests/new?organization=${orgA.id}&organization=${orgC.id}`);
  assert.equal(form.statusCode, 200);
  const sent = await browser.post(
    '/contact-requests',
    [
      ['sender', 'professional'],
      ['unit', 'Sosiaalipäivystys'],
      ['followUpEmail', 'kokonainen.polku@example.org'],
      ['firstName', client.firstName],
      ['phone', '040 123 4567'],
      ['email', client.email!],
      ['preferredTime', client.preferredTime!],
      ['contactLang', 'fi'],
      ['message', client.message!],
      ['consent', 'professional'],
      ['organization', orgA.id],
      ['organization', orgC.id],
    ],
    form.body,
  );
  assert.equal(sent.statusCode, 303, sent.body.slice(0, 500));
  const deliveries = await db
    .selectFrom('job')
    .select([sql<string>`payload->>'to'`.as('to'), sql<string>`payload->'params'->>'token'`.as('token')])
    .where('name', '=', 'send-mail')
    .where(sql<string>`payload->>'template'`, '=', 'contact-request-received')
    .where(sql<string>`payload->>'to'`, 'in', ['pyynnot@inbox-a.example.org', 'pyynnot@inbox-c.example.org'])
    .execute();
  assert.equal(deliveries.length, 2, 'one delivery per organisation');
  const tokenOf = (to: string) => deliveries.find((d) => d.to === to)!.token;

  const linkC = await browser.get(`/contact-requests/open/${tokenOf('pyynnot@inbox-c.example.org')}`);
  assert.ok(linkC.body.includes('Celsiuksen Kerho ry'));
  const linkA = await browser.get(`/contact-requests/open/${tokenOf('pyynnot@inbox-a.example.org')}`);
  assert.ok(linkA.body.includes('Aamuvirran Vertaiset ry'));
  const opened = await browser.post(`/contact-requests/open/${tokenOf('pyynnot@inbox-a.example.org')}`, {}, linkA.body);
  assert.equal(opened.statusCode, 200);
  for (const s of [client.firstName, '+358 40 1234567', client.email!, client.message!, 'Sosiaalipäivystys', 'Celsiuksen Kerho ry']) assert.ok(opened.body.includes(s), s);

  const done = await browser.post(`/contact-requests/open/${tokenOf('pyynnot@inbox-a.example.org')}/status`, { status: 'contacted' }, opened.body);
  assert.equal(done.statusCode, 200);
  const mails = await mailTo('kokonainen.polku@example.org');
  assert.equal(mails.length, 1);
  assert.match(mails[0]!.subject, /Aamuvirran Vertaiset ry on ottanut yhteyttä/);
  assertNoClientDetails(`${mails[0]!.subject}\n${mails[0]!.text}\n${mails[0]!.html}`, 'the follow-up mail');
  for (const to of ['pyynnot@inbox-a.example.org', 'pyynnot@inbox-c.example.org']) {
    const [notice] = await mailTo(to);
    assert.ok(notice, `the notice to ${to}`);
    assertNoClientDetails(`${notice.subject}\n${notice.text}\n${notice.html}`, `the notice to ${to}`);
  }
});

test('the audit log names the readings and status changes, and shows no client detail', async () => {
  const admin = await addInboxPerson(db, 'alusta.inbox@example.org');
  await db.insertInto('user_role').values({ user_id: admin, role: 'platform_admin', scope_id: '' }).execute();
  const req = await addTestContactRequest(db, service.app.deps.cipher, { to: [{ organizationId: orgA.id }], client });
  const maintainerA = await signedIn(people.a!);
  const page = await maintainerA.get(`/my/contact-requests/${req.recipients[0]!.id}`);
  await maintainerA.post(`/my/contact-requests/${req.recipients[0]!.id}`, { status: 'contacted', note: 'Soitettu maanantaina' }, page.body);
  const log = await (await signedIn(admin)).get(`/admin/audit?organization=${orgA.id}`);
  assert.equal(log.statusCode, 200);
  for (const label of ['Yhteydenottopyyntö luettu', 'Yhteydenottopyynnön tila merkitty', 'Yhteydenottopyyntö suljettu']) assert.ok(log.body.includes(label), label);
  assertNoClientDetails(log.body, 'the audit log');
  assert.ok(!log.body.includes('Soitettu maanantaina'));
});
