import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Service } from '../../boot.js';
import { createService } from '../../boot.js';
import { createTestService, TEST_DATA_KEYS } from '../../../tests/support/test-app.js';
import { newestToken, TestBrowser } from '../../../tests/support/test-browser.js';
import { SIGN_IN_LIMITS } from '../auth/auth.plugin.js';
import { SUGGEST_LIMITS } from '../../modules/search/suggest.routes.js';
import { loadConfig } from '../../config.js';
import { createFieldCipher, newDataKey } from '../crypto/field-cipher.js';
import { buildApp } from './app.js';
import { sql } from 'kysely';
import { connect, type AddressInfo } from 'node:net';

/** Edge defences (docs/security.md "Edge defences"): what reaches the app from a hostile client. */
let service: Service;
before(async () => {
  service = await createTestService();
});
after(async () => {
  await service.close();
});

test('a forged X-Forwarded-For does not escape the per-IP sign-in limit (TRUST_PROXY unset)', async () => {
  const b = new TestBrowser(service.app, '198.51.100.150');
  const csrf = TestBrowser.csrf((await b.get('/sign-in')).body);
  let last;
  for (let i = 0; i <= SIGN_IN_LIMITS.perIp; i++) {
    last = await service.app.inject({
      method: 'POST',
      url: '/sign-in',
      remoteAddress: b.ip,
      headers: {
        cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': `203.0.113.${i + 1}`,
      },
      payload: new URLSearchParams({ email: `vaihtuva${i}@example.org`, _csrf: csrf }).toString(),
    });
  }
  assert.equal(last!.statusCode, 429);
});

test('TRUST_PROXY: a hop count believes that many proxies, a list only the listed ones', async () => {
  const whoami = async (trustProxy: string | undefined, remoteAddress: string, forwardedFor: string) => {
    const config = loadConfig({ LOG_LEVEL: 'warn', ...(trustProxy === undefined ? {} : { TRUST_PROXY: trustProxy }) });
    const deps = { config, db: service.database.db, dbKind: service.database.kind, cipher: createFieldCipher([newDataKey('t')]), ready: () => true };
    const app = await buildApp({ deps, pages: [], plugins: [async (a) => void a.get('/whoami', async (request) => request.ip)] });
    try {
      return (await app.inject({ url: '/whoami', remoteAddress, headers: { 'x-forwarded-for': forwardedFor } })).body;
    } finally {
      await app.close();
    }
  };
  assert.equal(await whoami(undefined, '10.0.0.1', '203.0.113.9'), '10.0.0.1');
  assert.equal(await whoami('1', '10.0.0.1', '192.0.2.66, 203.0.113.9'), '203.0.113.9');
  assert.equal(await whoami('2', '10.0.0.1', '192.0.2.66, 203.0.113.9'), '192.0.2.66');
  assert.equal(await whoami('10.0.0.0/8', '10.0.0.1', '203.0.113.9'), '203.0.113.9');
  assert.equal(await whoami('10.0.0.0/8', '192.0.2.1', '203.0.113.9'), '192.0.2.1');
});

