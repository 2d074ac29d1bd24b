import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestService } from '../../../tests/support/test-app.js';
import type { Service } from '../../boot.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import { SEALED_TO_FIELD } from '../../platform/mail/send-mail.job.js';
import type { Database } from '../../platform/db/database.js';
import { isAppError } from '../../platform/errors.js';
import { addInboxOrganization, addInboxPerson, addTestContactRequest, type TestClient } from './inbox.fixture.js';
import { statusForm } from './inbox.schema.js';
import { listInbox } from './list-inbox.js';
import { markContactRequest } from './mark-contact-request.js';
import { getRecipientLink, openContactRequest } from './open-contact-request.js';
import { ENCRYPTED_FIELDS, LINK_DAYS } from './referrals.types.js';

/** The recipient's use cases on the real database: opening, marking, closing, the follow-up e-mail, access. */

let service: Service;
let db: Database;
let cipher: FieldCipher;
let orgA: { id: string; activityId: string };
let orgB: { id: string; activityId: string };
let maintainerA: SessionUser;

const client: TestClient = { firstName: 'Tähtisilmä', phone: '+358501112223', email: 'tahtisilma@example.org', message: 'Toivon soittoa.' };

before(async () => {
  service = await createTestService();
  db = service.database.db;
  cipher = service.app.deps.cipher;
  orgA = await addInboxOrganization(db, 'uc-a', 'Ahjolan Tuki ry');
  orgB = await addInboxOrganization(db, 'uc-b', 'Bertan Kerho ry');
  const id = await addInboxPerson(db, 'uc.yllapitaja@example.org', [orgA.id]);
  maintainerA = { id, email: 'uc.yllapitaja@example.org', lang: 'fi', roles: [{ role: 'maintainer', scopeId: orgA.id }] };
});

after(async () => {
  await service.close();
});

const input = (status: string, more: Record<string, string> = {}) => statusForm.parse({ status, ...more });

async function followUpJobs(to: string): Promise<{ params: { outcome: string } }[]> {
  const jobs = await db.selectFrom('job').select('payload').where('name', '=', 'send-mail').execute();
  // The professional's address is sealed in the job (toSealed): opened here to compare.
  return jobs
    .map((j) => j.payload as { to?: string; toSealed?: string; template: string; params: { outcome: string } })
    .filter((p) => (p.to ?? cipher.decrypt(p.toSealed!, SEALED_TO_FIELD)) === to && p.template === 'contact-request-follow-up');
}

test('the status form schema: a status is required, a reason only when declining, the note trimmed and limited', () => {
  assert.deepEqual(input('contacted', { declineReason: 'full', note: '  soitettu  ' }), { status: 'contacted', declineReason: null, note: 'soitettu' });
  assert.deepEqual(input('declined', { declineReason: 'outside_area' }), { status: 'declined', declineReason: 'outside_area', note: '' });
  const errors = (body: Record<string, string>) => {
    const r = statusForm.safeParse(body);
    assert.ok(!r.success);
    return r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
  };
  assert.deepEqual(errors({}), ['status:inbox.error.status']);
  assert.deepEqual(errors({ status: 'opened' }), ['status:inbox.error.status']);
  assert.deepEqual(errors({ status: 'declined', declineReason: 'nope' }), ['declineReason:inbox.error.reason']);
  assert.deepEqual(errors({ status: 'contacted', note: 'x'.repeat(2001) }), ['note:inbox.error.noteTooLong']);
});

test('a link is usable until it expires; opening marks new → opened once and audits every reading', async () => {
  const sentAt = new Date(Date.now() - 2 * 86_400_000);
  const req = await addTestContactRequest(db, cipher, { to: [{ organizationId: orgA.id }], client, sentAt });
  const token = req.recipients[0]!.token;
  assert.deepEqual(await getRecipientLink({ db, token }), { organization: { fi: 'Ahjolan Tuki ry', sv: 'Ahjolan Tuki ry (sv)', en: null }, reference: req.reference });
  assert.equal(await getRecipientLink({ db, token, now: new Date(sentAt.getTime() + LINK_DAYS * 86_400_000 + 1000) }), null);
  await assert.rejects(
    openContactRequest({ db, cipher, access: { via: 'link', token }, now: new Date(sentAt.getTime() + LINK_DAYS * 86_400_000 + 1000) }),
    (e) => isAppError(e, 'GONE'),
  );

  const first = await openContactRequest({ db, cipher, access: { via: 'link', token } });
  assert.equal(first.status, 'opened');
  assert.equal(first.client?.email, client.email);
  assert.equal(first.client?.phone, client.phone);
  const second = await openContactRequest({ db, cipher, access: { via: 'account', user: maintainerA, recipientId: req.recipients[0]!.id } });
  assert.deepEqual(second.openedAt, first.openedAt);
  const reads = await db.selectFrom('audit_event').select(['action', 'actor_id', 'to_state']).where('subject_id', '=', req.requestId).orderBy('at').execute();
  assert.deepEqual(reads, [
    { action: 'contact_request.read', actor_id: null, to_state: 'opened' },
    { action: 'contact_request.read', actor_id: maintainerA.id, to_state: null },
  ]);
});

