/**
 * Headers and sessions (issue 11, B6): the Content-Security-Policy of every page stays without 'unsafe-inline' (and the
 * pages need none); the flags of the session and CSRF cookies on http and https; session fixation (a planted cookie
 * never becomes a session, the session id changes on every sign-in, sign-out ends it on the server); sign-in
 * throttling (the per-address and per-client limits answer 429 with Retry-After). CSRF on every state-changing
 * route is checked from the route table in access-matrix.db.test.ts.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import type { Service } from '../../src/boot.js';
import { hashSecret } from '../../src/platform/auth/auth-tokens.js';
import { SIGN_IN_LIMITS } from '../../src/platform/auth/auth.plugin.js';
import { createPlatformAdmin } from '../../src/platform/auth/create-platform-admin.js';
import { issueSignInLink } from '../../src/platform/auth/issue-sign-in-link.js';
import { createTestService } from '../support/test-app.js';
import { newestToken, TestBrowser } from '../support/test-browser.js';

const ADMIN = 'paakayttaja@demo.tarjotin.invalid';
const MAINTAINER = 'yllapitaja@demo.tarjotin.invalid';
const ATTACKER = 'hyokkaaja@demo.tarjotin.invalid';

let service: Service;
let secureService: Service;

before(async () => {
  service = await createTestService({ demo: true });
  secureService = await createTestService({ env: { BASE_URL: 'https://tarjotin.example.org' } });
  for (const s of [service, secureService]) {
    await createPlatformAdmin({ db: s.database.db, email: ADMIN });
    await s.database.db
      .insertInto('app_user')
      .values([
        { id: '00000000-0000-4000-8000-0000000000b1', email: MAINTAINER, lang: 'fi' },
        { id: '00000000-0000-4000-8000-0000000000b2', email: ATTACKER, lang: 'fi' },
      ])
      .execute();
  }
});

after(async () => {
  await service?.close();
  await secureService?.close();
});

interface Cookie {
  name: string;
  value: string;
  path?: string;
  domain?: string;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: string;
  maxAge?: number;
  expires?: Date;
}
const cookiesOf = (res: LightMyRequestResponse) => res.cookies as Cookie[];
const cookieNamed = (res: LightMyRequestResponse, name: string) => cookiesOf(res).find((c) => c.name === name);

/** Signs the browser in through the one-time link's confirm page and button (the link is issued directly). */
async function signIn(s: Service, browser: TestBrowser, email: string): Promise<LightMyRequestResponse> {
  const token = await issueSignInLink({ db: s.database.db, email });
  assert.ok(token);
  const confirm = await browser.get(`/sign-in/${token}`);
  assert.equal(confirm.statusCode, 200);
  const res = await browser.post(`/sign-in/${token}`, {}, confirm.body);
  assert.equal(res.statusCode, 303);
  return res;
}

/** Who a session cookie value is, asked of a fresh browser carrying only that cookie: an address or null. */
async function whoIs(s: Service, cookieName: string, value: string): Promise<string | null> {
  const res = await s.app.inject({ url: '/account', headers: { cookie: `${cookieName}=${value}` }, remoteAddress: '198.51.100.250' });
  if (res.statusCode === 303) {
    assert.match(String(res.headers.location), /^\/sign-in/);
    return null;
  }
  assert.equal(res.statusCode, 200);
  return /[\w.+-]+@demo\.tarjotin\.invalid/.exec(res.body)?.[0] ?? 'signed in';
}

async function sessionRows(s: Service, secret: string): Promise<number> {
  return (await s.database.db.selectFrom('session').select('id').where('id', '=', hashSecret(secret)).execute()).length;
}

// ---------------------------------------------------------------- Content-Security-Policy

