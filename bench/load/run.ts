/**
 * Load benchmark (issue 11, B1): the real service under a realistic mix of requests at rising concurrency.
 *
 *   npm run bench:load                                   (100 000 activities, PGlite in a fresh temporary DATA_DIR)
 *   LOAD_ACTIVITIES=10000 npm run bench:load             (a quicker run)
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:load
 *        (PostgreSQL: a fresh database `bench_load` next to the one the URL names, dropped at the end)
 *
 * Settings (environment): LOAD_ACTIVITIES (default 100000), LOAD_CONNECTIONS (default 1,2,4,8,16,32), LOAD_DURATION
 * seconds per level (default 15), LOAD_WARMUP seconds before each level (default 3), LOAD_TIMEOUT seconds for one
 * request (default 30; a slower one counts as an error), LOAD_MARKDOWN=FILE (write the tables there), LOAD_KEEP=1
 * (keep the data directory / database), LOAD_DATA_DIR=DIR (PGlite data there, kept), LOAD_REUSE=1 (use the already
 * loaded directory or database as it is).
 *
 * Steps: the search benchmark's national data set (bench/search/generate.ts, seeded) written with the demo data's
 * multi-row inserts and indexed with rebuildSearchIndex, exactly as `npm run bench:search` does; real ids of public
 * organisations and activities read back for the mix (mix.ts: weights and why); the real service
 * (bench/search/server.ts: createService from src/boot.ts) in a child process; for each level of concurrency a
 * warm-up, then autocannon for the duration, the connections taking turns through the same 1 000-request mix (carrying
 * on where the previous level stopped). Between levels the service is drained (abandoned requests still run, PGlite
 * one at a time) until a card answers quickly.
 * Reported per level: throughput (2xx per second), p50 / p95 / p99 / max over every response, errors (connection
 * errors, timeouts, non-2xx), requests still in flight when the level ended, the p95 of each kind of request, the
 * machine's load average before and after, and the server's peak RSS; then the highest level with p95 < 200 ms and
 * no error, for the whole mix and for the mix without the requests that run the full-text search.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { insertOrganizationGraphs } from '../../src/modules/demo/demo.repo.js';
import { loadReferenceData } from '../../src/modules/reference/load-reference-data.js';
import { loadSynonyms } from '../../src/modules/search/load-synonyms.js';
import { rebuildSearchIndex } from '../../src/modules/search/rebuild-search-index.js';
import { formatDataKeys, newDataKey } from '../../src/platform/crypto/field-cipher.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../../src/platform/db/database.js';
import { generateNationalData, type GenerateSummary } from '../search/generate.js';
import type { ChildMessage } from '../search/usage.js';
import { buildMix, KIND_LABELS, runsSearch, WEIGHTS, type LoadKind, type LoadRequest } from './mix.js';

const here = dirname(fileURLToPath(import.meta.url));
const DB_NAME = 'bench_load';
const P95_GOAL_MS = 200;

if (process.argv.includes('--help')) {
  console.log('usage: [LOAD_ACTIVITIES=N] [LOAD_CONNECTIONS=1,2,4,8,16,32] [LOAD_DURATION=15] [LOAD_WARMUP=3] [LOAD_TIMEOUT=30] [LOAD_MARKDOWN=FILE] [LOAD_KEEP=1] [LOAD_DATA_DIR=DIR] [LOAD_REUSE=1] [DATABASE_URL=postgres://…] npm run bench:load');
  process.exit(0);
}
const env = process.env;
const activities = Number(env.LOAD_ACTIVITIES ?? 100_000);
const connectionsList = (env.LOAD_CONNECTIONS ?? '1,2,4,8,16,32').split(',').map(Number);
const duration = Number(env.LOAD_DURATION ?? 15);
const warmup = Number(env.LOAD_WARMUP ?? 3);
const timeoutSeconds = Number(env.LOAD_TIMEOUT ?? 30);
const reuse = env.LOAD_REUSE === '1';
const dataDirSetting = env.LOAD_DATA_DIR;
const keep = env.LOAD_KEEP === '1' || dataDirSetting !== undefined;
if (!Number.isInteger(activities) || activities < 1) throw new Error('LOAD_ACTIVITIES must be a positive integer');
if (connectionsList.some((c) => !Number.isInteger(c) || c < 1)) throw new Error('LOAD_CONNECTIONS must be positive integers');
if (!(duration > 0) || !(warmup >= 0) || !(timeoutSeconds > 0)) throw new Error('LOAD_DURATION, LOAD_WARMUP and LOAD_TIMEOUT must be positive');

const log = (msg: string) => console.log(`[bench:load ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const load = () => loadavg().map((x) => x.toFixed(2)).join(' / ');

// ---------------------------------------------------------------- database (as bench/search/run.ts)

interface BenchDatabase {
  kind: 'pglite' | 'postgres';
  label: string;
  env: Record<string, string>;
  open(): Promise<DatabaseHandle>;
  cleanup(): Promise<void>;
}

async function benchDatabase(): Promise<BenchDatabase> {
  const url = env.DATABASE_URL;
  if (!url) {
    const dir = dataDirSetting ? resolve(dataDirSetting) : mkdtempSync(join(tmpdir(), 'tarjotin-bench-load-'));
    return {
      kind: 'pglite',
      label: `PGlite (DATA_DIR ${dir})`,
      env: { DATA_DIR: dir },
      open: () => openDatabase({ dataDir: dir }),
      cleanup: async () => {
        if (!keep) rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  if (!reuse) {
    await admin(`drop database if exists ${DB_NAME} with (force)`);
    await admin(`create database ${DB_NAME}`);
  } else {
    await admin(`create database ${DB_NAME}`).catch(() => undefined);
  }
  const target = new URL(url);
  target.pathname = `/${DB_NAME}`;
  return {
    kind: 'postgres',
    label: `PostgreSQL (database ${DB_NAME})`,
    // The data directory is only where a key file would go; the keys come from DATA_KEYS.
    env: { DATABASE_URL: target.toString(), DATA_DIR: mkdtempSync(join(tmpdir(), 'tarjotin-bench-load-keys-')) },
    open: () => openDatabase({ databaseUrl: target.toString(), dataDir: 'memory://' }),
    cleanup: async () => {
      if (!keep) await admin(`drop database if exists ${DB_NAME} with (force)`);
    },
  };
}

interface Prepared {
  summary?: GenerateSummary;
  loadSeconds: number;
  indexSeconds: number;
  serverVersion: string;
  counts: { organizations: number; activities: number; published: number };
  ids: { organizations: string[]; activities: string[] };
}

async function countRows(handle: DatabaseHandle) {
  const { rows } = await sql<{ organizations: number; activities: number; published: number }>`
    select (select count(*) from organization)::int as organizations, (select count(*) from activity)::int as activities,
      (select count(*) from search_document)::int as published`.execute(handle.db);
  return rows[0]!;
}

/** Public organisations and activities, spread over the whole directory (every nth by id), for the mix. */
async function publicIds(handle: DatabaseHandle, sample = 500): Promise<Prepared['ids']> {
  const organizations = await sql<{ id: string }>`
    select id from (
      select id, row_number() over (order by id) as n, count(*) over () as total
      from organization where status = 'published' and stale_hidden_at is null) x
    where n % greatest(1, total / ${sample}) = 0 order by id limit ${sample}`.execute(handle.db);
  const activityRows = await sql<{ id: string }>`
    select id from (
      select a.id, row_number() over (order by a.id) as n, count(*) over () as total
      from activity a join organization o on o.id = a.organization_id
      where a.status = 'published' and o.status = 'published' and o.stale_hidden_at is null) x
    where n % greatest(1, total / ${sample}) = 0 order by id limit ${sample}`.execute(handle.db);
  return { organizations: organizations.rows.map((r) => r.id), activities: activityRows.rows.map((r) => r.id) };
}