test('CORS: a preflight for a page gets no access-control-allow-origin; the public read API and its OpenAPI document do', async () => {
  const preflight = (url: string) =>
    service.app.inject({ method: 'OPTIONS', url, headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
  for (const url of ['/account', '/sign-in', '/sv/account', '/my/organisations', '/api/suggest-nothing', '/']) {
    const res = await preflight(url);
    assert.equal(res.headers['access-control-allow-origin'], undefined, url);
    assert.ok(res.statusCode < 500, url);
  }
  for (const url of ['/api/hsds/organizations', '/api/hsds/', '/api/openapi.json']) {
    const res = await preflight(url);
    assert.equal(res.headers['access-control-allow-origin'], '*', url);
  }
  const get = await service.app.inject({ url: '/api/hsds/organizations', headers: { origin: 'https://elsewhere.example' } });
  assert.equal(get.headers['access-control-allow-origin'], '*');
  const page = await service.app.inject({ url: '/', headers: { origin: 'https://elsewhere.example' } });
  assert.equal(page.headers['access-control-allow-origin'], undefined);
});

test('control characters (a NUL byte) in a query, a route parameter, a form or JSON field never give a 5xx', async () => {
  for (const url of [
    '/api/hsds/organizations?search=%00',
    '/api/hsds/taxonomies?search=%00',
    '/api/hsds/taxonomy_terms?search=%00',
    '/api/hsds/services?search=a%00b',
    '/api/hsds/organizations/%00',
    '/api/suggest?q=mie%00',
    '/search?q=%00%01%1F%7F',
    '/organisations/%00',
  ]) {
    const res = await service.app.inject({ url, remoteAddress: '198.51.100.160' });
    assert.ok(res.statusCode < 500, `${url}: ${res.statusCode}`);
  }
  const b = new TestBrowser(service.app, '198.51.100.161');
  const signIn = await b.submit('/sign-in', '/sign-in', { email: 'a\u0000b@example.org' });
  assert.ok(signIn.statusCode < 500, `sign-in: ${signIn.statusCode}`);
  const json = await service.app.inject({
    method: 'POST',
    url: '/sign-in',
    remoteAddress: '198.51.100.161',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ email: 'a\u0000b@example.org' }),
  });
  assert.ok(json.statusCode < 500, `JSON sign-in: ${json.statusCode}`);
});

test('a NUL byte in a draft step is dropped at the edge: saved without it, no 5xx', async () => {
  const browser = new TestBrowser(service.app, '198.51.100.162');
  const email = 'nolla@example.org';
  assert.equal((await browser.submit('/for-organisations', '/for-organisations', { email })).statusCode, 303);
  const token = await newestToken(service.database.db, 'join-link', email);
  const confirm = await browser.get(`/join/${token}`);
  const opened = await browser.post(`/join/${token}`, {}, confirm.body);
  const draftUrl = String(opened.headers.location);
  const res = await browser.submit(`${draftUrl}/organisation`, `${draftUrl}/organisation`, {
    action: 'save',
    nameFi: 'Nolla\u0000tavu\u0007 ry',
    descriptionFi: 'Rivi 1\r\n\tRivi 2\u0000',
    kind: 'association',
  });
  assert.ok(res.statusCode < 500, `draft step: ${res.statusCode}`);
  const row = await service.database.db.selectFrom('submission').select('content').orderBy('updated_at', 'desc').executeTakeFirstOrThrow();
  const organization = (row.content as { organization: { nameFi: string; descriptionFi: string } }).organization;
  assert.equal(organization.nameFi, 'Nollatavu ry');
  assert.equal(organization.descriptionFi, 'Rivi 1\r\n\tRivi 2', 'tab, CR and LF are kept');
});

test('a failing database query is logged with its code and message, without parameter values or row data', async () => {
  const lines: string[] = [];
  const config = loadConfig({ LOG_LEVEL: 'info' });
  const deps = { config, db: service.database.db, dbKind: service.database.kind, cipher: createFieldCipher([newDataKey('t')]), ready: () => true };
  const db = service.database.db;
  const failing: Record<string, () => Promise<unknown>> = {
    // A check violation: PostgreSQL's detail holds the whole failing row.
    row: () => db.insertInto('app_user').values({ id: '00000000-0000-4000-8000-0000000000aa', email: 'rivi.vuoto@example.org', lang: 'xx' as 'fi' }).execute(),
    // A JSON parameter PostgreSQL refuses: its context ("where") quotes the JSON.
    json: () => sql`select ${JSON.stringify({ email: 'json.vuoto@example.org', note: 'x\u0000y' })}::jsonb`.execute(db),
    // A bad value for a type: the message quotes the value.
    value: () => sql`select ${'arvo.vuoto@example.org'}::uuid`.execute(db),
    // A duplicate key: the detail names the key's value.
    duplicate: async () => {
      await db.insertInto('app_user').values({ id: '00000000-0000-4000-8000-0000000000ab', email: 'kaksi.vuoto@example.org', lang: 'fi' }).execute();
      await db.insertInto('app_user').values({ id: '00000000-0000-4000-8000-0000000000ac', email: 'kaksi.vuoto@example.org', lang: 'fi' }).execute();
    },
  };
  const app = await buildApp({
    deps,
    pages: [],
    plugins: [async (a) => void a.get('/fail/:what', async (request) => failing[(request.params as { what: string }).what]!())],
    logStream: { write: (line: string) => void lines.push(line) },
  });
  try {
    for (const what of Object.keys(failing)) {
      const res = await app.inject({ url: `/fail/${what}` });
      assert.equal(res.statusCode, 500, what);
    }
  } finally {
    await app.close();
  }
  const errors = lines.map((l) => JSON.parse(l) as { level: number; err?: { code?: string; message?: string; stack?: string } }).filter((l) => l.level >= 50);
  assert.equal(errors.length, Object.keys(failing).length, 'each failure is logged');
  for (const e of errors) {
    assert.ok(e.err?.code, 'the SQLSTATE is kept');
    assert.ok(e.err?.message, 'a message is kept');
    assert.ok(e.err?.stack, 'the stack is kept');
  }
  const log = lines.join('\n');
  assert.doesNotMatch(log, /vuoto@example\.org/, 'no address from the parameters or the row');
  assert.doesNotMatch(log, /"(detail|where|parameters|params)"/);
});

