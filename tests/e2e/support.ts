/**
 * Fixtures for the browser tests: the real service on an ephemeral port with the demo data, Debian's Chromium driven
 * by playwright-core (never a downloaded browser), axe-core scans and a transferred-bytes counter.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { createServer, type AddressInfo } from 'node:net';
import type { AxeResults, RunOptions } from 'axe-core';
import type { ParsedMail } from 'mailparser';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import type { Service } from '../../src/boot.js';
import { backgroundJobs } from '../../src/jobs.js';
import { mailTemplates } from '../../src/mail-templates.js';
import { isSecureBase, sessionCookieName } from '../../src/platform/auth/auth.plugin.js';
import { insertSession } from '../../src/platform/auth/auth.repo.js';
import { hashSecret, newSecret } from '../../src/platform/auth/auth-tokens.js';
import type { Database } from '../../src/platform/db/database.js';
import { startBackgroundWork } from '../../src/platform/jobs/start-background-work.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../src/platform/mail/test-smtp-server.js';
import { linesWithPersonalData } from '../support/personal-data.js';
import { createTestService } from '../support/test-app.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** The WCAG 2.1 A and AA rule sets of axe-core. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/**
 * The source of axe-core as @axe-core/playwright bundles it (its own dependency, 4.13 now), so that the scans apply
 * the rules they applied when they ran through that library's builder. (The top-level axe-core, 4.14, reported
 * label-content-name-mismatch on the centres' desk, since fixed; moving the scans to 4.14 waits for a full browser run
 * with it: see docs/benchmarks.md, "Test suite time".)
 */
const AXE_SOURCE: string = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))('axe-core').source;
type WithAxe = { axe?: { run(context: Document, options: RunOptions): Promise<AxeResults> } };

/** First load of a page, everything transferred (document, styles, scripts, images, headers): at most 100 KB. */
export const FIRST_LOAD_LIMIT = 100 * 1024;

