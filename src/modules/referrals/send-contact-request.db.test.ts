import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-db.js';
import { loadConfig } from '../../config.js';
import { mailTemplates } from '../../mail-templates.js';
import { hashSecret } from '../../platform/auth/auth-tokens.js';
import { createFieldCipher, newDataKey } from '../../platform/crypto/field-cipher.js';
import type { Database } from '../../platform/db/database.js';
import { AppError } from '../../platform/errors.js';
import { createWorker } from '../../platform/jobs/worker.js';
import { findOutboxMessage, listOutboxRows } from '../../platform/mail/mail.repo.js';
import { createSendMailHandler, SEALED_TO_FIELD } from '../../platform/mail/send-mail.job.js';
import { REFERENCE_PATTERN } from './contact-details.js';
import { ADDRESS_A, ADDRESS_B, R, addContactRequestFixture } from './contact-request.fixture.js';
import type { ContactRequestInput } from './contact-request.schema.js';
import { getContactRequestConfirmation } from './get-contact-request-confirmation.js';
import { listContactRecipients } from './list-contact-recipients.js';
import { ENCRYPTED_FIELDS } from './referrals.types.js';
import { sendContactRequest } from './send-contact-request.js';

let database: TestDatabase;
let db: Database;
const cipher = createFieldCipher([newDataKey('t1')]);
const config = loadConfig({ LOG_LEVEL: 'silent', DEMO_DATA: 'off', BASE_URL: 'http://localhost:3000' });

/** The made-up client: every one of these must stay out of clear text everywhere but the cipher. */
const CLIENT = {
  firstName: 'Salaliisa',
  phone: '+358401234567',
  phoneDigits: '401234567',
  email: 'salaliisa.testi@example.org',
  preferredTime: 'Torstaisin iltapäivällä',
  message: 'Tarvitsen apua yksinäisyyteen, kiitos',
};

function input(over: Partial<ContactRequestInput> = {}): ContactRequestInput {
  return {
    sender: 'self',
    senderUnit: null,
    followUpEmail: null,
    firstName: CLIENT.firstName,
    phone: CLIENT.phone,
    email: CLIENT.email,
    preferredTime: CLIENT.preferredTime,
    contactLang: 'fi',
    message: CLIENT.message,
    municipalityCode: null,
    organizationIds: [],
    activityIds: [],
    ...over,
  };
}

function assertNoClientDetails(text: string, where: string): void {
  for (const secret of [CLIENT.firstName, CLIENT.phoneDigits, CLIENT.email, CLIENT.preferredTime, CLIENT.message, 'Salaliisa']) {
    assert.ok(!text.toLowerCase().includes(secret.toLowerCase()), `${where} holds "${secret}" in clear`);
  }
}

async function counts(): Promise<{ requests: number; recipients: number; jobs: number }> {
  const n = async (table: 'contact_request' | 'contact_request_recipient' | 'job') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { requests: await n('contact_request'), recipients: await n('contact_request_recipient'), jobs: await n('job') };
}

/** Mail jobs not seen by an earlier call (each test reads only the jobs its own request queued). */
const seenJobs = new Set<string>();
async function mailJobs(): Promise<{ to: string; lang: string; template: string; params: Record<string, unknown>; raw: string }[]> {
  const rows = await db.selectFrom('job').select(['id', 'payload', sql<string>`payload::text`.as('raw')]).where('name', '=', 'send-mail').orderBy('created_at').execute();
  const fresh = rows.filter((r) => !seenJobs.has(r.id));
  for (const r of fresh) seenJobs.add(r.id);
  // A person's own address is sealed (toSealed): opened here with the test's cipher to compare.
  return fresh.map((r) => {
    const p = r.payload as { to?: string; toSealed?: string; lang: string; template: string; params: Record<string, unknown> };
    return { ...p, to: p.to ?? cipher.decrypt(p.toSealed!, SEALED_TO_FIELD), raw: r.raw };
  });
}

