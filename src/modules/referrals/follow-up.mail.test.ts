import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMail } from '../../platform/mail/render-mail.js';
import { mailTemplates } from '../../mail-templates.js';
import { contactRequestFollowUpMail } from './follow-up.mail.js';

const baseUrl = 'https://tarjotin.example.org';
const organization = { fi: 'Esimerkkilän Vertaiset ry', sv: 'Exempelby kamrater rf', en: null };

test('the follow-up: the outcome, the reference and the organisation in the professional’s language, text and HTML', () => {
  assert.ok(mailTemplates.includes(contactRequestFollowUpMail));
  const fi = renderMail({ template: contactRequestFollowUpMail, params: { reference: 'YP-CDFG-HJ34', organization, outcome: 'contacted' }, lang: 'fi', baseUrl });
  assert.equal(fi.subject, 'Yhteydenottopyyntö YP-CDFG-HJ34: Esimerkkilän Vertaiset ry on ottanut yhteyttä');
  assert.match(fi.text, /on merkinnyt ottaneensa yhteyttä asiakkaaseen/);
  assert.match(fi.html, /Viestissä ei ole asiakkaan tietoja/);
  const sv = renderMail({ template: contactRequestFollowUpMail, params: { reference: 'YP-CDFG-HJ34', organization, outcome: 'unreachable' }, lang: 'sv', baseUrl });
  assert.equal(sv.subject, 'Kontaktförfrågan YP-CDFG-HJ34: Exempelby kamrater rf nådde inte klienten');
  assert.match(sv.text, /skicka en ny förfrågan/);
  const en = renderMail({ template: contactRequestFollowUpMail, params: { reference: 'YP-CDFG-HJ34', organization, outcome: 'unreachable' }, lang: 'en', baseUrl });
  assert.match(en.subject, /Esimerkkilän Vertaiset ry could not reach the client$/, 'no English name: the Finnish one');
});

test('the follow-up takes nothing but the reference, the organisation and the outcome', () => {
  const params = contactRequestFollowUpMail.params;
  assert.ok(params.safeParse({ reference: 'YP-CDFG-HJ34', organization, outcome: 'contacted' }).success);
  assert.ok(!params.safeParse({ reference: 'YP-CDFG-HJ34', organization, outcome: 'declined' }).success, 'no mail on a decline');
  assert.ok(!params.safeParse({ reference: 'YP-CDFG-HJ34', organization, outcome: 'contacted', firstName: 'Matti' }).success, 'no other field');
  assert.ok(!params.safeParse({ reference: '+358401234567', organization, outcome: 'contacted' }).success, 'a reference is a reference');
});