test('rate limits are counted in the database: two app instances on one database share the count', async () => {
  const config = loadConfig({ LOG_LEVEL: 'warn', DEMO_DATA: 'off', BASE_URL: 'http://localhost:3000', DATA_KEYS: TEST_DATA_KEYS });
  // A second instance on the same database (closing it must leave the database open for the first).
  const second = await createService(config, { ...service.database, close: async () => {} });
  try {
    const one = new TestBrowser(service.app, '198.51.100.170');
    const two = new TestBrowser(second.app, '198.51.100.170');
    two.cookies = one.cookies;
    const csrf = TestBrowser.csrf((await one.get('/sign-in')).body);
    const email = 'jaettu.raja@example.org';
    const answers: number[] = [];
    for (let i = 0; i <= SIGN_IN_LIMITS.perEmail; i++) {
      const b = i % 2 === 0 ? one : two;
      answers.push((await b.post('/sign-in', { email, _csrf: csrf })).statusCode);
    }
    assert.deepEqual(answers, [...Array(SIGN_IN_LIMITS.perEmail).fill(303), 429], 'the limit holds over both instances together');
    // The per-IP limit too: the module limiters (contact requests, suggestions) use the same store.
    const from = '198.51.100.171';
    let last = 0;
    for (let i = 0; i <= SUGGEST_LIMITS.perIp; i++) {
      const app = i % 2 === 0 ? service.app : second.app;
      last = (await app.inject({ url: '/api/suggest?q=a', remoteAddress: from })).statusCode;
    }
    assert.equal(last, 429);
  } finally {
    await second.close();
  }
  const rows = await service.database.db.selectFrom('rate_limit').selectAll().execute();
  assert.ok(rows.length > 0);
  assert.ok(rows.every((r) => /^[0-9a-f]{64}$/.test(r.key)), 'only hashes of the keys are stored: no address, no e-mail');
});

test('security headers: HSTS only on an https BASE_URL; framing refused alike by CSP and X-Frame-Options', async () => {
  const http = await service.app.inject({ url: '/' });
  assert.equal(http.headers['strict-transport-security'], undefined, 'no HSTS on an http BASE_URL');
  assert.match(String(http.headers['content-security-policy']), /frame-ancestors 'none'/);
  assert.equal(http.headers['x-frame-options'], 'DENY');
  const config = loadConfig({ LOG_LEVEL: 'warn', BASE_URL: 'https://tarjotin.example.org' });
  const deps = { config, db: service.database.db, dbKind: service.database.kind, cipher: createFieldCipher([newDataKey('t')]), ready: () => true };
  const app = await buildApp({ deps, pages: [], plugins: [] });
  try {
    const https = await app.inject({ url: '/healthz' });
    assert.match(String(https.headers['strict-transport-security']), /max-age=\d+/);
  } finally {
    await app.close();
  }
});