async function prepare(database: BenchDatabase): Promise<Prepared> {
  const handle = await database.open();
  try {
    await migrateToLatest(handle.db);
    await loadReferenceData({ db: handle.db });
    await loadSynonyms({ db: handle.db });
    const version = (await sql<{ v: string }>`select current_setting('server_version') as v`.execute(handle.db)).rows[0]?.v ?? '';
    const before = await countRows(handle);
    if (reuse && before.activities >= activities && before.published > 0) {
      log(`reusing the loaded data: ${before.organizations} organisations, ${before.activities} activities, ${before.published} indexed`);
      return { loadSeconds: 0, indexSeconds: 0, serverVersion: version, counts: before, ids: await publicIds(handle) };
    }
    if (before.activities > 0) throw new Error('the benchmark database is not empty; remove the data directory, drop the database or set LOAD_REUSE=1');

    log(`generating and loading ${activities} activities…`);
    let t = performance.now();
    const summary = await generateNationalData({ activities }, async (graphs) => {
      await handle.db.transaction().execute((trx) => insertOrganizationGraphs(trx, graphs));
    });
    const loadSeconds = (performance.now() - t) / 1000;
    log(`loaded ${summary.organizations} organisations, ${summary.activities} activities in ${loadSeconds.toFixed(1)} s`);
    // As bench:search: PostgreSQL's autovacuum would analyse the fresh tables within a minute; PGlite has none.
    if (database.kind === 'postgres') await sql`analyze`.execute(handle.db);
    log('building the search index (rebuildSearchIndex)…');
    t = performance.now();
    const indexed = await rebuildSearchIndex({ db: handle.db });
    const indexSeconds = (performance.now() - t) / 1000;
    log(`indexed ${indexed} activities in ${indexSeconds.toFixed(1)} s`);
    return { summary, loadSeconds, indexSeconds, serverVersion: version, counts: await countRows(handle), ids: await publicIds(handle) };
  } finally {
    await handle.close();
  }
}