before(async () => {
  database = await createTestDatabase();
  db = database.db;
  await addContactRequestFixture(db);
});

after(async () => {
  await database?.close();
});

test('a resident’s request to two organisations: stored encrypted, one recipient and one e-mail per organisation, no client details in jobs or mail', async () => {
  const sent = await sendContactRequest({
    db,
    cipher,
    // helpA chosen as an organisation AND through two of its activities; helpB through its activity.
    input: input({ organizationIds: [R.helpA], activityIds: [R.groupA, R.chatA, R.groupB] }),
    lang: 'sv',
    eraseAfterDays: 180,
  });
  assert.match(sent.reference, REFERENCE_PATTERN);
  assert.deepEqual(sent.organizations, ['Hjälpförening A rf', 'Tukiyhdistys B ry'], 'names in the page language, falling back to Finnish');

  // The table rows, read raw: nothing of the client in clear.
  const row = await db.selectFrom('contact_request').selectAll().where('reference', '=', sent.reference).executeTakeFirstOrThrow();
  assertNoClientDetails(JSON.stringify(row), 'contact_request row');
  assert.equal(cipher.decrypt(row.client_first_name_enc!, ENCRYPTED_FIELDS.firstName), CLIENT.firstName);
  assert.equal(cipher.decrypt(row.client_phone_enc!, ENCRYPTED_FIELDS.phone), CLIENT.phone);
  assert.equal(cipher.decrypt(row.client_email_enc!, ENCRYPTED_FIELDS.email), CLIENT.email);
  assert.equal(cipher.decrypt(row.preferred_time_enc!, ENCRYPTED_FIELDS.preferredTime), CLIENT.preferredTime);
  assert.equal(cipher.decrypt(row.message_enc!, ENCRYPTED_FIELDS.message), CLIENT.message);
  assert.throws(() => cipher.decrypt(row.client_phone_enc!, ENCRYPTED_FIELDS.email), 'the field name is bound in');
  assert.equal(row.phone_lookup, cipher.lookupHash('+358401234567'));
  assert.equal(row.email_lookup, cipher.lookupHash(CLIENT.email));
  assert.equal(row.follow_up_email_enc, null);
  assert.equal(row.sender_kind, 'self');
  assert.equal(row.ui_lang, 'sv');
  assert.equal(row.contact_lang, 'fi');
  assert.ok(row.consent_at instanceof Date);

  // Every raw text column of the whole table, as the database holds it.
  const dump = await sql<{ t: string }>`select row_to_json(c)::text as t from contact_request c`.execute(db);
  for (const r of dump.rows) assertNoClientDetails(r.t, 'contact_request (row_to_json)');

  const recipients = await db.selectFrom('contact_request_recipient').selectAll().where('request_id', '=', row.id).execute();
  assert.equal(recipients.length, 2, 'one recipient per organisation');
  const a = recipients.find((r) => r.organization_id === R.helpA)!;
  const b = recipients.find((r) => r.organization_id === R.helpB)!;
  assert.equal(a.activity_id, R.groupA, 'the first activity chosen is kept with the organisation');
  assert.equal(b.activity_id, R.groupB);
  for (const r of recipients) {
    assert.equal(r.status, 'new');
    assert.match(r.link_token_hash, /^[0-9a-f]{64}$/);
    assert.ok(new Date(r.link_expires_at).getTime() > Date.now() + 13 * 86_400_000);
  }

  // The queued e-mails: one per organisation address + the resident's confirmation.
  const jobs = await mailJobs();
  assert.deepEqual(jobs.map((j) => [j.template, j.to, j.lang]).sort(), [
    ['contact-request-confirmation', CLIENT.email, 'sv'],
    ['contact-request-received', ADDRESS_A, 'sv'],
    ['contact-request-received', ADDRESS_B, 'fi'],
  ]);
  // No row of the job table holds the client's details, nor the resident's address (sealed in the confirmation's job).
  for (const j of jobs) assertNoClientDetails(j.raw, `job payload (${j.template})`);
  const clear = await sql<{ n: number }>`select count(*)::int as n from job where position(${CLIENT.email.toLowerCase()} in lower(payload::text)) > 0`.execute(db);
  assert.equal(clear.rows[0]!.n, 0, 'the resident’s address is nowhere in the job table in clear');
  assert.equal(typeof (jobs.find((j) => j.template === 'contact-request-confirmation')!.raw.match(/"toSealed"/)?.[0]), 'string');
  for (const j of jobs.filter((j) => j.template === 'contact-request-received')) {
    const recipient = j.to === ADDRESS_A ? a : b;
    assert.equal(hashSecret(String(j.params.token)), recipient.link_token_hash, 'the mailed token opens this recipient');
  }
  const confirmation = jobs.find((j) => j.template === 'contact-request-confirmation')!;
  assertNoClientDetails(JSON.stringify(confirmation.params), 'the confirmation’s parameters');
  assert.deepEqual(confirmation.params.organizations, ['Hjälpförening A rf', 'Tukiyhdistys B ry']);

  // Delivered (outbox): the organisations' mails hold the link and no client details.
  const before = (await listOutboxRows({ db, limit: 1000 })).items.map((m) => m.id);
  const worker = createWorker({ db, handlers: [createSendMailHandler({ transport: { kind: 'outbox' }, templates: mailTemplates, config, cipher })] });
  while ((await worker.runDue()) > 0);
  const mails = await Promise.all(
    (await listOutboxRows({ db, limit: 1000 })).items.filter((m) => !before.includes(m.id)).map(async (m) => (await findOutboxMessage({ db, id: m.id }))!),
  );
  assert.equal(mails.length, 3);
  const toA = mails.find((m) => m.to === ADDRESS_A)!;
  assert.match(toA.subject, new RegExp(`Ny kontaktförfrågan via Tarjotin \\(${sent.reference}\\)`));
  assert.match(toA.text, /http:\/\/localhost:3000\/sv\/contact-requests\/open\/[A-Za-z0-9_-]{20,}/);
  assert.match(toA.text, /Vertaisryhmä A/);
  const toB = mails.find((m) => m.to === ADDRESS_B)!;
  assert.match(toB.text, /Tukiyhdistys B ry on saanut Tarjottimen kautta pyynnön/);
  assert.match(toB.text, /http:\/\/localhost:3000\/contact-requests\/open\//);
  for (const m of mails) assertNoClientDetails(`${m.subject}\n${m.text}\n${m.html}`, `the mail to ${m.to === CLIENT.email ? 'the resident' : m.to}`);
  const toResident = mails.find((m) => m.to === CLIENT.email)!;
  assert.match(toResident.text, /Hjälpförening A rf/);
  assert.match(toResident.text, /180 dagar/);
});

test('a professional’s request: the unit and the follow-up address encrypted, no confirmation to the client', async () => {
  const sent = await sendContactRequest({
    db,
    cipher,
    input: input({ sender: 'professional', senderUnit: 'Esimerkkilän terveysasema', followUpEmail: 'hoitaja@example.org', organizationIds: [R.helpB] }),
    lang: 'fi',
    eraseAfterDays: 180,
  });
  const row = await db.selectFrom('contact_request').selectAll().where('reference', '=', sent.reference).executeTakeFirstOrThrow();
  assert.equal(row.sender_kind, 'professional');
  assert.ok(!JSON.stringify(row).includes('terveysasema'), 'the unit is not in clear');
  assert.equal(cipher.decrypt(row.sender_unit!, ENCRYPTED_FIELDS.senderUnit), 'Esimerkkilän terveysasema');
  assert.ok(!JSON.stringify(row).includes('hoitaja@example.org'));
  assert.equal(cipher.decrypt(row.follow_up_email_enc!, ENCRYPTED_FIELDS.followUpEmail), 'hoitaja@example.org');
  const jobs = await mailJobs();
  assert.deepEqual(
    jobs.map((j) => [j.template, j.to]),
    [['contact-request-received', ADDRESS_B]],
  );
  assert.equal(jobs[0]!.params.sender, 'professional');
  assert.ok(!jobs[0]!.raw.includes('hoitaja@example.org') && !jobs[0]!.raw.includes('terveysasema'));
});

test('a resident without an e-mail address gets no confirmation; the phone alone is enough', async () => {
  await sendContactRequest({ db, cipher, input: input({ email: null, organizationIds: [R.helpA] }), lang: 'fi', eraseAfterDays: 180 });
  const jobs = await mailJobs();
  assert.deepEqual(
    jobs.map((j) => [j.template, j.to, j.lang]),
    [['contact-request-received', ADDRESS_A, 'fi']],
  );
});

test('an organisation that is not public, or has no request address, is refused and nothing is stored or sent', async () => {
  const cases: Partial<ContactRequestInput>[] = [
    { organizationIds: [R.archived] },
    { organizationIds: [R.draft] },
    { organizationIds: [R.noAddr] },
    { activityIds: [R.archivedGroup] },
    { activityIds: [R.noAddrGroup] },
    { activityIds: [R.draftActivity] },
    { organizationIds: [R.helpA, R.archived] },
    { organizationIds: ['00000000-0000-4000-8000-000000000000'] },
  ];
  const start = await counts();
  for (const c of cases) {
    await assert.rejects(
      sendContactRequest({ db, cipher, input: input(c), lang: 'fi', eraseAfterDays: 180 }),
      (err: unknown) => err instanceof AppError && err.code === 'BAD_REQUEST' && err.fieldErrors?.recipients === 'referrals.error.recipientUnavailable',
      JSON.stringify(c),
    );
  }
  assert.deepEqual(await counts(), start);
});

test('the use case re-checks what the form checks: a contact and 1..20 recipients', async () => {
  const start = await counts();
  await assert.rejects(sendContactRequest({ db, cipher, input: input({ phone: null, email: null, organizationIds: [R.helpA] }), lang: 'fi', eraseAfterDays: 180 }), (e: unknown) =>
    e instanceof AppError && e.fieldErrors?.phone === 'referrals.error.contactMissing',
  );
  await assert.rejects(sendContactRequest({ db, cipher, input: input(), lang: 'fi', eraseAfterDays: 180 }), (e: unknown) => e instanceof AppError && e.fieldErrors?.recipients === 'referrals.error.noRecipients');
  assert.deepEqual(await counts(), start);
});

test('the form and confirmation read only public names: recipients listed in order, the confirmation for a day', async () => {
  const listed = await listContactRecipients({ db, organizationIds: [R.helpB, R.archived, 'nonsense'], activityIds: [R.groupA, R.draftActivity], lang: 'sv' });
  assert.deepEqual(listed, [
    { kind: 'organization', id: R.helpB, name: 'Tukiyhdistys B ry', organizationName: 'Tukiyhdistys B ry' },
    { kind: 'activity', id: R.groupA, name: 'Vertaisryhmä A', organizationName: 'Hjälpförening A rf' },
  ]);
  const sent = await sendContactRequest({ db, cipher, input: input({ organizationIds: [R.helpB, R.helpA] }), lang: 'fi', eraseAfterDays: 180 });
  const now = new Date();
  assert.deepEqual(await getContactRequestConfirmation({ db, reference: sent.reference, lang: 'fi', now }), {
    reference: sent.reference,
    organizations: ['Apuyhdistys A ry', 'Tukiyhdistys B ry'],
  });
  assert.equal(await getContactRequestConfirmation({ db, reference: sent.reference, lang: 'fi', now: new Date(now.getTime() + 25 * 3_600_000) }), null);
  assert.equal(await getContactRequestConfirmation({ db, reference: 'YP-CCCC-CCCC', lang: 'fi' }), null);
  assert.equal(await getContactRequestConfirmation({ db, reference: "x' or 1=1", lang: 'fi' }), null);
});
