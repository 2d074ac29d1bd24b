import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import type { Database } from '../../src/platform/db/database.js';

/**
 * Test helper (not loaded by the app): a cookie-keeping client for app.inject(), with form posts that may repeat a
 * name (checkbox groups), and the newest link token e-mailed to an address (read from the send-mail job).
 */
export class TestBrowser {
  cookies = new Map<string, string>();
  constructor(
    private app: FastifyInstance,
    public ip = '198.51.100.7',
  ) {}

  private header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of res.cookies as { name: string; value: string; expires?: Date }[]) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    return this.keep(await this.app.inject({ method: 'GET', url, headers: { cookie: this.header() }, remoteAddress: this.ip }));
  }

  /** Posts a form; `csrfFrom` is a page whose first _csrf field is sent along (omit it to test a missing token). */
  async post(url: string, fields: [string, string][] | Record<string, string>, csrfFrom?: string): Promise<LightMyRequestResponse> {
    const params = new URLSearchParams(Array.isArray(fields) ? fields : Object.entries(fields));
    if (csrfFrom !== undefined) params.append('_csrf', TestBrowser.csrf(csrfFrom));
    return this.keep(
      await this.app.inject({
        method: 'POST',
        url,
        headers: { cookie: this.header(), 'content-type': 'application/x-www-form-urlencoded' },
        payload: params.toString(),
        remoteAddress: this.ip,
      }),
    );
  }

  /** GETs a page and posts its form in one go (the common case). */
  async submit(pageUrl: string, postUrl: string, fields: [string, string][] | Record<string, string>): Promise<LightMyRequestResponse> {
    const page = await this.get(pageUrl);
    assert.equal(page.statusCode, 200, `GET ${pageUrl}`);
    return this.post(postUrl, fields, page.body);
  }

  static csrf(html: string): string {
    const m = /name="_csrf" value="([^"]+)"/.exec(html);
    assert.ok(m, 'page has a CSRF field');
    return m[1]!;
  }
}

/** The token of the newest mail of a template to an address (from the send-mail job's payload). */
export async function newestToken(db: Database, template: string, to: string): Promise<string> {
  const row = await db
    .selectFrom('job')
    .select(sql<string>`payload->'params'->>'token'`.as('token'))
    .where('name', '=', 'send-mail')
    .where(sql<string>`payload->>'template'`, '=', template)
    .where(sql<string>`payload->>'to'`, '=', to)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  assert.ok(row?.token, `a ${template} mail to ${to}`);
  return row.token;
}