// ---------------------------------------------------------------- the service in a child process

interface Child {
  process: ChildProcess;
  port: number;
  usage(): Promise<{ maxRssBytes: number; rssBytes: number }>;
  stop(): Promise<void>;
}

function startServer(childEnv: Record<string, string>): Promise<Child> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(join(here, '../search/server.ts'), [], {
      env: { ...process.env, ...childEnv },
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const onExit = (code: number | null) => reject(new Error(`the service exited with ${code} before it was ready`));
    child.once('exit', onExit);
    child.once('message', (m: ChildMessage) => {
      if (m.type !== 'ready') return reject(new Error(`unexpected message ${m.type}`));
      child.off('exit', onExit);
      resolvePromise({
        process: child,
        port: m.port,
        usage: () =>
          new Promise((res) => {
            child.once('message', (u: ChildMessage) => {
              if (u.type === 'usage') res({ maxRssBytes: u.maxRssBytes, rssBytes: u.rssBytes });
            });
            child.send({ type: 'usage' });
          }),
        stop: () =>
          new Promise((res) => {
            if (child.exitCode !== null || child.signalCode !== null || !child.connected) return res();
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(timer);
              res();
            });
            child.send({ type: 'stop' });
          }),
      });
    });
  });
}

// ---------------------------------------------------------------- load generation

interface KindStats {
  times: number[];
  failed: number;
}

interface LevelResult {
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  inFlight: number;
  p95WithoutSearch: number;
  byKind: Map<LoadKind, KindStats>;
  loadBefore: string;
  loadAfter: string;
  peakRssBytes: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/**
 * Where the next request is taken from in the mix. It carries on across warm-ups and levels, so a warm-up does not
 * warm exactly the requests its level then measures, and slow levels (a few dozen requests) still reach every part of
 * the mix over the run.
 */
let next = 0;

async function drive(port: number, mix: LoadRequest[], connections: number, seconds: number) {
  // autocannon calls the request's onResponse (with the connection's context) just before it emits 'response'
  // with the latency, synchronously: the first tells which kind of request it was, the second how long it took.
  let answered: { request: LoadRequest; status: number } | null = null;
  const all: number[] = [];
  const withoutSearch: number[] = [];
  const byKind = new Map<LoadKind, KindStats>();
  for (const kind of Object.keys(WEIGHTS) as LoadKind[]) byKind.set(kind, { times: [], failed: 0 });
  // autocannon's request options (bench/search/autocannon.d.ts declares setupRequest, not onResponse).
  const requestOptions: {
    method: string;
    setupRequest: (req: { path?: string; headers?: Record<string, string> }, context: Record<string, unknown>) => typeof req;
    onResponse: (status: number, body: string, context: Record<string, unknown>) => void;
  } = {
    method: 'GET',
    setupRequest: (req, context) => {
      const request = mix[next++ % mix.length]!;
      context.request = request;
      req.path = request.path;
      // A browser's headers: compressed answers, and the tray's cookie where it has one. Set on every request:
      // autocannon reuses the request object.
      req.headers = { 'accept-encoding': 'br, gzip', accept: 'text/html,application/json', ...(request.cookie ? { cookie: request.cookie } : {}) };
      return req;
    },
    onResponse: (status, _body, context) => {
      answered = { request: context.request as LoadRequest, status };
    },
  };
  const instance = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    timeout: timeoutSeconds,
    requests: [requestOptions as never],
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    all.push(responseTime);
    const request = answered?.request;
    answered = null;
    if (!request) return;
    const stats = byKind.get(request.kind)!;
    stats.times.push(responseTime);
    if (status < 200 || status >= 300) stats.failed++;
    if (!runsSearch(request)) withoutSearch.push(responseTime);
  });
  const result = await instance;
  all.sort((a, b) => a - b);
  withoutSearch.sort((a, b) => a - b);
  for (const s of byKind.values()) s.times.sort((a, b) => a - b);
  return {
    connections,
    requests: result.requests.total,
    rps: result['2xx'] / result.duration,
    p50: percentile(all, 50),
    p95: percentile(all, 95),
    p99: percentile(all, 99),
    max: all[all.length - 1] ?? NaN,
    // autocannon's `errors` includes its timeouts: kept apart here so nothing counts twice.
    errors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    inFlight: Math.max(0, result.requests.sent - result.requests.total - result.errors),
    p95WithoutSearch: percentile(withoutSearch, 95),
    byKind,
  };
}