/** The directives of a CSP header, by name. */
function directives(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

/** Asserts the page's CSP allows no inline or evaluated script or style, and that the HTML needs none. */
function assertStrictCsp(url: string, res: LightMyRequestResponse): void {
  const csp = res.headers['content-security-policy'];
  assert.ok(typeof csp === 'string' && csp.length > 0, `${url}: a Content-Security-Policy header`);
  const d = directives(csp);
  for (const name of ['script-src', 'style-src']) {
    const values = d.get(name) ?? d.get('default-src');
    assert.ok(values, `${url}: ${name} (or default-src) is set`);
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:']) {
      assert.ok(!values.includes(bad), `${url}: ${name} allows ${bad}`);
    }
  }
  // Helmet adds script-src-attr 'none' (stricter still); no per-element or per-attribute directive may loosen it.
  for (const name of ['script-src-attr', 'style-src-attr', 'script-src-elem', 'style-src-elem']) {
    const values = d.get(name);
    if (values) assert.deepEqual(values, ["'none'"], `${url}: ${name}`);
  }
  assert.deepEqual(d.get('object-src'), ["'none'"], `${url}: object-src 'none'`);
  assert.deepEqual(d.get('frame-ancestors'), ["'none'"], `${url}: frame-ancestors 'none'`);
  // The page does not rely on what the policy forbids: no inline script, no <style>, no style or on… attributes.
  const html = res.body;
  assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/i, `${url}: an inline <script>`);
  assert.doesNotMatch(html, /<style[\s>]/i, `${url}: a <style> element`);
  assert.doesNotMatch(html, /<[a-z][^>]*\sstyle=/i, `${url}: a style attribute`);
  assert.doesNotMatch(html, /<[a-z][^>]*\son[a-z]+=/i, `${url}: an inline event handler`);
  assert.doesNotMatch(html, /href="javascript:/i, `${url}: a javascript: link`);
}

const isHtml = (res: LightMyRequestResponse) => String(res.headers['content-type'] ?? '').startsWith('text/html');

test('CSP: every page without parameters, anonymous and as a platform administrator, allows no inline script or style, and needs none', async () => {
  const admin = new TestBrowser(service.app, '198.51.100.201');
  await signIn(service, admin, ADMIN);
  const anonymous = new TestBrowser(service.app, '198.51.100.202');
  const urls = [...new Set(service.app.routeTable.filter((r) => r.method === 'GET' && !/[:*]/.test(r.url)).map((r) => r.url))].filter(
    (u) => !u.startsWith('/api') && !u.startsWith('/healthz') && !u.startsWith('/static'),
  );
  assert.ok(urls.length >= 40, `the route table has the pages (${urls.length})`);
  let pages = 0;
  for (const url of urls) {
    for (const browser of [anonymous, admin]) {
      const res = await browser.get(url);
      assert.ok(res.statusCode < 500, `${url}: ${res.statusCode}`);
      if (!isHtml(res)) continue;
      assertStrictCsp(url, res);
      pages++;
    }
  }
  assert.ok(pages >= 60, `pages checked: ${pages}`);
});

test('CSP: cards, results, the tray, forms and error pages (404, 403, 429) are held to the same policy', async () => {
  const db = service.database.db;
  const org = await db.selectFrom('organization').select('id').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
  const act = await db.selectFrom('activity').select('id').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
  const b = new TestBrowser(service.app, '198.51.100.203');
  b.cookies.set('tarjotin_tray', encodeURIComponent(`o:${org.id},a:${act.id}`));
  for (const url of [
    `/organisations/${org.id}`,
    `/sv/organisations/${org.id}/all`,
    `/activities/${act.id}`,
    '/search?q=vertaistuki',
    '/en/search?q=loneliness&page=2',
    '/tray',
    `/contact-requests/new?activity=${act.id}`,
    '/organisations/00000000-0000-4000-8000-000000000000',
    '/no-such-page',
  ]) {
    const res = await b.get(url);
    assert.ok(isHtml(res), url);
    assertStrictCsp(url, res);
  }
  // The friendly CSRF refusal (403) and the sign-in limit's page (429).
  const csrf = await b.post('/sign-in', { email: MAINTAINER });
  assert.equal(csrf.statusCode, 403);
  assertStrictCsp('POST /sign-in without CSRF', csrf);
  const form = (await b.get('/sign-in')).body;
  let last: LightMyRequestResponse | undefined;
  for (let i = 0; i <= SIGN_IN_LIMITS.perEmail; i++) last = await b.post('/sign-in', { email: 'csp-raja@demo.tarjotin.invalid' }, form);
  assert.equal(last!.statusCode, 429);
  assertStrictCsp('POST /sign-in over the limit', last!);
});

