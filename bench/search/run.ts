/**
 * Speed benchmark of search at national scale (issue 4).
 *
 *   npm run bench:search                              (100 000 activities, PGlite in a fresh temporary DATA_DIR)
 *   npm run bench:search -- --activities 5000         (a quick run)
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:search
 *        (PostgreSQL: a fresh database `bench_search` next to the one the URL names, dropped at the end)
 *
 * Options: --activities N, --duration S (per measured run, default 15), --warmup S (default 3),
 * --connections 1,16, --markdown FILE (write the tables as a markdown fragment), --per-query (time each query of the
 * mix alone, sequentially), --keep (keep the data: the DATA_DIR or the database), --data-dir DIR (PGlite data here;
 * with --reuse, an already loaded directory or database of at least that size is used as it is, and --reindex
 * rebuilds its search index, timed), --only api,page,plain,id,bare.
 *
 * Two references are measured in the same run (issue 12): `plain` is plain PostgreSQL `finnish` full-text search with
 * ts_rank, top 20, over the same activities (reference-server.ts, over a stored tsvector with a GIN index: what a
 * developer would write instead), with the text of every search of the API mix; `id` is the HSDS API's lookup of
 * one service by its primary key (`/api/hsds/services/{id}`, the database-backed ceiling of the real service).
 *
 * Steps: generate the data set (generate.ts, seeded) and write it with the demo data's multi-row inserts; build the
 * search index with rebuildSearchIndex (timed); start the real service in a child process and a bare Fastify route in
 * another; drive both over HTTP with autocannon; report latency percentiles, throughput, errors and each server's
 * peak RSS. The data set is written by this process, which then closes the database before the server opens it,
 * so the server's peak memory is its own.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { insertOrganizationGraphs } from '../../src/modules/demo/demo.repo.js';
import { loadReferenceData } from '../../src/modules/reference/load-reference-data.js';
import { loadSynonyms } from '../../src/modules/search/load-synonyms.js';
import { rebuildSearchIndex } from '../../src/modules/search/rebuild-search-index.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../../src/platform/db/database.js';
import { generateNationalData, type GenerateSummary } from './generate.js';
import { API_QUERIES, PAGE_QUERIES, type BenchQuery } from './queries.js';
import type { ChildMessage } from './usage.js';

const here = dirname(fileURLToPath(import.meta.url));
const DB_NAME = 'bench_search';

const { values: args } = parseArgs({
  options: {
    activities: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '15' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '1,16' },
    markdown: { type: 'string' },
    'per-query': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    reindex: { type: 'boolean', default: false },
    'data-dir': { type: 'string' },
    only: { type: 'string', default: 'api,page,plain,id,bare' },
    help: { type: 'boolean', default: false },
  },
  allowPositionals: false,
});
if (args.help) {
  console.log(
    'usage: npm run bench:search -- [--activities N] [--duration S] [--warmup S] [--connections 1,16] [--markdown FILE] [--per-query] [--keep] [--reuse [--reindex]] [--data-dir DIR] [--only api,page,plain,id,bare]',
  );
  process.exit(0);
}
const activities = Number(args.activities);
const duration = Number(args.duration);
const warmup = Number(args.warmup);
const connectionsList = args.connections!.split(',').map(Number);
const only = new Set(args.only!.split(','));
if (!Number.isInteger(activities) || activities < 1) throw new Error('--activities must be a positive integer');

const log = (msg: string) => console.log(`[bench:search ${new Date().toISOString().slice(11, 19)}] ${msg}`);

// ---------------------------------------------------------------- database

interface BenchDatabase {
  kind: 'pglite' | 'postgres';
  label: string;
  env: Record<string, string>;
  open(): Promise<DatabaseHandle>;
  cleanup(): Promise<void>;
}

async function benchDatabase(): Promise<BenchDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = args['data-dir'] ? resolve(args['data-dir']) : mkdtempSync(join(tmpdir(), 'tarjotin-bench-search-'));
    const keep = args.keep || args['data-dir'] !== undefined;
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
  if (!args.reuse) {
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
    env: { DATABASE_URL: target.toString() },
    open: () => openDatabase({ databaseUrl: target.toString(), dataDir: 'memory://' }),
    cleanup: async () => {
      if (!args.keep) await admin(`drop database if exists ${DB_NAME} with (force)`);
    },
  };
}

interface LoadReport {
  /** one organisation's activities reindexed (rebuildSearchIndex with their ids): median ms of 5, and how many */
  incremental: { ms: number; activities: number };
  /** ids of listed activities for the primary-key lookups */
  sampleIds: string[];
  /** seconds to build the plain reference's table and index (0: reused) */
  plainSeconds: number;
  reused: boolean;
  summary?: GenerateSummary;
  loadSeconds: number;
  indexSeconds: number;
  indexed: number;
  serverVersion: string;
  counts: { organizations: number; activities: number; published: number };
}