export interface E2E {
  /** Everything the app logged during the run (JSON lines). */
  logLines: string[];
  service: Service;
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  browser: Browser;
  /** A fresh context (no cache, no cookies) and page; closed by close(). */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** A fresh context and page signed in as a user (a user id or an existing user's e-mail address): see signIn(). */
  signedInAs(user: string, options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

interface E2EOptions {
  /** a clock the journey can set (AppDeps.now) */
  now?: () => Date;
  /** Start from the demo data (default) or from the reference data only. */
  demo?: boolean;
}

/** Starts the whole service (by default with the demo data) on 127.0.0.1:<ephemeral> and launches Chromium. */
export function startE2E(options: E2EOptions = {}): Promise<E2E> {
  return start(options);
}

async function start(options: E2EOptions & { port?: number; env?: Record<string, string>; beforeServiceCloses?: () => Promise<void> }): Promise<E2E> {
  // The app logs at info (a line per request, the jobs' lines) into memory; close() fails the run if any line holds
  // an e-mail address or a phone number, whatever the journey typed.
  const logLines: string[] = [];
  const service = await createTestService({ demo: options.demo ?? true, logLevel: 'info', logStream: { write: (line) => void logLines.push(line) }, now: options.now, env: options.env });
  let browser: Browser;
  try {
    await service.app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  } catch (err) {
    await service.close();
    throw err;
  }
  const { port } = service.app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const contexts: BrowserContext[] = [];
  const newPage = async (contextOptions: BrowserContextOptions = {}) => {
    const context = await browser.newContext({ baseURL: baseUrl, locale: 'fi-FI', ...contextOptions });
    contexts.push(context);
    return context.newPage();
  };
  return {
    service,
    baseUrl,
    browser,
    newPage,
    async signedInAs(user, contextOptions = {}) {
      const page = await newPage(contextOptions);
      await signIn(page.context(), { db: service.database.db, baseUrl }, user);
      return page;
    },
    logLines,
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close().catch(() => {});
      await options.beforeServiceCloses?.();
      await service.close();
      const leaks = linesWithPersonalData(logLines);
      if (leaks.length > 0) throw new Error(`${leaks.length} of ${logLines.length} log lines hold personal data, e.g. ${leaks[0]!.slice(0, 400)}`);
      if (logLines.length === 0) throw new Error('the app wrote no log lines: the personal-data check read nothing');
    },
  };
}

/** The browser fixture for journeys that send e-mail: the mail is read back from a real SMTP server. */
export interface MailE2E extends E2E {
  smtp: TestSmtpServer;
  /** Waits (up to 20 s) for the first mail to `to` whose subject matches, among those not yet taken by this. */
  mailTo(to: string, subject: RegExp): Promise<ParsedMail>;
  /** The path of the first link into the service in a mail's text part that matches; the HTML part must carry it too. */
  linkIn(mail: ParsedMail, pattern: RegExp): string;
}

/**
 * startE2E() plus e-mail: an SMTP server started here that the service sends through (SMTP_URL, BASE_URL its real
 * address so that mailed links open), and the job worker inside the process as the app runs it (src/main.ts: its
 * log into the app's log), polling every 100 ms. `moduleJobs` adds the modules' jobs and schedules (src/jobs.ts).
 */
export async function startMailE2E(options: E2EOptions & { moduleJobs?: boolean } = {}): Promise<MailE2E> {
  const smtp = await startTestSmtpServer();
  let background: { stop(): Promise<void> } | undefined;
  let e2e: E2E;
  try {
    const port = await freePort();
    e2e = await start({
      ...options,
      port,
      env: { BASE_URL: `http://127.0.0.1:${port}`, SMTP_URL: smtp.url },
      beforeServiceCloses: async () => {
        await background?.stop();
      },
    });
  } catch (err) {
    await smtp.stop();
    throw err;
  }
  const { app } = e2e.service;
  const { config, db, cipher } = app.deps;
  background = startBackgroundWork({ config, db, cipher, log: app.log, pollMs: 100, templates: mailTemplates, extra: options.moduleJobs ? backgroundJobs(config, cipher) : undefined });
  const taken = new Set<ParsedMail>();
  const to = (m: ParsedMail) => (m.to && !Array.isArray(m.to) ? m.to.text : '');
  return {
    ...e2e,
    smtp,
    async mailTo(address, subject) {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const found = smtp.messages.find((m) => !taken.has(m) && to(m) === address && subject.test(m.subject ?? ''));
        if (found) {
          taken.add(found);
          return found;
        }
        const left = deadline - Date.now();
        if (left <= 0) assert.fail(`no mail to ${address} matching ${subject}; got: ${smtp.messages.map((m) => `${m.subject}`).join(' | ')}`);
        await smtp.waitFor(smtp.messages.length + 1, left).catch(() => {});
      }
    },
    linkIn(mail, pattern) {
      const links = [...(mail.text ?? '').matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
      const link = links.find((l) => l.startsWith(`${e2e.baseUrl}/`) && pattern.test(new URL(l).pathname));
      assert.ok(link, `mail "${mail.subject}" has a link matching ${pattern}: ${links.join(' ')}`);
      assert.ok((mail.html || '').includes(link), 'the HTML part carries the same link');
      return new URL(link).pathname;
    },
    async close() {
      try {
        await e2e.close();
      } finally {
        await smtp.stop();
      }
    },
  };
}

/** A port free on 127.0.0.1 now (BASE_URL must name the port before the service starts). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Signs a browser context in as a user without the sign-in flow: a session written straight to the database, its
 * cookie set in the context. Signing in by a mailed link is what tests/e2e/sign-in.e2e.ts and the join journey check;
 * every other journey starts signed in. `user` is a user id or the e-mail address of an existing user.
 */
export async function signIn(context: BrowserContext, app: { db: Database; baseUrl: string }, user: string): Promise<void> {
  const userId = user.includes('@')
    ? (await app.db.selectFrom('app_user').select('id').where('email', '=', user).executeTakeFirstOrThrow()).id
    : user;
  const secret = newSecret();
  await insertSession(app.db, { id: hashSecret(secret), userId, hours: 1 });
  await context.addCookies([{ name: sessionCookieName(isSecureBase(app.baseUrl)), value: secret, url: app.baseUrl }]);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * Runs axe-core (WCAG 2.1 A + AA) on the page and fails listing each violation's id, help and target selectors.
 *
 * axe runs in the page in one pass, as @axe-core/playwright's legacy mode does (its default mode also opens a blank
 * page to merge per-frame results, several times slower). The library's builder is not used: it evaluated axe's
 * 0.5 MB source twice on every scan, which was about a third of a scan's time; here the source goes into each
 * frame of a document once, and a second scan of the same document reuses it.
 */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
  for (const frame of page.frames()) {
    const inject = async () => {
      if (await frame.evaluate(() => typeof (window as WithAxe).axe === 'object')) return;
      await frame.evaluate(AXE_SOURCE);
    };
    // As with the builder, a frame that cannot take it is left out; the page itself must.
    if (frame === page.mainFrame()) await inject();
    else await inject().catch(() => {});
  }
  const results = await page.evaluate(
    (tags) => (window as WithAxe).axe!.run(document, { runOnly: { type: 'tag', values: tags } }),
    AXE_TAGS,
  );
  if (results.violations.length === 0) return;
  const lines = results.violations.map((v) => {
    const targets = v.nodes.map((n) => `      ${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ').trim()})` : ''}`);
    return `  ${v.id} [${v.impact ?? 'n/a'}]: ${v.help}\n${targets.join('\n')}`;
  });
  assert.fail(`axe found ${results.violations.length} violation(s) on ${label}:\n${lines.join('\n')}`);
}

/**
 * axe for a page opened with `javaScriptEnabled: false`: axe cannot run there (its timers never fire, so the scan
 * never ends). The page's DOM as served (no script has run) is scanned instead in a fresh JavaScript-enabled page at
 * the same URL, with the same styles, its <script> elements removed so that nothing enhances it.
 */
export async function expectNoAxeViolationsWithoutJs(page: Page, label = page.url()): Promise<void> {
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  const url = page.url().split('#')[0]!;
  const scanner = await page.context().browser()!.newPage({ baseURL: url });
  try {
    await scanner.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await scanner.goto(url);
    await expectNoAxeViolations(scanner, `${label} (scanned without its scripts)`);
  } finally {
    await scanner.close();
  }
}

/**
 * Counts the bytes a page transfers over the network (encoded body plus headers, from the DevTools Network
 * events), from now until stop() is called. Use on a fresh context so nothing comes from the cache.
 */
export async function countTransferredBytes(page: Page): Promise<{ stop(): Promise<{ total: number; requests: { url: string; bytes: number }[] }> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  const requests: { url: string; bytes: number }[] = [];
  let total = 0;
  cdp.on('Network.requestWillBeSent', (e) => urls.set(e.requestId, e.request.url));
  cdp.on('Network.loadingFinished', (e) => {
    total += e.encodedDataLength;
    requests.push({ url: urls.get(e.requestId) ?? e.requestId, bytes: e.encodedDataLength });
  });
  return {
    async stop() {
      await cdp.detach().catch(() => {});
      return { total, requests };
    },
  };
}

/** Opens url in a fresh context and returns the page plus what its first load transferred. */
export async function firstLoad(e2e: E2E, url: string, options: BrowserContextOptions = {}) {
  const page = await e2e.newPage(options);
  const counter = await countTransferredBytes(page);
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const transferred = await counter.stop();
  return { page, status: response?.status() ?? 0, transferred };
}

export function expectFirstLoadWithinLimit(transferred: { total: number; requests: { url: string; bytes: number }[] }, label: string) {
  assert.ok(
    transferred.total <= FIRST_LOAD_LIMIT,
    `${label}: first load transferred ${transferred.total} bytes (limit ${FIRST_LOAD_LIMIT}):\n` +
      transferred.requests.map((r) => `  ${r.bytes}\t${r.url}`).join('\n'),
  );
}

/** Exactly one h1, a non-empty html[lang], and headings that never skip a level on the way down. */
export async function expectPageStructure(page: Page, label = page.url(), lang?: string): Promise<void> {
  const { h1s, htmlLang, levels } = await page.evaluate(() => ({
    h1s: document.querySelectorAll('h1').length,
    htmlLang: document.documentElement.getAttribute('lang'),
    levels: Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => Number(h.tagName.slice(1))),
  }));
  assert.equal(h1s, 1, `${label}: expected exactly one h1, found ${h1s}`);
  assert.ok(htmlLang && htmlLang.length >= 2, `${label}: html[lang] missing`);
  if (lang) assert.equal(htmlLang, lang, `${label}: html[lang]`);
  assert.equal(levels[0], 1, `${label}: the first heading should be the h1`);
  for (let i = 1; i < levels.length; i++) {
    assert.ok(levels[i]! <= levels[i - 1]! + 1, `${label}: h${levels[i]} follows h${levels[i - 1]} (skipped a level)`);
  }
}

/** True when the page does not scroll sideways (content fits the viewport width). */
export async function hasNoHorizontalScroll(page: Page): Promise<{ ok: boolean; scrollWidth: number; clientWidth: number; widest: string }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    let widest = '';
    let max = 0;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.right > max) {
        max = r.right;
        widest = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
      }
    }
    return { ok: root.scrollWidth <= root.clientWidth, scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest };
  });
}

/** Presses Tab until check(arg) (run in the page) is true for the focused element, at most `max` times. */
export async function tabUntil(page: Page, description: string, check: (arg: string) => boolean, arg: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(check, arg)) return;
  }
  assert.fail(`Tab did not reach ${description} within ${max} presses on ${page.url()} (focus is on ${await focusedDescription(page)})`);
}

/** Description of the focused element, for failure messages. */
export function focusedDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return 'nothing';
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 60)}"`;
  });
}