// ---------------------------------------------------------------- cookie flags

test('cookies on an http BASE_URL: session and CSRF cookies are HttpOnly, SameSite=Lax, Path=/, host-only, not Secure', async () => {
  const b = new TestBrowser(service.app, '198.51.100.204');
  const form = await b.get('/sign-in');
  const csrf = cookieNamed(form, 'tarjotin_csrf');
  assert.ok(csrf, 'the sign-in form sets the CSRF secret cookie');
  const signedIn = await signIn(service, b, MAINTAINER);
  const session = cookieNamed(signedIn, 'tarjotin_session');
  assert.ok(session, 'signing in sets the session cookie');
  for (const c of [csrf, session]) {
    assert.equal(c.httpOnly, true, `${c.name} HttpOnly`);
    assert.equal(c.sameSite, 'Lax', `${c.name} SameSite=Lax`);
    assert.equal(c.path, '/', `${c.name} Path=/`);
    assert.equal(c.domain, undefined, `${c.name} has no Domain (host-only)`);
    assert.ok(!c.secure, `${c.name} is not Secure on http`);
  }
  assert.equal(session.maxAge, 12 * 3600, 'the session cookie ends with the absolute session end (12 h)');
  assert.match(session.value, /^[A-Za-z0-9_-]{43}$/, 'the session cookie carries 32 random bytes');
});

test('cookies on an https BASE_URL: __Host- names, Secure, HttpOnly, SameSite=Lax, Path=/, no Domain; sign-out clears the cookie the same way', async () => {
  const b = new TestBrowser(secureService.app, '198.51.100.205');
  const form = await b.get('/sign-in');
  const csrf = cookieNamed(form, '__Host-tarjotin_csrf');
  assert.ok(csrf, 'the CSRF cookie is __Host-tarjotin_csrf');
  assert.equal(cookieNamed(form, 'tarjotin_csrf'), undefined);
  const signedIn = await signIn(secureService, b, MAINTAINER);
  const session = cookieNamed(signedIn, '__Host-tarjotin_session');
  assert.ok(session, 'the session cookie is __Host-tarjotin_session');
  assert.equal(cookieNamed(signedIn, 'tarjotin_session'), undefined);
  for (const c of [csrf, session]) {
    assert.equal(c.secure, true, `${c.name} Secure`);
    assert.equal(c.httpOnly, true, `${c.name} HttpOnly`);
    assert.equal(c.sameSite, 'Lax', `${c.name} SameSite=Lax`);
    assert.equal(c.path, '/', `${c.name} Path=/ (required by __Host-)`);
    assert.equal(c.domain, undefined, `${c.name} no Domain (required by __Host-)`);
  }
  const raw = [signedIn.headers['set-cookie']].flat().join('\n');
  assert.match(raw, /__Host-tarjotin_session=[^;]+;.*Secure/);
  assert.match(String(signedIn.headers['strict-transport-security']), /max-age=31536000/);

  // A cookie without the prefix (as a subdomain or plain-http page could plant) is not read on https.
  assert.equal(await whoIs(secureService, 'tarjotin_session', session.value), null);
  assert.equal(await whoIs(secureService, '__Host-tarjotin_session', session.value), MAINTAINER);

  const account = await b.get('/account');
  const out = await b.post('/sign-out', {}, account.body);
  assert.equal(out.statusCode, 303);
  const cleared = cookieNamed(out, '__Host-tarjotin_session');
  assert.ok(cleared, 'sign-out clears the cookie');
  assert.equal(cleared.value, '');
  assert.ok(cleared.expires && cleared.expires.getTime() < Date.now(), 'cleared with a past expiry');
  assert.equal(cleared.secure, true);
  assert.equal(cleared.path, '/');
  assert.equal(await whoIs(secureService, '__Host-tarjotin_session', session.value), null);
});

// ---------------------------------------------------------------- session fixation