/** Waits until the service answers a card within a second (requests abandoned at the end of a level still run). */
async function drain(port: number, path: string): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < 600; i++) {
    const t = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}${path}`);
    await res.arrayBuffer();
    if (performance.now() - t < 1000) break;
  }
  return (performance.now() - t0) / 1000;
}

// ---------------------------------------------------------------- report

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;
const ms = (v: number) => (Number.isNaN(v) ? '–' : v >= 100 ? v.toFixed(0) : v.toFixed(1));
const errorsOf = (r: LevelResult) => r.errors + r.timeouts + r.non2xx;

function levelTable(results: LevelResult[]): string {
  const lines = [
    '| connections | req/s | p50 ms | p95 ms | p99 ms | max ms | requests | errors (conn. / timeouts / non-2xx) | in flight at end | p95 without search ms | load avg before → after | server peak RSS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.connections} | ${r.rps.toFixed(1)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.requests} | ${errorsOf(r)} (${r.errors} / ${r.timeouts} / ${r.non2xx}) | ${r.inFlight} | ${ms(r.p95WithoutSearch)} | ${r.loadBefore.split(' / ')[0]} → ${r.loadAfter.split(' / ')[0]} | ${mb(r.peakRssBytes)} |`,
    );
  }
  return lines.join('\n');
}

