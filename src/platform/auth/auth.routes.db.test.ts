import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { createTestService } from '../../../tests/support/test-app.js';
import type { Service } from '../../boot.js';
import { createWorker } from '../jobs/worker.js';
import { findOutboxMessage, listOutboxRows } from '../mail/mail.repo.js';
import { mailTemplates } from '../../mail-templates.js';
import { createSendMailHandler } from '../mail/send-mail.job.js';
import { setLoginTokenExpiry, setSessionLastSeen } from './auth.repo.js';
import { hashSecret } from './auth-tokens.js';
import { createPlatformAdmin } from './create-platform-admin.js';
import { createSignInRequestHandler } from './request-sign-in-link.js';
import { SIGN_IN_LIMITS } from './auth.plugin.js';

let service: Service;

before(async () => {
  service = await createTestService();
  await createPlatformAdmin({ db: service.database.db, email: 'Paakayttaja@Example.org' });
  await service.database.db
    .insertInto('app_user')
    .values({ id: '00000000-0000-4000-8000-000000000001', email: 'yllapitaja@example.org', lang: 'fi' })
    .execute();
});

after(async () => {
  await service.close();
});

/** A browser's cookie jar, enough for these tests. */
class Browser {
  cookies = new Map<string, string>();
  ip: string;
  constructor(ip = '198.51.100.1') {
    this.ip = ip;
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  keep(res: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }
  async get(url: string) {
    return this.keep(await service.app.inject({ method: 'GET', url, headers: { cookie: this.header() }, remoteAddress: this.ip }));
  }
  async post(url: string, form: Record<string, string>) {
    return this.keep(
      await service.app.inject({
        method: 'POST',
        url,
        headers: { cookie: this.header(), 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(form).toString(),
        remoteAddress: this.ip,
      }),
    );
  }
  /** The CSRF token of the first form on a page. */
  static csrf(html: string): string {
    const m = /name="_csrf" value="([^"]+)"/.exec(html);
    assert.ok(m, 'page has a CSRF field');
    return m[1]!;
  }
}

async function deliverMail(): Promise<void> {
  const worker = createWorker({
    db: service.database.db,
    handlers: [
      createSignInRequestHandler({ cipher: service.app.deps.cipher }),
      createSendMailHandler({ transport: { kind: 'outbox' }, templates: mailTemplates, config: service.app.deps.config }),
    ],
  });
  while ((await worker.runDue()) > 0);
}

async function outboxCount(): Promise<number> {
  return (await listOutboxRows({ db: service.database.db })).total;
}

/** Requests a link for `email` and returns the token from the newest outbox mail. */
async function requestLink(browser: Browser, email: string, prefix = ''): Promise<string> {
  const form = await browser.get(`${prefix}/sign-in`);
  const res = await browser.post(`${prefix}/sign-in`, { email, _csrf: Browser.csrf(form.body) });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, `${prefix}/sign-in/sent`);
  await deliverMail();
  const newest = (await listOutboxRows({ db: service.database.db, limit: 1 })).items[0]!;
  const message = (await findOutboxMessage({ db: service.database.db, id: newest.id }))!;
  const m = /http:\/\/localhost:3000(?:\/sv|\/en)?\/sign-in\/([A-Za-z0-9_-]+)/.exec(message.text);
  assert.ok(m, 'mail carries the sign-in link');
  assert.ok(message.html.includes(m[0]), 'HTML part carries the same link');
  return m[1]!;
}

async function signIn(browser: Browser, email: string): Promise<void> {
  const token = await requestLink(browser, email);
  const confirm = await browser.get(`/sign-in/${token}`);
  const res = await browser.post(`/sign-in/${token}`, { _csrf: Browser.csrf(confirm.body) });
  assert.equal(res.statusCode, 303);
}

