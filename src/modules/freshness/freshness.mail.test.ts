import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMail } from '../../platform/mail/render-mail.js';
import { mailTemplates } from '../../mail-templates.js';
import { freshnessAdminMail, freshnessReminderMail } from './freshness.mail.js';

const baseUrl = 'https://tarjotin.example.org';
const orgId = '0b6f2d36-8f8e-4d55-9a0e-2f6f1f3f7a11';
const token = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const names = { fi: 'Esimerkkilän Omaisyhdistys ry', sv: 'Exempelby närstående rf', en: null };

test('the reminder: recipient’s language, the one-click link and the edit link from BASE_URL, text and HTML', () => {
  assert.ok(mailTemplates.includes(freshnessReminderMail) && mailTemplates.includes(freshnessAdminMail));
  const fi = renderMail({ template: freshnessReminderMail, params: { second: false, organizationId: orgId, names, checkedOn: '2025-12-01', token }, lang: 'fi', baseUrl });
  assert.equal(fi.subject, 'Ovatko järjestönne tiedot ajan tasalla? – Esimerkkilän Omaisyhdistys ry');
  assert.match(fi.text, /1\.12\.2025/);
  assert.match(fi.text, new RegExp(`https://tarjotin\\.example\\.org/freshness/confirm/${token}`));
  assert.match(fi.text, new RegExp(`https://tarjotin\\.example\\.org/my/organisations/${orgId}/edit`));
  assert.match(fi.html, /Tiedot ovat ajan tasalla/);
  const sv = renderMail({ template: freshnessReminderMail, params: { second: true, organizationId: orgId, names, checkedOn: '2025-12-01', token }, lang: 'sv', baseUrl });
  assert.match(sv.subject, /^Påminnelse: .*Exempelby närstående rf$/);
  assert.match(sv.text, new RegExp(`https://tarjotin\\.example\\.org/sv/freshness/confirm/${token}`));
  const en = renderMail({ template: freshnessReminderMail, params: { second: false, organizationId: orgId, names, checkedOn: '2025-12-01', token }, lang: 'en', baseUrl });
  assert.match(en.subject, /Esimerkkilän Omaisyhdistys ry$/, 'no English name: the Finnish one');
});

test('the administrators’ notice lists the organisations overdue and those hidden', () => {
  const mail = renderMail({
    template: freshnessAdminMail,
    params: { overdue: [{ names, checkedOn: '2025-12-01' }], hidden: [{ names: { fi: 'Unohtunut Kerho ry', sv: null, en: null }, checkedOn: '2024-12-18' }] },
    lang: 'fi',
    baseUrl,
  });
  assert.match(mail.text, /Esimerkkilän Omaisyhdistys ry \(tarkistettu 1\.12\.2025\)/);
  assert.match(mail.text, /Unohtunut Kerho ry \(tarkistettu 18\.12\.2024\)/);
  assert.match(mail.text, /https:\/\/tarjotin\.example\.org\/admin\/freshness/);
});
