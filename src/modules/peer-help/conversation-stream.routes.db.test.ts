import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestService } from '../../../tests/support/test-app.js';
import type { Service } from '../../boot.js';
import { ensureUser, insertSession } from '../../platform/auth/auth.repo.js';
import { hashSecret, newSecret } from '../../platform/auth/auth-tokens.js';
import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { STREAM_TIMING, type LiveMessage } from './conversation-stream.routes.js';
import { insertApplication, insertMessage, insertRequestDraft, moveRequest, selectApplication, updateRequestWhereWhen, upsertProfile } from './peer-help.repo.js';
import { newRequestReference } from './request-reference.js';

/**
 * The live conversation (Server-Sent Events) over a real socket: only the requester side and the selected helpers
 * get the stream (404 for an applicant not selected and for others, sign-in for the anonymous); a message written
 * after connecting arrives as an event, hostile text as plain text parts and only http(s)/mailto links; resuming by
 * Last-Event-ID; an unknown id replays nothing; the stream ends after its lifetime. PGlite and PostgreSQL.
 */

let service: Service;
let db: Database;
let base: string;
let requestId: string;
const cookie: Record<'requester' | 'helper' | 'applicant' | 'outsider', string> = { requester: '', helper: '', applicant: '', outsider: '' };
const ids: Record<keyof typeof cookie, string> = { requester: newId(), helper: newId(), applicant: newId(), outsider: newId() };
const saved = { ...STREAM_TIMING };

async function person(key: keyof typeof cookie, name: string) {
  await ensureUser(db, { id: ids[key], email: `${key}.live@example.org`, lang: 'fi' });
  await upsertProfile(db, { id: newId(), userId: ids[key], displayName: name, municipalityCode: '297', postalCode: null, distanceKm: 50, categories: ['bookkeeping'], skills: '', languages: ['fi'], education: '', experience: '', description: '', videoUrl: null, linkedinUrl: null, showCv: false, currentOrganisation: '', notify: 'none' });
  const secret = newSecret();
  await insertSession(db, { id: hashSecret(secret), userId: ids[key], hours: 1 });
  cookie[key] = `tarjotin_session=${secret}`;
}

interface Stream {
  status: number;
  headers: IncomingHttpHeaders;
  raw: () => string;
  /** Parsed events (id and data) received so far. */
  events: { id?: string; data: string }[];
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  ended: Promise<void>;
  close(): void;
}

/** Opens the stream as EventSource does (Accept: text/event-stream) and collects its events. */
function openStream(path: string, as: string, headers: Record<string, string> = {}): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { headers: { accept: 'text/event-stream', cookie: as, ...headers } }, (res) => {
      let text = '';
      const events: Stream['events'] = [];
      const waiters: (() => void)[] = [];
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        const blocks = text.split('\n\n');
        events.length = 0;
        for (const block of blocks.slice(0, -1)) {
          const lines = block.split('\n');
          const data = lines.filter((l) => l.startsWith('data: ')).map((l) => l.slice(6));
          if (data.length === 0) continue;
          events.push({ id: lines.find((l) => l.startsWith('id: '))?.slice(4), data: data.join('\n') });
        }
        for (const w of waiters.splice(0)) w();
      });
      const ended = new Promise<void>((done) => res.on('close', () => done()));
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        raw: () => text,
        events,
        async waitFor(count, timeoutMs = 8_000) {
          const deadline = Date.now() + timeoutMs;
          while (events.length < count) {
            const left = deadline - Date.now();
            if (left <= 0) assert.fail(`expected ${count} event(s), got ${events.length}: ${text}`);
            await new Promise<void>((r) => {
              waiters.push(r);
              setTimeout(r, left).unref();
            });
          }
        },
        ended,
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
    req.end();
  });
}

before(async () => {
  STREAM_TIMING.pollMs = 100;
  service = await createTestService();
  db = service.database.db;
  await service.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(service.app.server.address() as AddressInfo).port}`;
  await person('requester', 'Reetta Tilaaja');
  await person('helper', 'Valittu Auttaja');
  await person('applicant', 'Hakija Valitsematon');
  await person('outsider', 'Ulkopuolinen');
  requestId = newId();
  await insertRequestDraft(db, { id: requestId, reference: newRequestReference(), requesterId: ids.requester, organizationId: null, organisationName: 'Elävän keskustelun yhdistys ry', businessId: null, category: 'bookkeeping', summary: 'Kassan täsmäytys', details: '', accountingRef: '' });
  await updateRequestWhereWhen(db, requestId, { remote: true, municipalityCode: null, address: '', wishedTime: 'pian', hours: 1, groupId: null });
  await moveRequest(db, requestId, ['draft'], 'open');
  const chosen = newId();
  await insertApplication(db, { id: chosen, requestId, helperId: ids.helper, message: 'Autan.' });
  await insertApplication(db, { id: newId(), requestId, helperId: ids.applicant, message: 'Minäkin.' });
  assert.ok(await selectApplication(db, requestId, chosen));
});
after(async () => {
  Object.assign(STREAM_TIMING, saved);
  await service?.close();
});

const streamPath = () => `/peer-help/requests/${requestId}/messages/stream`;

test('only the requester side and the selected helpers get the stream: an applicant not selected and others 404, the anonymous sign in', async () => {
  for (const who of ['applicant', 'outsider'] as const) {
    const s = await openStream(streamPath(), cookie[who]);
    assert.equal(s.status, 404, who);
    assert.doesNotMatch(String(s.headers['content-type']), /event-stream/);
    s.close();
  }
  const anonymous = await openStream(streamPath(), '');
  assert.equal(anonymous.status, 303);
  assert.match(String(anonymous.headers.location), /^\/sign-in/);
  anonymous.close();
  for (const path of [`/peer-help/requests/${newId()}/messages/stream`, '/peer-help/requests/not-an-id/messages/stream']) {
    const s = await openStream(path, cookie.requester);
    assert.equal(s.status, 404, path);
    s.close();
  }
  // A plain GET (no EventSource) is sent to the conversation on the page.
  const plain = await fetch(`${base}${streamPath()}`, { headers: { cookie: cookie.helper }, redirect: 'manual' });
  assert.equal(plain.status, 303);
  assert.equal(plain.headers.get('location'), `/peer-help/requests/${requestId}#conversation-title`);
});