test('fixation: a session cookie value planted before sign-in is anonymous and is not the one valid after sign-in', async () => {
  const victim = new TestBrowser(service.app, '198.51.100.206');
  const planted = 'A'.repeat(43);
  victim.cookies.set('tarjotin_session', planted);
  const before = await victim.get('/account');
  assert.equal(before.statusCode, 303, 'a planted value is no session');
  await signIn(service, victim, MAINTAINER);
  const after = victim.cookies.get('tarjotin_session')!;
  assert.notEqual(after, planted, 'sign-in sets a new value');
  assert.equal(await whoIs(service, 'tarjotin_session', after), MAINTAINER);
  assert.equal(await whoIs(service, 'tarjotin_session', planted), null, 'the planted value is still nobody');
  assert.equal(await sessionRows(service, planted), 0, 'no session row under the planted value');
});

test("fixation: an attacker's live session planted in a browser is ended when the victim signs in there; the victim gets a new one", async () => {
  const attacker = new TestBrowser(service.app, '198.51.100.207');
  await signIn(service, attacker, ATTACKER);
  const attackerSecret = attacker.cookies.get('tarjotin_session')!;
  assert.equal(await whoIs(service, 'tarjotin_session', attackerSecret), ATTACKER);

  const victim = new TestBrowser(service.app, '198.51.100.208');
  victim.cookies.set('tarjotin_session', attackerSecret);
  await signIn(service, victim, MAINTAINER);
  const victimSecret = victim.cookies.get('tarjotin_session')!;
  assert.notEqual(victimSecret, attackerSecret, 'the session id changes on sign-in');
  assert.equal(await whoIs(service, 'tarjotin_session', victimSecret), MAINTAINER);
  // The attacker holds nothing that reaches the victim's session, and the planted one is gone from the server.
  assert.equal(await whoIs(service, 'tarjotin_session', attackerSecret), null);
  assert.equal(await sessionRows(service, attackerSecret), 0);
});

test('fixation: signing in again in the same browser rotates the session id and ends the old session on the server', async () => {
  const b = new TestBrowser(service.app, '198.51.100.209');
  await signIn(service, b, ADMIN);
  const first = b.cookies.get('tarjotin_session')!;
  await signIn(service, b, ADMIN);
  const second = b.cookies.get('tarjotin_session')!;
  assert.notEqual(second, first);
  assert.equal(await whoIs(service, 'tarjotin_session', second), ADMIN);
  assert.equal(await whoIs(service, 'tarjotin_session', first), null);
  assert.equal(await sessionRows(service, first), 0);
});

test('fixation: the join link (which also signs in) gives a new session and ends a planted live one', async () => {
  const attacker = new TestBrowser(service.app, '198.51.100.210');
  await signIn(service, attacker, ATTACKER);
  const planted = attacker.cookies.get('tarjotin_session')!;

  const joiner = new TestBrowser(service.app, '198.51.100.211');
  const email = 'uusi.jasen@demo.tarjotin.invalid';
  const sent = await joiner.submit('/for-organisations', '/for-organisations', { email });
  assert.equal(sent.statusCode, 303);
  const token = await newestToken(service.database.db, 'join-link', email);
  joiner.cookies.set('tarjotin_session', planted);
  const confirm = await joiner.get(`/join/${token}`);
  const joined = await joiner.post(`/join/${token}`, {}, confirm.body);
  assert.equal(joined.statusCode, 303);
  const secret = joiner.cookies.get('tarjotin_session')!;
  assert.notEqual(secret, planted);
  assert.equal(await whoIs(service, 'tarjotin_session', secret), email);
  assert.equal(await whoIs(service, 'tarjotin_session', planted), null);
});