async function countRows(handle: DatabaseHandle) {
  const { rows } = await sql<{ organizations: number; activities: number; published: number }>`
    select (select count(*) from organization)::int as organizations, (select count(*) from activity)::int as activities,
      (select count(*) from search_document)::int as published`.execute(handle.db);
  return rows[0]!;
}

/** The plain `finnish` reference's table (reference-server.ts): one stored tsvector per listed activity, GIN-indexed. */
async function preparePlainReference(handle: DatabaseHandle): Promise<number> {
  const exists = (await sql<{ n: number }>`select count(*)::int as n from pg_tables where tablename = 'bench_plain_fts'`.execute(handle.db)).rows[0]!.n;
  if (exists > 0) return 0;
  log('building the plain finnish reference (bench_plain_fts)…');
  const t = performance.now();
  await sql`create table bench_plain_fts as
    select a.id as activity_id, to_tsvector('finnish', concat_ws(' ', a.name_fi, a.description_fi)) as fts
    from activity a join organization o on o.id = a.organization_id
    where a.status = 'published' and o.status = 'published' and o.stale_hidden_at is null`.execute(handle.db);
  await sql`create index bench_plain_fts_idx on bench_plain_fts using gin (fts)`.execute(handle.db);
  await sql`analyze bench_plain_fts`.execute(handle.db);
  return (performance.now() - t) / 1000;
}

/** An edit of one organisation reindexes its activities: the organisation with the most activities, five times. */
async function timeIncremental(handle: DatabaseHandle): Promise<{ ms: number; activities: number }> {
  const { rows } = await sql<{ ids: string[] }>`
    select array_agg(activity_id) as ids from search_document group by organization_id order by count(*) desc, organization_id limit 1`.execute(handle.db);
  const ids = rows[0]?.ids ?? [];
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await rebuildSearchIndex({ db: handle.db, activityIds: ids });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  log(`one organisation's ${ids.length} activities reindexed: median ${times[2]!.toFixed(0)} ms`);
  return { ms: times[2]!, activities: ids.length };
}

async function sampleIds(handle: DatabaseHandle): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`select activity_id as id from search_document order by md5(activity_id::text) limit 200`.execute(handle.db);
  return rows.map((r) => r.id);
}

async function prepare(database: BenchDatabase): Promise<LoadReport> {
  const loaded = await prepareData(database);
  const handle = await database.open();
  try {
    const plainSeconds = only.has('plain') ? await preparePlainReference(handle) : 0;
    return { ...loaded, plainSeconds, sampleIds: await sampleIds(handle), incremental: await timeIncremental(handle) };
  } finally {
    await handle.close();
  }
}