test('a maintainer role held in the session but gone from the database no longer opens anything', async () => {
  const req = await addTestContactRequest(db, cipher, { to: [{ organizationId: orgB.id }], client });
  const stale: SessionUser = { ...maintainerA, roles: [{ role: 'maintainer', scopeId: orgB.id }] };
  await assert.rejects(
    openContactRequest({ db, cipher, access: { via: 'account', user: stale, recipientId: req.recipients[0]!.id } }),
    (e) => isAppError(e, 'NOT_FOUND'),
  );
  await assert.rejects(
    markContactRequest({ db, cipher, access: { via: 'account', user: stale, recipientId: req.recipients[0]!.id }, input: input('contacted') }),
    (e) => isAppError(e, 'NOT_FOUND'),
  );
  const row = await db.selectFrom('contact_request_recipient').select('status').where('id', '=', req.recipients[0]!.id).executeTakeFirstOrThrow();
  assert.equal(row.status, 'new');
});

test('the follow-up goes when the status becomes contacted or could not reach, once per change, never on a decline', async () => {
  const to = 'uc.seuranta@example.org';
  const req = await addTestContactRequest(db, cipher, { to: [{ organizationId: orgA.id }], client, senderKind: 'professional', followUpEmail: to });
  const access = { via: 'link' as const, token: req.recipients[0]!.token };
  assert.equal((await markContactRequest({ db, cipher, access, input: input('declined', { declineReason: 'full' }) })).followUp, false);
  assert.equal((await markContactRequest({ db, cipher, access, input: input('unreachable') })).followUp, true);
  assert.equal((await markContactRequest({ db, cipher, access, input: input('unreachable', { note: 'uusi yritys huomenna' }) })).followUp, false);
  assert.equal((await markContactRequest({ db, cipher, access, input: input('contacted') })).followUp, true);
  assert.deepEqual((await followUpJobs(to)).map((j) => j.params.outcome).sort(), ['contacted', 'unreachable']);

  const noAddress = await addTestContactRequest(db, cipher, { to: [{ organizationId: orgA.id }], client, senderKind: 'professional' });
  assert.equal((await markContactRequest({ db, cipher, access: { via: 'link', token: noAddress.recipients[0]!.token }, input: input('contacted') })).followUp, false);
});

test('the internal note is stored encrypted, bound to its column, and an empty note is stored as null', async () => {
  const req = await addTestContactRequest(db, cipher, { to: [{ organizationId: orgA.id }], client });
  const access = { via: 'link' as const, token: req.recipients[0]!.token };
  await markContactRequest({ db, cipher, access, input: input('contacted', { note: 'Sovittu tapaaminen tiistaina' }) });
  const row = await db.selectFrom('contact_request_recipient').select(['note_enc', 'acted_at']).where('id', '=', req.recipients[0]!.id).executeTakeFirstOrThrow();
  assert.ok(row.note_enc && !row.note_enc.includes('tiistaina'));
  assert.equal(cipher.decrypt(row.note_enc, ENCRYPTED_FIELDS.note), 'Sovittu tapaaminen tiistaina');
  assert.throws(() => cipher.decrypt(row.note_enc!, ENCRYPTED_FIELDS.message));
  await markContactRequest({ db, cipher, access, input: input('contacted', { note: '   ' }) });
  const cleared = await db.selectFrom('contact_request_recipient').select(['note_enc', 'acted_at']).where('id', '=', req.recipients[0]!.id).executeTakeFirstOrThrow();
  assert.equal(cleared.note_enc, null);
  assert.deepEqual(cleared.acted_at, row.acted_at);
});

test('recipients acting at the same moment close the request once; the same change twice sends one follow-up', async () => {
  const to = 'uc.rinnakkain@example.org';
  const req = await addTestContactRequest(db, cipher, {
    to: [{ organizationId: orgA.id }, { organizationId: orgB.id }],
    client,
    senderKind: 'professional',
    followUpEmail: to,
  });
  const [ra, rb] = req.recipients as [(typeof req.recipients)[0], (typeof req.recipients)[0]];
  // Four clicks on "contacted" for A (two people, or a double submit) and B's decline, all at once.
  const results = await Promise.all([
    ...[1, 2, 3, 4].map(() => markContactRequest({ db, cipher, access: { via: 'link', token: ra.token }, input: input('contacted') })),
    markContactRequest({ db, cipher, access: { via: 'link', token: rb.token }, input: input('declined', { declineReason: 'not_suitable' }) }),
  ]);
  assert.equal(results.filter((r) => r.closed).length, 1);
  assert.equal(results.filter((r) => r.followUp).length, 1);
  assert.equal((await followUpJobs(to)).length, 1);
  const closes = await db.selectFrom('audit_event').select('id').where('subject_id', '=', req.requestId).where('action', '=', 'contact_request.close').execute();
  assert.equal(closes.length, 1);
  const request = await db.selectFrom('contact_request').select('closed_at').where('id', '=', req.requestId).executeTakeFirstOrThrow();
  assert.ok(request.closed_at);
});

test('the inbox lists only the organisations the user maintains, a page at a time', async () => {
  const mine = await addTestContactRequest(db, cipher, { to: [{ organizationId: orgA.id }], client });
  const theirs = await addTestContactRequest(db, cipher, { to: [{ organizationId: orgB.id }], client });
  const page = await listInbox({ db, user: maintainerA, page: 1 });
  assert.equal(page.organizations, 1);
  assert.ok(page.items.some((i) => i.reference === mine.reference));
  assert.ok(!page.items.some((i) => i.reference === theirs.reference));
  assert.ok(page.items.every((i) => i.organization.fi === 'Ahjolan Tuki ry'));
  assert.equal(page.total, page.items.length);
  assert.deepEqual((await listInbox({ db, user: maintainerA, page: 2 })).items, []);
  const none = await listInbox({ db, user: { ...maintainerA, roles: [] }, page: 1 });
  assert.deepEqual({ items: none.items, total: none.total, organizations: none.organizations }, { items: [], total: 0, organizations: 0 });
});