function kindTable(results: LevelResult[]): string {
  const kinds = Object.keys(WEIGHTS) as LoadKind[];
  const lines = [
    `| kind (weight) | ${results.map((r) => `${r.connections} conn. p50 / p95 ms`).join(' | ')} |`,
    `| --- | ${results.map(() => '---').join(' | ')} |`,
  ];
  for (const kind of kinds) {
    const cells = results.map((r) => {
      const s = r.byKind.get(kind)!;
      if (s.times.length === 0) return 'none answered';
      return `${ms(percentile(s.times, 50))} / ${ms(percentile(s.times, 95))} (${s.times.length}${s.failed > 0 ? `, ${s.failed} non-2xx` : ''})`;
    });
    lines.push(`| ${KIND_LABELS[kind]} (${WEIGHTS[kind]}) | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

function highest(results: LevelResult[], p95: (r: LevelResult) => number, errors: (r: LevelResult) => number): string {
  let best: LevelResult | undefined;
  for (const r of results) if (r.requests > 0 && p95(r) < P95_GOAL_MS && errors(r) === 0) best = r;
  return best ? `${best.connections} connections (${best.rps.toFixed(1)} req/s, p95 ${ms(p95(best))} ms)` : 'none of the levels';
}

// ---------------------------------------------------------------- main

const database = await benchDatabase();
let server: Child | undefined;
let exitCode = 0;
const started = { at: new Date().toISOString().slice(0, 16).replace('T', ' '), load: load() };
try {
  log(`database: ${database.label}; load average ${started.load}`);
  const prepared = await prepare(database);
  const mix = buildMix(prepared.ids);
  log(`mix: ${mix.length} requests over ${prepared.ids.organizations.length} organisations and ${prepared.ids.activities.length} activities`);

  log('starting the service…');
  let t = performance.now();
  server = await startServer({ ...database.env, DATA_KEYS: formatDataKeys([newDataKey('load')]) });
  log(`service ready on port ${server.port} in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // Before anything is measured, the first ten distinct requests of each kind answer 200 (real ids, real pages; a
  // tray with entries). The runs count every non-2xx anyway.
  t = performance.now();
  const checked = new Set<string>();
  const perKind = new Map<LoadKind, number>();
  for (const request of mix) {
    const key = `${request.path}|${request.cookie ?? ''}`;
    if (checked.has(key) || (perKind.get(request.kind) ?? 0) >= 10) continue;
    checked.add(key);
    perKind.set(request.kind, (perKind.get(request.kind) ?? 0) + 1);
    const res = await fetch(`http://127.0.0.1:${server.port}${request.path}`, { headers: request.cookie ? { cookie: request.cookie } : {}, redirect: 'manual' });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${request.path} answered ${res.status}`);
    if (request.kind === 'tray' && !/<h2/.test(body)) throw new Error(`${request.path}: the tray page shows no entries`);
  }
  log(`checked ${checked.size} distinct requests (200) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const drainPath = mix.find((r) => r.kind === 'organisation')!.path;

  const results: LevelResult[] = [];
  for (const connections of connectionsList) {
    const drained = await drain(server.port, drainPath);
    if (drained > 2) log(`  (waited ${drained.toFixed(1)} s for the previous level's abandoned requests)`);
    if (warmup > 0) await drive(server.port, mix, connections, warmup);
    await drain(server.port, drainPath);
    const loadBefore = load();
    log(`${connections} connection(s), ${duration} s; load average before ${loadBefore}`);
    const r = await drive(server.port, mix, connections, duration);
    const loadAfter = load();
    const usage = await server.usage();
    const result: LevelResult = { ...r, loadBefore, loadAfter, peakRssBytes: usage.maxRssBytes };
    results.push(result);
    log(
      `  ${r.rps.toFixed(1)} req/s, p50 ${ms(r.p50)} ms, p95 ${ms(r.p95)} ms, p99 ${ms(r.p99)} ms, ${r.requests} requests, errors ${errorsOf(result)} (conn. ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}), in flight at end ${r.inFlight}, p95 without search ${ms(r.p95WithoutSearch)} ms; load average after ${loadAfter}; server peak RSS ${mb(usage.maxRssBytes)}`,
    );
  }
  const usage = await server.usage();
  await server.stop();
  server = undefined;

  const s = prepared.summary;
  const header = [
    `Database: ${database.kind === 'pglite' ? 'PGlite' : 'PostgreSQL'} ${prepared.serverVersion}. Machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? ''}), ${Math.round(totalmem() / 1024 ** 3)} GiB (${Math.round(freemem() / 1024 ** 3)} GiB free at the end), Node.js ${process.version}. Started ${started.at} UTC; load average at the start ${started.load}, at the end ${load()}.`,
    s
      ? `Data set: ${s.organizations} organisations, ${s.activities} activities (${prepared.counts.published} public and indexed); load ${prepared.loadSeconds.toFixed(1)} s, index build ${prepared.indexSeconds.toFixed(1)} s.`
      : `Data set: reused, ${prepared.counts.organizations} organisations, ${prepared.counts.activities} activities, ${prepared.counts.published} indexed.`,
    `Mix: ${mix.length} requests cycled by every connection, over ${prepared.ids.organizations.length} organisations and ${prepared.ids.activities.length} activities; weights per 100: ${(Object.keys(WEIGHTS) as LoadKind[]).map((k) => `${KIND_LABELS[k]} ${WEIGHTS[k]}`).join(', ')}.`,
    `Each level: ${warmup} s warm-up, then ${duration} s measured with autocannon (timeout ${timeoutSeconds} s); latency over every response; req/s counts 2xx responses. Server peak RSS over the whole run: ${mb(usage.maxRssBytes)}.`,
  ];
  const verdict = [
    `Highest level with p95 < ${P95_GOAL_MS} ms and no error: **${highest(results, (r) => r.p95, errorsOf)}**.`,
    `The same for the requests that do not run the full-text search (cards, front page, HSDS single service and plain paging, tray, forms): ${highest(results, (r) => r.p95WithoutSearch, errorsOf)}.`,
  ];
  const md = `${header.join('\n')}\n\n${levelTable(results)}\n\n${verdict.join('\n')}\n\nEach kind at each level, p50 / p95 ms (responses):\n\n${kindTable(results)}\n`;
  console.log(`\n${md}`);
  if (env.LOAD_MARKDOWN) {
    writeFileSync(resolve(env.LOAD_MARKDOWN), md);
    log(`markdown written to ${resolve(env.LOAD_MARKDOWN)}`);
  }
} catch (err) {
  console.error(err);
  exitCode = 1;
} finally {
  if (server) await server.stop().catch(() => undefined);
  await database.cleanup();
  if (database.kind === 'postgres' && database.env.DATA_DIR) rmSync(database.env.DATA_DIR, { recursive: true, force: true });
}
process.exit(exitCode);
