import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { loadConfig } from '../../config.js';
import { defineMailTemplate } from './mail-template.js';
import { mailLink, renderMail } from './render-mail.js';
import { messageIdFor } from './send-mail.job.js';
import { testMessage } from './test-message.mail.js';

const baseUrl = 'https://tarjotin.example.org';

test('a template renders in each language into a subject, a text part and an HTML part', () => {
  const fi = renderMail({ template: testMessage, params: {}, lang: 'fi', baseUrl });
  const sv = renderMail({ template: testMessage, params: {}, lang: 'sv', baseUrl });
  const en = renderMail({ template: testMessage, params: {}, lang: 'en', baseUrl });
  assert.equal(fi.subject, 'Tarjottimen testiviesti');
  assert.equal(sv.subject, 'Testmeddelande från Tarjotin');
  assert.equal(en.subject, 'Test message from Tarjotin');
  assert.match(fi.text, /Sähköposti toimii/);
  assert.match(fi.text, /https:\/\/tarjotin\.example\.org\/\n/);
  assert.match(sv.html, /^<!doctype html><html lang="sv">/);
  assert.match(sv.text, /https:\/\/tarjotin\.example\.org\/sv\n/);
  assert.match(en.html, /href="https:\/\/tarjotin\.example\.org\/en"/);
});

test('text is escaped in HTML, subjects are one line, and action links must stay inside BASE_URL', () => {
  const echo = defineMailTemplate({
    name: 'echo',
    params: z.object({ text: z.string(), href: z.string().optional() }),
    render: (p, { link }) => ({
      subject: `Re:\r\nBcc: someone@example.org ${p.text}`,
      blocks: [
        { kind: 'paragraph', text: p.text },
        { kind: 'list', items: [p.text, 'toinen'] },
        { kind: 'action', label: 'Avaa', href: p.href ?? link('/jarjestot?kunta=297') },
      ],
    }),
  });
  const r = renderMail({ template: echo, params: { text: '<script>alert(1)</script> & "lainaus"' }, lang: 'fi', baseUrl });
  assert.doesNotMatch(r.html, /<script>/);
  assert.match(r.html, /&lt;script>alert\(1\)&lt;\/script> &amp; &quot;lainaus&quot;|&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &quot;lainaus&quot;/);
  assert.match(r.text, /<script>alert\(1\)<\/script>/, 'the text part is plain text');
  assert.match(r.text, /^- toinen$/m);
  assert.doesNotMatch(r.subject, /[\r\n]/);
  assert.match(r.html, /href="https:\/\/tarjotin\.example\.org\/jarjestot\?kunta=297"/);
  assert.throws(() => renderMail({ template: echo, params: { text: 'x', href: 'https://evil.example.com/' }, lang: 'fi', baseUrl }), /outside BASE_URL/);
  assert.throws(() => renderMail({ template: echo, params: { text: 'x', href: 'https://tarjotin.example.org.evil.example/' }, lang: 'fi', baseUrl }), /outside BASE_URL/);
  assert.throws(() => renderMail({ template: echo, params: { text: 1 }, lang: 'fi', baseUrl }));
  assert.throws(() => mailLink(baseUrl, 'fi', 'https://example.org/'), /path/);
  assert.throws(() => mailLink(baseUrl, 'fi', '//example.org/'), /path/);
});

test('the test message has no untranslated keys', () => {
  for (const lang of ['fi', 'sv', 'en'] as const) {
    const r = renderMail({ template: testMessage, params: {}, lang, baseUrl });
    assert.doesNotMatch(r.text, /mail\.[a-z]+\.[a-z]+/, 'no untranslated keys');
  }
});

test('the Message-ID is fixed by the job id and the sender domain', () => {
  const id = '8a3f0e6c-1d2b-4c5d-8e9f-0a1b2c3d4e5f';
  assert.equal(messageIdFor(id, 'Tarjotin <noreply@tarjotin.example.org>'), `<${id}@tarjotin.example.org>`);
  assert.equal(messageIdFor(id, 'posti@example.org'), `<${id}@example.org>`);
});

test('SMTP_URL must be smtp:// or smtps://; MAIL_FROM has a default', () => {
  assert.equal(loadConfig({}).smtpUrl, undefined);
  assert.equal(loadConfig({}).mailFrom, 'Tarjotin <noreply@tarjotin.example.org>');
  assert.equal(loadConfig({ SMTP_URL: 'smtps://user:pw@mail.example.org:465' }).smtpUrl, 'smtps://user:pw@mail.example.org:465');
  assert.throws(() => loadConfig({ SMTP_URL: 'http://mail.example.org' }), /SMTP_URL/);
  assert.throws(() => loadConfig({ MAIL_FROM: 'no address' }), /MAIL_FROM/);
  assert.throws(
    () => loadConfig({ SMTP_URL: 'imap://user:s3cret@mail.example.org' }),
    (err: Error) => /SMTP_URL="imap:\/\/\*\*\*@mail\.example\.org"/.test(err.message) && !err.message.includes('s3cret'),
  );
});

test('a mailing list: markup the template sanitised goes in as it is with its text twin; the unsubscribe link must stay inside BASE_URL', () => {
  const list = defineMailTemplate({
    name: 'list',
    params: z.object({ href: z.string() }),
    render: (p, { link }) => ({
      subject: 'Uutiskirje',
      blocks: [{ kind: 'html', html: '<p><strong>Hei</strong> kaikille</p>', text: '**Hei** kaikille', lang: 'sv' }],
      listUnsubscribe: p.href === 'own' ? link('/newsletter/unsubscribe/abc') : p.href,
    }),
  });
  const r = renderMail({ template: list, params: { href: 'own' }, lang: 'fi', baseUrl });
  assert.match(r.html, /<div lang="sv" style="margin: 0 0 16px;"><p><strong>Hei<\/strong> kaikille<\/p><\/div>/);
  assert.match(r.text, /^\*\*Hei\*\* kaikille$/m);
  assert.equal(r.listUnsubscribe, 'https://tarjotin.example.org/newsletter/unsubscribe/abc');
  assert.throws(() => renderMail({ template: list, params: { href: 'https://evil.example.com/u' }, lang: 'fi', baseUrl }), /unsubscribe link outside BASE_URL/);
  assert.throws(() => renderMail({ template: list, params: { href: 'https://tarjotin.example.org/u>\r\nBcc: x@example.org' }, lang: 'fi', baseUrl }), /unsubscribe link/);
  assert.equal(renderMail({ template: testMessage, params: {}, lang: 'fi', baseUrl }).listUnsubscribe, undefined);
});