test('the whole sign-in: link by mail, confirm button, session cookie, account page', async () => {
  const b = new Browser('198.51.100.10');
  const token = await requestLink(b, 'paakayttaja@example.org', '/en');
  const mail = (await listOutboxRows({ db: service.database.db, limit: 1 })).items[0]!;
  assert.equal(mail.to, 'paakayttaja@example.org');
  assert.equal(mail.subject, 'Your sign-in link to Tarjotin');

  const confirm = await b.get(`/sign-in/${token}`);
  assert.equal(confirm.statusCode, 200);
  assert.match(confirm.body, /<form method="post" action="\/sign-in\//);
  const res = await b.post(`/sign-in/${token}`, { _csrf: Browser.csrf(confirm.body) });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/account');
  const cookie = (res.cookies as { name: string; httpOnly?: boolean; sameSite?: string }[]).find((c) => c.name === 'tarjotin_session');
  assert.ok(cookie?.httpOnly);
  assert.equal(cookie?.sameSite, 'Lax');

  const account = await b.get('/account');
  assert.equal(account.statusCode, 200);
  assert.match(account.body, /paakayttaja@example\.org/);
  assert.match(account.body, /Palvelun pääkäyttäjä/);

  // The token itself is not stored, only its hash.
  const stored = await service.database.db.selectFrom('login_token').select('token_hash').execute();
  assert.ok(stored.every((r) => r.token_hash !== token));
  assert.ok(stored.some((r) => r.token_hash === hashSecret(token)));

  // Used once: refused afterwards, on GET and POST.
  const again = await b.get(`/sign-in/${token}`);
  assert.equal(again.statusCode, 410);
  const b2 = new Browser('198.51.100.11');
  const page = await b2.get('/sign-in');
  const reuse = await b2.post(`/sign-in/${token}`, { _csrf: Browser.csrf(page.body) });
  assert.equal(reuse.statusCode, 410);
  assert.equal(b2.cookies.has('tarjotin_session'), false);
});

test('an expired link is refused', async () => {
  const b = new Browser('198.51.100.20');
  const token = await requestLink(b, 'yllapitaja@example.org');
  await setLoginTokenExpiry(service.database.db, { tokenHash: hashSecret(token), expiresAt: new Date(Date.now() - 60_000) });
  const page = await b.get('/sign-in');
  const res = await b.post(`/sign-in/${token}`, { _csrf: Browser.csrf(page.body) });
  assert.equal(res.statusCode, 410);
  assert.match(res.body, /vanhentunut/);
});

test('an unknown address gets the same answer and no mail', async () => {
  const b = new Browser('198.51.100.30');
  await deliverMail();
  const before = await outboxCount();
  const form = await b.get('/sign-in');
  const res = await b.post('/sign-in', { email: 'tuntematon@example.org', _csrf: Browser.csrf(form.body) });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/sign-in/sent');
  await deliverMail();
  assert.equal(await outboxCount(), before);
  const sent = await b.get('/sign-in/sent');
  assert.match(sent.body, /Jos osoite on rekisteröity/);
});

test('a bad address is shown next to the field, input kept', async () => {
  const b = new Browser('198.51.100.31');
  const form = await b.get('/sign-in');
  const res = await b.post('/sign-in', { email: 'ei-osoite', _csrf: Browser.csrf(form.body) });
  assert.equal(res.statusCode, 400);
  assert.match(res.body, /aria-invalid="true"/);
  assert.match(res.body, /aria-describedby="email-error"/);
  assert.match(res.body, /class="error-summary"/);
  assert.match(res.body, /value="ei-osoite"/);
});

test('a form without its CSRF token is refused with 403', async () => {
  const b = new Browser('198.51.100.40');
  await b.get('/sign-in');
  const res = await b.post('/sign-in', { email: 'paakayttaja@example.org' });
  assert.equal(res.statusCode, 403);
  assert.match(res.body, /<h1>Lomake vanhentui<\/h1>/);
  const wrong = await b.post('/sign-in', { email: 'paakayttaja@example.org', _csrf: 'forged' });
  assert.equal(wrong.statusCode, 403);
});

test('sign-out ends the session in the database', async () => {
  const b = new Browser('198.51.100.50');
  await signIn(b, 'yllapitaja@example.org');
  const secret = b.cookies.get('tarjotin_session')!;
  const account = await b.get('/account');
  assert.equal(account.statusCode, 200);
  const out = await b.post('/sign-out', { _csrf: Browser.csrf(account.body) });
  assert.equal(out.statusCode, 303);
  assert.equal(b.cookies.has('tarjotin_session'), false);
  // Even a copy of the old cookie no longer works.
  b.cookies.set('tarjotin_session', secret);
  const after = await b.get('/account');
  assert.equal(after.statusCode, 303);
  assert.equal(after.headers.location, '/sign-in');
});

test('an idle session is refused', async () => {
  const b = new Browser('198.51.100.60');
  await signIn(b, 'yllapitaja@example.org');
  const secret = b.cookies.get('tarjotin_session')!;
  await setSessionLastSeen(service.database.db, { id: hashSecret(secret), lastSeenAt: new Date(Date.now() - 61 * 60_000) });
  const res = await b.get('/account');
  assert.equal(res.statusCode, 303);
});

test('too many link requests for one address get a friendly 429 page', async () => {
  const b = new Browser('198.51.100.70');
  const form = await b.get('/sign-in');
  const csrf = Browser.csrf(form.body);
  let last;
  for (let i = 0; i <= SIGN_IN_LIMITS.perEmail; i++) {
    last = await b.post('/sign-in', { email: 'rajoitettu@example.org', _csrf: csrf });
  }
  assert.equal(last!.statusCode, 429);
  assert.ok(last!.headers['retry-after']);
  assert.match(last!.body, /<h1>Liian monta yritystä<\/h1>/);
  // The same address through another language path and spelling counts too.
  const other = await b.post('/sv/sign-in', { email: ' Rajoitettu@Example.org ', _csrf: csrf });
  assert.equal(other.statusCode, 429);
  // Too many from one IP, whatever the address.
  const c = new Browser('198.51.100.71');
  const csrf2 = Browser.csrf((await c.get('/sign-in')).body);
  for (let i = 0; i <= SIGN_IN_LIMITS.perIp; i++) last = await c.post('/sign-in', { email: `osoite${i}@example.org`, _csrf: csrf2 });
  assert.equal(last!.statusCode, 429);
});

test('the outbox is for platform administrators only, and shows the HTML part as text', async () => {
  const anonymous = new Browser('198.51.100.80');
  const res = await anonymous.get('/admin/outbox');
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, '/sign-in');

  const maintainer = new Browser('198.51.100.81');
  await signIn(maintainer, 'yllapitaja@example.org');
  assert.equal((await maintainer.get('/admin/outbox')).statusCode, 403);

  const admin = new Browser('198.51.100.82');
  await signIn(admin, 'paakayttaja@example.org');
  const list = await admin.get('/admin/outbox');
  assert.equal(list.statusCode, 200);
  const id = /href="\/admin\/outbox\/([0-9a-f-]{36})"/.exec(list.body)![1]!;
  const one = await admin.get(`/admin/outbox/${id}`);
  assert.equal(one.statusCode, 200);
  assert.match(one.body, /&lt;html lang=/);
  assert.doesNotMatch(one.body.split('<main')[1]!, /<html lang=/);
  assert.equal((await admin.get('/admin/outbox/not-an-id')).statusCode, 404);
});

test('the clean-up job removes ended sessions', async () => {
  const { pruneSessionsHandler } = await import('./prune-sessions.job.js');
  const { enqueue } = await import('../jobs/enqueue.js');
  const b = new Browser('198.51.100.90');
  await signIn(b, 'yllapitaja@example.org');
  const id = hashSecret(b.cookies.get('tarjotin_session')!);
  await setSessionLastSeen(service.database.db, { id, lastSeenAt: new Date(Date.now() - 2 * 3600_000) });
  await enqueue(service.database.db, pruneSessionsHandler.type, {});
  await createWorker({ db: service.database.db, handlers: [pruneSessionsHandler] }).runDue();
  const left = await service.database.db.selectFrom('session').select('id').where('id', '=', id).execute();
  assert.equal(left.length, 0);
});
