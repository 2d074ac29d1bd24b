import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyDraft, normalizeUrl, parseStoredDraft, stepOfPath, validateDraft, validateDraftStep } from './draft.schema.js';
import { validActivity, validDraft } from './draft.fixture.js';

test('a complete draft has no errors', () => {
  assert.deepEqual(validateDraft(validDraft()), {});
});

test('an empty draft names each missing field with its message key', () => {
  const errors = validateDraft(emptyDraft());
  assert.equal(errors['organization.nameFi'], 'submissions.error.required');
  assert.equal(errors['organization.descriptionFi'], 'submissions.error.required');
  assert.equal(errors['organization.municipalityCode'], 'submissions.error.municipalityRequired');
  assert.equal(errors['organization.contactRequestEmail'], 'submissions.error.required');
  assert.equal(errors['organization.email'], 'submissions.error.contactMissing');
  assert.equal(errors.activities, 'submissions.error.activityRequired');
  assert.equal(errors['organization.businessId'], undefined, 'a business ID is optional');
});

test('the business ID is checked with its check digit', () => {
  const d = validDraft();
  d.organization.businessId = '0112038-8';
  assert.equal(validateDraftStep(d, 'organisation')['organization.businessId'], 'submissions.error.businessId');
  d.organization.businessId = ' 112038-9 ';
  assert.equal(validateDraftStep(d, 'organisation')['organization.businessId'], undefined, 'an old six-digit ID is padded');
});

test('e-mails, URLs, phones, postal codes and the home municipality are checked on the contact step', () => {
  const d = validDraft();
  Object.assign(d.organization, { email: 'not an address', website: 'ftp://x.example.org', phone: 'call us', postalCode: '701', municipalityCode: '999', contactRequestEmail: 'x@' });
  const errors = validateDraftStep(d, 'contact');
  assert.deepEqual(errors, {
    'organization.email': 'submissions.error.email',
    'organization.website': 'submissions.error.url',
    'organization.phone': 'submissions.error.phone',
    'organization.postalCode': 'submissions.error.postalCode',
    'organization.municipalityCode': 'submissions.error.municipality',
    'organization.contactRequestEmail': 'submissions.error.email',
  });
  assert.deepEqual(validateDraftStep(d, 'organisation'), {}, 'a step only reports its own fields');
});

test('other maintainers must be e-mail addresses, by position', () => {
  const d = validDraft();
  d.organization.maintainerEmails = ['ok@example.org', 'nope'];
  assert.deepEqual(validateDraftStep(d, 'maintainers'), { 'organization.maintainerEmails.1': 'submissions.error.email' });
});

test('an activity needs a need or support, an area, a language, and existing codes', () => {
  const d = validDraft();
  d.activities.push({ ...validActivity('a', 1), needs: [], supports: [], municipalityCodes: [], languages: [] });
  d.activities.push({ ...validActivity('a', 2), needs: ['no-such-need'], targets: ['lapset', 'x'], municipalityCodes: ['297', '000'], howToJoin: 'walk' });
  const errors = validateDraftStep(d, 'activities');
  assert.deepEqual(errors, {
    'activities.1.needs': 'submissions.error.needOrSupport',
    'activities.1.municipalityCodes': 'submissions.error.areaRequired',
    'activities.1.languages': 'submissions.error.languageRequired',
    'activities.2.needs.0': 'submissions.error.term',
    'activities.2.targets.1': 'submissions.error.term',
    'activities.2.municipalityCodes.1': 'submissions.error.municipality',
    'activities.2.howToJoin': 'submissions.error.howToJoin',
  });
});

test('a nationwide or remote activity needs no municipalities', () => {
  const d = validDraft();
  d.activities[0] = { ...d.activities[0]!, municipalityCodes: [], remote: true };
  assert.deepEqual(validateDraft(d), {});
});

test('an archived activity only needs its reason, and does not count as the one activity', () => {
  const d = validDraft();
  d.activities[0] = { ...d.activities[0]!, nameFi: '', archived: { reason: ' ' } };
  assert.deepEqual(validateDraftStep(d, 'activities'), {
    activities: 'submissions.error.activityRequired',
    'activities.0.archived.reason': 'submissions.error.archiveReason',
  });
});

test('web addresses without a scheme are accepted and completed', () => {
  assert.equal(normalizeUrl('www.example.fi'), 'https://www.example.fi/');
  assert.equal(normalizeUrl('http://example.org/x'), 'http://example.org/x');
  assert.equal(normalizeUrl('javascript:alert(1)'), null);
  assert.equal(normalizeUrl('not a url'), null);
});

test('field paths map to the step that shows them', () => {
  assert.equal(stepOfPath('organization.nameFi'), 'organisation');
  assert.equal(stepOfPath('organization.businessId'), 'organisation');
  assert.equal(stepOfPath('organization.email'), 'contact');
  assert.equal(stepOfPath('organization.maintainerEmails.2'), 'maintainers');
  assert.equal(stepOfPath('activities.0.needs'), 'activities');
});

test('a stored draft is read back whole, and odd content becomes empty values', () => {
  const d = validDraft();
  assert.deepEqual(parseStoredDraft(JSON.parse(JSON.stringify(d))), d);
  const odd = parseStoredDraft({ organization: { nameFi: 5, maintainerEmails: 'x' }, activities: [{ id: 'not-a-uuid' }, null] });
  assert.equal(odd.organization.nameFi, '');
  assert.deepEqual(odd.organization.maintainerEmails, []);
  assert.deepEqual(odd.activities, []);
  assert.deepEqual(parseStoredDraft(null), { ...emptyDraft(), organization: { ...emptyDraft().organization, kind: '' } });
});