test('sign-out ends the session on the server: a replayed copy of the old cookie is anonymous everywhere', async () => {
  const b = new TestBrowser(service.app, '198.51.100.212');
  await signIn(service, b, ADMIN);
  const secret = b.cookies.get('tarjotin_session')!;
  assert.equal((await b.get('/admin/outbox')).statusCode, 200);
  const account = await b.get('/account');
  const out = await b.post('/sign-out', {}, account.body);
  assert.equal(out.statusCode, 303);
  const cleared = cookieNamed(out, 'tarjotin_session');
  assert.ok(cleared && cleared.value === '' && cleared.expires && cleared.expires.getTime() < Date.now(), 'the cookie is cleared');
  assert.equal(await sessionRows(service, secret), 0, 'the session row is deleted');
  // The copy an attacker kept, replayed: anonymous on the account page, an administrator's page and a POST.
  const replay = new TestBrowser(service.app, '198.51.100.213');
  replay.cookies.set('tarjotin_session', secret);
  const page = await replay.get('/admin/outbox');
  assert.equal(page.statusCode, 303);
  assert.match(String(page.headers.location), /^\/sign-in/);
  assert.equal(await whoIs(service, 'tarjotin_session', secret), null);
  const form = await replay.get('/sign-in');
  assert.doesNotMatch(form.body, /paakayttaja@/, 'the header shows nobody signed in');
});

// ---------------------------------------------------------------- sign-in throttling

function assertRetryAfter(res: LightMyRequestResponse, what: string): void {
  assert.equal(res.statusCode, 429, what);
  const value = String(res.headers['retry-after'] ?? '');
  assert.match(value, /^\d+$/, `${what}: Retry-After in seconds`);
  const seconds = Number(value);
  assert.ok(seconds >= 1 && seconds <= SIGN_IN_LIMITS.windowMs / 1000, `${what}: Retry-After ${seconds} within the window`);
  assert.ok(isHtml(res), `${what}: a page, not raw JSON`);
}

async function signInRequestJobs(): Promise<number> {
  return (await service.database.db.selectFrom('job').select('id').where('name', '=', 'sign-in-request').execute()).length;
}

test('throttling: per address, the sixth link request in the window answers 429 with Retry-After, from any client, and writes nothing', async () => {
  const email = 'rajoitettu.osoite@demo.tarjotin.invalid';
  for (let i = 0; i < SIGN_IN_LIMITS.perEmail; i++) {
    const b = new TestBrowser(service.app, `198.51.100.${220 + i}`);
    const res = await b.submit('/sign-in', '/sign-in', { email });
    assert.equal(res.statusCode, 303, `request ${i + 1}`);
  }
  const jobs = await signInRequestJobs();
  const other = new TestBrowser(service.app, '198.51.100.230');
  const limited = await other.submit('/en/sign-in', '/en/sign-in', { email: ` ${email.toUpperCase()} ` });
  assertRetryAfter(limited, 'per address');
  assert.match(limited.body, /Too many attempts|Liian monta|För många/);
  assert.equal(await signInRequestJobs(), jobs, 'no job is written for a refused request');
  // Another address from the same client is not held back by this address's limit.
  const fine = await other.submit('/sign-in', '/sign-in', { email: 'toinen.osoite@demo.tarjotin.invalid' });
  assert.equal(fine.statusCode, 303);
});

test('throttling: per client address, past 20 link requests in the window (sign-in and join links together) answers 429 with Retry-After', async () => {
  const b = new TestBrowser(service.app, '198.51.100.231');
  const signInForm = (await b.get('/sign-in')).body;
  const joinForm = (await b.get('/for-organisations')).body;
  for (let i = 0; i < SIGN_IN_LIMITS.perIp; i++) {
    const res = i % 2 === 0 ? await b.post('/sign-in', { email: `asiakas${i}@demo.tarjotin.invalid` }, signInForm) : await b.post('/for-organisations', { email: `asiakas${i}@demo.tarjotin.invalid` }, joinForm);
    assert.equal(res.statusCode, 303, `request ${i + 1}`);
  }
  assertRetryAfter(await b.post('/sign-in', { email: 'asiakas-yli@demo.tarjotin.invalid' }, signInForm), 'per client, sign-in');
  assertRetryAfter(await b.post('/for-organisations', { email: 'asiakas-yli2@demo.tarjotin.invalid' }, joinForm), 'per client, join link');
  assertRetryAfter(await b.post('/sv/sign-in', { email: 'asiakas-yli3@demo.tarjotin.invalid' }, signInForm), 'per client, /sv');
  // Another client is not held back.
  const c = new TestBrowser(service.app, '198.51.100.232');
  assert.equal((await c.submit('/sign-in', '/sign-in', { email: 'asiakas-muu@demo.tarjotin.invalid' })).statusCode, 303);
});