test('a message written after connecting arrives as an event; hostile text stays text, only http(s) and mailto become links', async () => {
  const firstId = newId();
  await insertMessage(db, { id: firstId, requestId, authorId: ids.requester, body: 'Tervetuloa mukaan.' });
  const s = await openStream(`${streamPath()}?after=${firstId}`, cookie.requester);
  assert.equal(s.status, 200);
  assert.match(String(s.headers['content-type']), /^text\/event-stream/);
  assert.match(String(s.headers['content-security-policy']), /script-src 'self'/, 'the security headers are kept');
  // The helper writes while the requester is connected.
  const hostile = 'Katso <img src=x onerror=alert(1)> ja <script>alert("x")</script> https://example.org/a?b=1&c=2 javascript:alert(1) mailto:apu@example.org';
  const helperPage = await fetch(`${base}/peer-help/requests/${requestId}`, { headers: { cookie: cookie.helper } });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await helperPage.text())![1]!;
  const posted = await fetch(`${base}/peer-help/requests/${requestId}/messages`, {
    method: 'POST',
    headers: { cookie: `${cookie.helper}; ${helperPage.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, body: hostile }).toString(),
    redirect: 'manual',
  });
  assert.equal(posted.status, 303);
  await s.waitFor(1);
  assert.equal(s.events.length, 1, 'the message the reader had is not sent again');
  const event = JSON.parse(s.events[0]!.data) as LiveMessage;
  const stored = await db.selectFrom('peer_help_message').select('id').where('request_id', '=', requestId).where('author_id', '=', ids.helper).executeTakeFirstOrThrow();
  assert.equal(s.events[0]!.id, stored.id, 'the event id is the message id (Last-Event-ID on reconnecting)');
  assert.equal(event.id, stored.id);
  assert.match(event.meta, /^Valittu Auttaja, /);
  assert.equal(event.announce, 'Uusi viesti: Valittu Auttaja');
  assert.equal(event.parts.map((p) => p.text).join(''), hostile, 'every character kept as text');
  assert.deepEqual(
    event.parts.filter((p) => p.href !== undefined).map((p) => p.href),
    ['https://example.org/a?b=1&c=2', 'mailto:apu@example.org'],
  );
  assert.match(s.raw(), /^retry: \d+\n\n/);
  for (const line of s.raw().split('\n')) assert.match(line, /^(|retry: \d+|id: [0-9a-f-]{36}|data: \{.*\}|: keep-alive)$/, 'nothing in the text breaks the event framing');
  s.close();
  await s.ended;

  // Resuming: the browser sends the last event's id; the message after the first one comes at once.
  const resumed = await openStream(streamPath(), cookie.helper, { 'last-event-id': firstId });
  await resumed.waitFor(1);
  assert.equal(resumed.events[0]!.id, stored.id);
  resumed.close();
  // An id that is not a message of this request replays nothing.
  const unknown = await openStream(`${streamPath()}?after=${newId()}`, cookie.helper);
  await new Promise((r) => setTimeout(r, STREAM_TIMING.pollMs * 3));
  assert.equal(unknown.events.length, 0);
  unknown.close();
});

test('the reader’s messages arrive in order across polls, each once, and the stream ends after its lifetime', async () => {
  STREAM_TIMING.lifetimeMs = 1_500;
  try {
    const latest = await db.selectFrom('peer_help_message').select('id').where('request_id', '=', requestId).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    const s = await openStream(`${streamPath()}?after=${latest.id}`, cookie.helper);
    for (const n of [1, 2, 3]) await insertMessage(db, { id: newId(), requestId, authorId: ids.requester, body: `Viesti ${n}` });
    await s.waitFor(3);
    assert.deepEqual(
      s.events.map((e) => (JSON.parse(e.data) as LiveMessage).parts[0]!.text),
      ['Viesti 1', 'Viesti 2', 'Viesti 3'],
    );
    assert.match((JSON.parse(s.events[0]!.data) as LiveMessage).meta, /^Elävän keskustelun yhdistys ry, /, 'the requester by their organisation');
    await s.ended; // closed by the server after its lifetime; EventSource reconnects
    assert.equal(s.events.length, 3, 'each once');
  } finally {
    STREAM_TIMING.lifetimeMs = saved.lifetimeMs;
  }
});