async function prepareData(database: BenchDatabase): Promise<Omit<LoadReport, 'sampleIds' | 'plainSeconds' | 'incremental'>> {
  const handle = await database.open();
  try {
    await migrateToLatest(handle.db);
    await loadReferenceData({ db: handle.db });
    await loadSynonyms({ db: handle.db });
    const version = (await sql<{ v: string }>`select current_setting('server_version') as v`.execute(handle.db)).rows[0]?.v ?? '';
    const before = await countRows(handle);
    if (args.reuse && before.activities >= activities && before.published > 0) {
      log(`reusing the loaded data: ${before.organizations} organisations, ${before.activities} activities, ${before.published} indexed`);
      if (!args.reindex) return { reused: true, loadSeconds: 0, indexSeconds: 0, indexed: before.published, serverVersion: version, counts: before };
      log('building the search index again (rebuildSearchIndex)…');
      const t = performance.now();
      const indexed = await rebuildSearchIndex({ db: handle.db });
      const indexSeconds = (performance.now() - t) / 1000;
      log(`indexed ${indexed} activities in ${indexSeconds.toFixed(1)} s`);
      return { reused: true, loadSeconds: 0, indexSeconds, indexed, serverVersion: version, counts: await countRows(handle) };
    }
    if (before.activities > 0) throw new Error('the benchmark database is not empty; remove the data directory or drop the database');

    log(`generating and loading ${activities} activities…`);
    let t = performance.now();
    const summary = await generateNationalData({ activities }, async (graphs) => {
      await handle.db.transaction().execute((trx) => insertOrganizationGraphs(trx, graphs));
    });
    const loadSeconds = (performance.now() - t) / 1000;
    log(`loaded ${summary.organizations} organisations, ${summary.activities} activities in ${loadSeconds.toFixed(1)} s`);
    // PostgreSQL's autovacuum would analyse the fresh tables within a minute; do it now so the plans are the steady
    // state's. PGlite has no autovacuum: there the directory tables stay unanalysed, as in the running service
    // (rebuildSearchIndex analyses search_document itself).
    if (database.kind === 'postgres') await sql`analyze`.execute(handle.db);

    log('building the search index (rebuildSearchIndex)…');
    t = performance.now();
    const indexed = await rebuildSearchIndex({ db: handle.db });
    const indexSeconds = (performance.now() - t) / 1000;
    log(`indexed ${indexed} activities in ${indexSeconds.toFixed(1)} s`);
    return { reused: false, summary, loadSeconds, indexSeconds, indexed, serverVersion: version, counts: await countRows(handle) };
  } finally {
    await handle.close();
  }
}

// ---------------------------------------------------------------- child servers

interface Child {
  process: ChildProcess;
  port: number;
  usage(): Promise<{ maxRssBytes: number; rssBytes: number }>;
  stop(): Promise<void>;
}

