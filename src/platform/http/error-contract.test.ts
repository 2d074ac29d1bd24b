import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import formbody from '@fastify/formbody';
import { h } from 'preact';
import { z } from 'zod';
import { loadConfig } from '../../config.js';
import type { Database } from '../db/database.js';
import { conflict, forbidden, gone, invalidInput, notFound, rateLimited, unauthenticated } from '../errors.js';
import { buildApp, pageContext } from './app.js';
import { createFieldCipher, newDataKey } from '../crypto/field-cipher.js';
import { formValue, parseForm, type FormRenderer } from './form.js';
import { Layout } from '../views/layout.js';
import { FormErrorSummary, fieldError, TextInput } from '../views/form.js';

/**
 * The error and form contract, end to end through Fastify without a database: each coded error becomes the right
 * status with a translated page (fi / sv / en) or application/problem+json; rejected form input comes back as 400
 * with the summary, the field errors and the typed input; a route never catches.
 */

const form = z.object({ email: z.string().trim().min(1, 'auth.signIn.emailMissing').email('auth.signIn.emailInvalid'), name: z.string().max(5, 'form.invalid') });

const view: FormRenderer = (request, _reply, state) => {
  const ctx = pageContext(request);
  return h(Layout, {
    ctx,
    title: 'lomake',
    children: [
      h(FormErrorSummary, { ctx, errors: state.errors }),
      h(TextInput, { ctx, name: 'email', label: 'Sähköposti', value: formValue(state.values, 'email'), error: fieldError(ctx, state.errors, 'email') }),
      h(TextInput, { ctx, name: 'name', label: 'Nimi', value: formValue(state.values, 'name'), error: fieldError(ctx, state.errors, 'name') }),
    ],
  });
};

const pages: FastifyPluginAsync = async (app) => {
  app.get('/t/forbidden', async () => {
    throw forbidden('test');
  });
  app.get('/t/conflict', async () => {
    throw conflict('test', { titleKey: 'review.conflict.title', messageKey: 'review.conflict.body' });
  });
  app.get('/t/gone', async () => {
    throw gone('test', { link: { labelKey: 'auth.invalid.again', path: '/sign-in' } });
  });
  app.get('/t/limited', async () => {
    throw rateLimited(42);
  });
  app.get('/t/missing', async () => {
    throw notFound('thing');
  });
  app.get('/my/t/private', async () => {
    throw unauthenticated();
  });
  app.get('/t/crash', async () => {
    throw new Error('secret internals');
  });
  app.post('/t/form', { config: { form: view } }, async (request, reply) => {
    const input = parseForm(form, request.body);
    if (input.email === 'taken@example.org') throw invalidInput({ email: 'admin.error.email' });
    return reply.redirect('/t/done', 303);
  });
};

const api: FastifyPluginAsync = async (app) => {
  app.get('/api/t/forbidden', async () => {
    throw forbidden('not yours');
  });
  app.post('/api/t/form', async (request) => parseForm(form, request.body));
};

/** Form bodies for the whole test app (not encapsulated, as the auth plugin registers them in the service). */
const formParsing: FastifyPluginAsync = async (a) => {
  await a.register(formbody);
};
(formParsing as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;

let app: FastifyInstance;
before(async () => {
  const config = loadConfig({ LOG_LEVEL: 'silent', DEMO_DATA: 'off' }, { envFile: null });
  app = await buildApp({
    deps: { config, db: undefined as unknown as Database, dbKind: 'pglite', cipher: createFieldCipher([newDataKey('t1')]), ready: () => true },
    pages: [pages],
    plugins: [formParsing, api],
  });
  await app.ready();
});
after(async () => {
  await app.close();
});

test('each code has its status and its own translated page, never a "bad request" page', async () => {
  const cases: [string, number, RegExp, RegExp][] = [
    ['/t/forbidden', 403, /Ei käyttöoikeutta/, /No access/],
    ['/t/conflict', 409, /Ilmoitus on jo käsitelty/, /Already decided/],
    ['/t/gone', 410, /Linkki ei ole enää voimassa/, /The link is no longer valid/],
    ['/t/limited', 429, /Liian monta yritystä/, /Too many attempts/],
    ['/t/missing', 404, /Sivua ei löytynyt/, /Page not found/],
  ];
  for (const [path, status, fi, en] of cases) {
    const r = await app.inject(path);
    assert.equal(r.statusCode, status, path);
    assert.match(r.headers['content-type'] as string, /text\/html/);
    assert.match(r.body, fi, path);
    assert.doesNotMatch(r.body, /Pyyntöä ei voitu käsitellä/, `${path} is not shown as a bad request`);
    const e = await app.inject(`/en${path}`);
    assert.equal(e.statusCode, status);
    assert.match(e.body, en, `/en${path}`);
    assert.match(e.body, /<html lang="en"/);
  }
  const limited = await app.inject('/t/limited');
  assert.equal(limited.headers['retry-after'], '42');
  const goneSv = await app.inject('/sv/t/gone');
  assert.match(goneSv.body, /href="\/sv\/sign-in"/, 'the offered link is in the page language');
});

test('an internal error is a 500 page without the error text', async () => {
  const r = await app.inject('/t/crash');
  assert.equal(r.statusCode, 500);
  assert.doesNotMatch(r.body, /secret internals/);
  assert.match(r.body, /Jokin meni vikaan/);
});

test('a page that needs sign-in answers 303 to the sign-in page, carrying a /my/ path back', async () => {
  const r = await app.inject('/sv/my/t/private');
  assert.equal(r.statusCode, 303);
  assert.equal(r.headers.location, `/sv/sign-in?next=${encodeURIComponent('/sv/my/t/private')}`);
});

test('API errors are application/problem+json with the status, an English title and the code', async () => {
  const r = await app.inject('/api/t/forbidden');
  assert.equal(r.statusCode, 403);
  assert.match(r.headers['content-type'] as string, /^application\/problem\+json/);
  const body = r.json();
  assert.equal(body.status, 403);
  assert.equal(body.error, 'forbidden');
  assert.equal(body.title, 'No access');
  assert.equal(body.detail, 'not yours');
  const bad = await app.inject({ method: 'POST', url: '/api/t/form', payload: { email: '', name: 'x' } });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().errors.email.key, 'auth.signIn.emailMissing');
});

test('rejected form input: 400, the summary linking to each field, the error next to it and the typed input kept', async () => {
  const r = await app.inject({ method: 'POST', url: '/t/form', payload: 'email=not-an-address&name=%3Cb%3Etoo+long%3C%2Fb%3E' , headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.equal(r.statusCode, 400);
  assert.match(r.body, /class="error-summary"/);
  assert.match(r.body, /<a href="#email">[^<]+<\/a>/);
  assert.match(r.body, /<a href="#name">Tarkista tämä kenttä.<\/a>/);
  assert.match(r.body, /id="email-error"/);
  assert.match(r.body, /aria-invalid="true"/);
  assert.match(r.body, /value="not-an-address"/);
  assert.match(r.body, /value="&lt;b>too long&lt;\/b>"|value="&lt;b&gt;too long&lt;\/b&gt;"/, 'kept, and escaped');
  const fromUseCase = await app.inject({ method: 'POST', url: '/en/t/form', payload: 'email=taken%40example.org&name=ok', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.equal(fromUseCase.statusCode, 400);
  assert.match(fromUseCase.body, /value="taken@example.org"/);
  const ok = await app.inject({ method: 'POST', url: '/t/form', payload: 'email=someone%40example.org&name=ok', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assert.equal(ok.statusCode, 303);
});