test('bodies: a JSON body on a form route is limited like a form (64 KB)', async () => {
  const big = JSON.stringify({ email: 'a@example.org', filler: 'x'.repeat(70 * 1024) });
  const json = await service.app.inject({ method: 'POST', url: '/sign-in', remoteAddress: '198.51.100.180', headers: { 'content-type': 'application/json' }, payload: big });
  assert.equal(json.statusCode, 413);
  assert.match(String(json.headers['content-type']), /^text\/html/, 'a translated page, not raw JSON');
  const form = await service.app.inject({
    method: 'POST',
    url: '/sign-in',
    remoteAddress: '198.51.100.180',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: `email=a%40example.org&filler=${'x'.repeat(70 * 1024)}`,
  });
  assert.equal(form.statusCode, 413);
});

test('a results page number past the end, however large, answers the (empty) results page, not an error page', async () => {
  for (const url of ['/search?page=100000', '/search?q=tuki&page=99999999999999999999', '/en/search?page=5001']) {
    const res = await service.app.inject({ url });
    assert.equal(res.statusCode, 200, url);
  }
});

test('an address the mailer would refuse is refused on the form, next to its own field, in the page language', async () => {
  const b = new TestBrowser(service.app, '198.51.100.190');
  for (const [prefix, message] of [
    ['', 'Kirjoita sähköpostiosoite muodossa nimi@example.org.'],
    ['/en', null],
  ] as const) {
    for (const address of ['a..b@example.org', 'a@b..example.org', '<a>@example.org']) {
      const res = await b.submit(`${prefix}/for-organisations`, `${prefix}/for-organisations`, { email: address });
      assert.equal(res.statusCode, 400, address);
      assert.match(res.body, /<a href="#email">/, `${address}: the error names the form's field`);
      assert.doesNotMatch(res.body, /href="#to"|Invalid email|\bto:/, address);
      if (message) assert.match(res.body, new RegExp(message.replace(/\./g, '\\.')));
    }
  }
});

/** A raw HTTP/1.1 request on a real socket (inject() bypasses Node's HTTP parser, where the size limits are). */
function rawRequest(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () => socket.write(text));
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', (err) => (chunks.length > 0 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(err)));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

test('a 100 000-character address answers a translated error page (431), not raw JSON', async () => {
  const config = loadConfig({ LOG_LEVEL: 'warn' });
  const deps = { config, db: service.database.db, dbKind: service.database.kind, cipher: createFieldCipher([newDataKey('t')]), ready: () => true };
  const app = await buildApp({ deps, pages: [], plugins: [] });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const long = 'a'.repeat(100_000);
    const fi = await rawRequest(port, `GET /search?q=${long} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    assert.match(fi, /^HTTP\/1\.1 431 /);
    assert.match(fi, /content-type: text\/html; charset=utf-8/i);
    assert.match(fi, /<html lang="fi"/);
    assert.match(fi, /<h1>Osoite on liian pitkä<\/h1>/);
    const en = await rawRequest(port, `GET /en/search?q=${long} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    assert.match(en, /<html lang="en"/);
    assert.match(en, /<h1>The address is too long<\/h1>/);
    const bad = await rawRequest(port, 'GET /\u0001 nonsense\r\n\r\n');
    assert.match(bad, /^HTTP\/1\.1 400 /);
    assert.match(bad, /text\/html/i);
  } finally {
    await app.close();
  }
});

test('compression: pages, JSON, CSS and JS are sent compressed to a client that accepts it', async () => {
  for (const [url, type] of [
    ['/', /text\/html/],
    ['/api/openapi.json', /application\/json/],
    ['/static/site.css', /text\/css/],
    ['/static/js/suggest.js', /javascript/],
  ] as const) {
    const res = await service.app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
    assert.equal(res.statusCode, 200, url);
    assert.match(String(res.headers['content-type']), type, url);
    assert.match(String(res.headers['content-encoding']), /^(br|gzip)$/, url);
    assert.match(String(res.headers.vary), /accept-encoding/i, url);
  }
  const plain = await service.app.inject({ url: '/', headers: { 'accept-encoding': 'identity' } });
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.match(plain.body, /<html/);
});