function startChild(script: string, env: Record<string, string>): Promise<Child> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(join(here, script), [], {
      env: { ...process.env, ...env },
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const onExit = (code: number | null) => reject(new Error(`${script} exited with ${code} before it was ready`));
    child.once('exit', onExit);
    child.once('message', (m: ChildMessage) => {
      if (m.type !== 'ready') return reject(new Error(`${script}: unexpected message ${m.type}`));
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

interface RunResult {
  target: string;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  peakRssBytes: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

async function drive(port: number, paths: string[], connections: number, seconds: number): Promise<Omit<RunResult, 'target' | 'peakRssBytes'>> {
  let next = 0;
  const times: number[] = [];
  const instance = autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    timeout: 60,
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => {
          req.path = paths[next++ % paths.length]!;
          return req;
        },
      },
    ],
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  const result = await instance;
  times.sort((a, b) => a - b);
  const ok = result['2xx'];
  return {
    connections,
    requests: result.requests.total,
    rps: ok / result.duration,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times[times.length - 1] ?? NaN,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

async function measure(child: Child, target: string, queries: BenchQuery[] | string[], connections: number): Promise<RunResult> {
  const paths = queries.map((x) => (typeof x === 'string' ? x : x.path));
  if (warmup > 0) await drive(child.port, paths, connections, warmup);
  log(`${target}, ${connections} connection(s), ${duration} s…`);
  const r = await drive(child.port, paths, connections, duration);
  const usage = await child.usage();
  const result = { target, ...r, peakRssBytes: usage.maxRssBytes };
  log(`  ${fmtRow(result)}`);
  return result;
}

/** Each query of a mix alone, sequentially: median of five after one warm-up, slowest first. */
async function perQuery(port: number, label: string, queries: BenchQuery[]): Promise<void> {
  const rows: { kind: string; path: string; ms: number; status: number }[] = [];
  for (const query of queries) {
    const times: number[] = [];
    let status = 0;
    for (let i = 0; i < 6; i++) {
      const t = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}${query.path}`);
      await res.arrayBuffer();
      status = res.status;
      if (i > 0) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    rows.push({ kind: query.kind, path: query.path, ms: times[Math.floor(times.length / 2)]!, status });
  }
  rows.sort((a, b) => b.ms - a.ms);
  console.log(`\n${label}: each query alone (median of 5, ms), slowest first`);
  for (const r of rows) console.log(`  ${r.ms.toFixed(1).padStart(8)}  ${String(r.status)}  ${r.kind.padEnd(13)} ${decodeURIComponent(r.path)}`);
}

// ---------------------------------------------------------------- report

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;
const ms = (v: number) => (Number.isNaN(v) ? '–' : v >= 100 ? v.toFixed(0) : v.toFixed(1));

function fmtRow(r: RunResult): string {
  return `p50 ${ms(r.p50)} ms, p95 ${ms(r.p95)} ms, p99 ${ms(r.p99)} ms, ${r.rps.toFixed(1)} req/s, ${r.requests} requests, errors ${r.errors}, non-2xx ${r.non2xx}, peak RSS ${mb(r.peakRssBytes)}`;
}

function table(results: RunResult[], bare: RunResult | undefined): string {
  const lines = [
    '| target | connections | p50 ms | p95 ms | p99 ms | req/s | of bare route | requests | errors | non-2xx | server peak RSS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of results) {
    const share = bare && r.target !== 'bare route' ? `${((100 * r.rps) / bare.rps).toFixed(1)} %` : '–';
    lines.push(
      `| ${r.target} | ${r.connections} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.rps.toFixed(1)} | ${share} | ${r.requests} | ${r.errors} | ${r.non2xx} | ${mb(r.peakRssBytes)} |`,
    );
  }
  return lines.join('\n');
}

/** The issue's goals, read off this run's figures. */
function goals(results: RunResult[]): string[] {
  const find = (target: string, connections: number) => results.find((r) => r.target === target && r.connections === connections);
  const out: string[] = [];
  const api1 = find('search API', 1);
  const plain1 = find('plain finnish reference', 1);
  if (api1) out.push(`Search API p95 at 1 connection: ${ms(api1.p95)} ms${plain1 ? ` (plain finnish reference in the same run: ${ms(plain1.p95)} ms)` : ''}.`);
  const top = Math.max(...connectionsList);
  const apiN = find('search API', top);
  const idN = find('service by id (API)', top);
  if (apiN && idN) out.push(`Throughput at ${top} connections: search API ${apiN.rps.toFixed(1)} req/s, service by id ${idN.rps.toFixed(1)} req/s (${((100 * apiN.rps) / idN.rps).toFixed(1)} %).`);
  return out;
}

// ---------------------------------------------------------------- main

const database = await benchDatabase();
const children: Child[] = [];
let exitCode = 0;
try {
  log(`database: ${database.label}`);
  const load = await prepare(database);
  const results: RunResult[] = [];
  let bareResult: RunResult | undefined;

  if (only.has('api') || only.has('page')) {
    log('starting the service…');
    const t = performance.now();
    const server = await startChild('server.ts', database.env);
    children.push(server);
    log(`service ready on port ${server.port} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    if (args['per-query']) {
      if (only.has('api')) await perQuery(server.port, 'search API', API_QUERIES);
      if (only.has('page')) await perQuery(server.port, 'results page', PAGE_QUERIES);
    }
    const byId = load.sampleIds.map((id) => `/api/hsds/services/${id}`);
    for (const connections of connectionsList) {
      if (only.has('api')) results.push(await measure(server, 'search API', API_QUERIES, connections));
      if (only.has('page')) results.push(await measure(server, 'results page', PAGE_QUERIES, connections));
      if (only.has('id')) results.push(await measure(server, 'service by id (API)', byId, connections));
    }
    await server.stop();
  }
  if (only.has('plain')) {
    const reference = await startChild('reference-server.ts', database.env);
    children.push(reference);
    const texts = API_QUERIES.map((x) => new URLSearchParams(x.path.split('?')[1]).get('search')).filter((x): x is string => !!x);
    const paths = texts.map((text) => `/plain?${new URLSearchParams({ q: text })}`);
    if (args['per-query']) await perQuery(reference.port, 'plain finnish reference', texts.map((text, i) => ({ kind: 'plain', path: paths[i]! })));
    for (const connections of connectionsList) results.push(await measure(reference, 'plain finnish reference', paths, connections));
    await reference.stop();
  }
  if (only.has('bare')) {
    const bare = await startChild('bare-server.ts', {});
    children.push(bare);
    bareResult = await measure(bare, 'bare route', ['/bare'], 32);
    results.push(bareResult);
    await bare.stop();
  }

  const s = load.summary;
  const header = [
    `Database: ${database.kind === 'pglite' ? 'PGlite' : 'PostgreSQL'} ${load.serverVersion}. Machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? ''}), ${Math.round(totalmem() / 1024 ** 3)} GiB, Node.js ${process.version}; load average at the end ${loadavg().map((x) => x.toFixed(1)).join(' / ')}.`,
    s
      ? `Data set: ${s.organizations} organisations, ${s.activities} activities (${load.indexed} public and indexed), ${s.municipalities} municipalities, ${((100 * s.nationwide) / s.activities).toFixed(1)} % nationwide, ${((100 * s.remote) / s.activities).toFixed(1)} % nationwide or remote, ${((100 * s.withSwedish) / s.activities).toFixed(1)} % with Swedish and ${((100 * s.withEnglish) / s.activities).toFixed(1)} % with English text; Finnish descriptions ${s.descriptionLength.min}–${s.descriptionLength.max} characters (median ${s.descriptionLength.median}).`
      : `Data set: reused, ${load.counts.organizations} organisations, ${load.counts.activities} activities, ${load.indexed} indexed.`,
    s ? `Load (generate + multi-row inserts): ${load.loadSeconds.toFixed(1)} s.` : '',
    load.indexSeconds > 0 ? `Index build (rebuildSearchIndex, full): ${load.indexSeconds.toFixed(1)} s.` : '',
    load.plainSeconds > 0 ? `Plain reference's table and GIN index: ${load.plainSeconds.toFixed(1)} s.` : '',
    `Incremental update (rebuildSearchIndex for one organisation's ${load.incremental.activities} activities, median of 5): ${load.incremental.ms.toFixed(0)} ms.`,
    ...goals(results),
    `Each run: ${warmup} s warm-up, then ${duration} s measured with autocannon; latency over every response; req/s counts 2xx responses.`,
  ].filter((x) => x !== '');
  const md = `${header.join('\n')}\n\n${table(results, bareResult)}\n`;
  console.log(`\n${md}`);
  if (args.markdown) {
    writeFileSync(resolve(args.markdown), md);
    log(`markdown written to ${resolve(args.markdown)}`);
  }
  if (results.some((r) => r.errors > 0 || r.non2xx > 0)) exitCode = 1;
} catch (err) {
  console.error(err);
  exitCode = 1;
} finally {
  for (const c of children) await c.stop().catch(() => undefined);
  await database.cleanup();
}
process.exit(exitCode);


