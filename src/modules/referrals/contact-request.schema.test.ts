import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fieldErrorsOf } from '../../platform/http/form.js';
import { contactFormQuery, contactRequestForm, isHoneypotFilled } from './contact-request.schema.js';
import { normalizePhone, newReference, REFERENCE_ALPHABET, REFERENCE_PATTERN } from './contact-details.js';
import { MAX_RECIPIENTS } from './referrals.types.js';

const ORG = '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9';
const ACT = '1b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9';

/** A valid resident's form as posted, with overrides. */
function form(over: Record<string, string | string[] | undefined> = {}): Record<string, unknown> {
  const base: Record<string, string | string[] | undefined> = {
    sender: 'self',
    firstName: 'Testi',
    phone: '040 123 4567',
    email: '',
    preferredTime: 'arkisin aamupäivällä',
    contactLang: 'fi',
    message: 'Kaipaisin vertaistukea.',
    consent: 'self',
    organization: ORG,
    ...over,
  };
  return Object.fromEntries(Object.entries(base).filter(([, v]) => v !== undefined));
}

function errorsOf(body: Record<string, unknown>): Record<string, string> {
  const r = contactRequestForm.safeParse(body);
  assert.equal(r.success, false, 'the form is refused');
  return fieldErrorsOf(r.error!);
}

test('Finnish and international phone numbers are accepted and normalised to E.164', () => {
  for (const [typed, e164] of <[string, string][]>[
    ['040 123 4567', '+358401234567'],
    ['+358 40 1234567', '+358401234567'],
    ['0401234567', '+358401234567'],
    ['040-123 4567', '+358401234567'],
    ['(09) 310 1691', '+35893101691'],
    ['+46 70 123 45 67', '+46701234567'],
  ]) {
    const r = contactRequestForm.safeParse(form({ phone: typed }));
    assert.ok(r.success, typed);
    assert.equal(r.data.phone, e164, typed);
    assert.equal(normalizePhone(typed), e164);
  }
});

test('an impossible phone number is a field error, and so is text around a number', () => {
  for (const typed of ['12', '040 123', 'soita 040 123 4567', '040 123 4567 ext 2', '+999 123 456']) {
    assert.equal(errorsOf(form({ phone: typed })).phone, 'referrals.error.phoneInvalid', typed);
  }
});

test('neither phone nor e-mail: an error on both fields; either one alone is enough', () => {
  const errors = errorsOf(form({ phone: '', email: '  ' }));
  assert.equal(errors.phone, 'referrals.error.contactMissing');
  assert.equal(errors.email, 'referrals.error.contactMissing');
  const byEmail = contactRequestForm.parse(form({ phone: '', email: ' Testi.Henkilo@Example.ORG ' }));
  assert.equal(byEmail.email, 'testi.henkilo@example.org');
  assert.equal(byEmail.phone, null);
  assert.equal(errorsOf(form({ email: 'ei-osoite' })).email, 'referrals.error.emailInvalid');
});

test('every problem is reported at once, with message keys', () => {
  const errors = errorsOf({ website: '' });
  assert.deepEqual(Object.keys(errors).sort(), ['consent', 'contactLang', 'email', 'firstName', 'phone', 'recipients', 'sender'].sort());
  assert.equal(errors.sender, 'referrals.error.senderMissing');
  assert.equal(errors.firstName, 'referrals.error.firstNameMissing');
  assert.equal(errors.recipients, 'referrals.error.noRecipients');
});

test('a professional names a unit, may give a follow-up address, and confirms the client’s consent', () => {
  const errors = errorsOf(form({ sender: 'professional', unit: '', followUpEmail: 'x@', consent: 'self' }));
  assert.equal(errors.unit, 'referrals.error.unitMissing');
  assert.equal(errors.followUpEmail, 'referrals.error.followUpEmailInvalid');
  assert.equal(errors.consent, 'referrals.error.consentMissing.professional', 'the resident’s box does not count for a professional');
  const ok = contactRequestForm.parse(form({ sender: 'professional', unit: ' Esimerkkilän terveysasema ', followUpEmail: 'Hoitaja@Example.org', consent: 'professional' }));
  assert.equal(ok.sender, 'professional');
  assert.equal(ok.senderUnit, 'Esimerkkilän terveysasema');
  assert.equal(ok.followUpEmail, 'hoitaja@example.org');
  // A resident's unit and follow-up address are ignored (the fields may be visible without CSS support).
  const self = contactRequestForm.parse(form({ unit: 'Jotain', followUpEmail: 'x@example.org' }));
  assert.equal(self.senderUnit, null);
  assert.equal(self.followUpEmail, null);
  assert.equal(errorsOf(form({ consent: undefined })).consent, 'referrals.error.consentMissing.self');
});

test('length limits, languages and recipients', () => {
  assert.equal(errorsOf(form({ message: 'x'.repeat(1001) })).message, 'referrals.error.messageTooLong');
  assert.ok(contactRequestForm.safeParse(form({ message: 'x'.repeat(1000) })).success);
  assert.equal(errorsOf(form({ firstName: 'x'.repeat(81) })).firstName, 'referrals.error.firstNameTooLong');
  assert.equal(errorsOf(form({ preferredTime: 'x'.repeat(201) })).preferredTime, 'referrals.error.preferredTimeTooLong');
  assert.equal(errorsOf(form({ contactLang: 'de' })).contactLang, 'referrals.error.contactLangMissing');
  assert.equal(contactRequestForm.parse(form({ contactLang: 'other' })).contactLang, 'other');

  const many = Array.from({ length: MAX_RECIPIENTS + 1 }, (_, i) => `${String(i).padStart(8, '0')}-4f50-4617-8293-a4b5c6d7e8f9`);
  assert.equal(errorsOf(form({ organization: many })).recipients, 'referrals.error.tooManyRecipients');
  assert.equal(errorsOf(form({ organization: 'not-an-id' })).recipients, 'referrals.error.recipientUnavailable');
  const both = contactRequestForm.parse(form({ organization: [ORG, ORG.toUpperCase()], activity: ACT }));
  assert.deepEqual(both.organizationIds, [ORG], 'repeated ids count once');
  assert.deepEqual(both.activityIds, [ACT]);
});

test('the honeypot is filled only by something that types into hidden fields', () => {
  assert.equal(isHoneypotFilled(form()), false);
  assert.equal(isHoneypotFilled(form({ website: '' })), false);
  assert.equal(isHoneypotFilled(form({ website: 'https://spam.example' })), true);
  assert.equal(isHoneypotFilled(null), false);
});

test('the form page query carries recipients and an optional sender', () => {
  assert.deepEqual(contactFormQuery.parse({ organization: ORG, activity: [ACT, ACT], sender: 'professional' }), { organizationIds: [ORG], activityIds: [ACT], sender: 'professional' });
  assert.deepEqual(contactFormQuery.parse({ sender: 'boss' }), { organizationIds: [], activityIds: [], sender: undefined });
});

test('references are YP-XXXX-XXXX from an alphabet without vowels or look-alikes', () => {
  for (const ch of 'AEIOUY0O1IL2Z5S8B') assert.ok(!REFERENCE_ALPHABET.includes(ch), ch);
  const seen = new Set<string>();
  for (let i = 0; i < 200; i++) {
    const r = newReference();
    assert.match(r, REFERENCE_PATTERN);
    seen.add(r);
  }
  assert.equal(seen.size, 200);
});
