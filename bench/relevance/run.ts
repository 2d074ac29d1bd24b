/**
 * Relevance benchmark: loads a test collection into a fresh database, runs every query through Tarjotin's search
 * and two baselines, and prints nDCG@10, recall@10 and MRR@10 overall and per query kind.
 *
 *   npm run bench:relevance
 *   npm run bench:relevance -- --collection path/to/dir      (a folder with corpus.json + queries.json)
 *   npm run bench:relevance -- --per-query                   (also one line per query)
 *   npm run bench:relevance -- --report path/to/report.json  (default bench/relevance/last-report.json)
 *
 * Database: PGlite in memory; with DATABASE_URL set, a new PostgreSQL database is created next to the one the URL
 * names (the URL's database is never written to) and dropped afterwards.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../../src/platform/db/database.js';
import { loadReferenceData } from '../../src/modules/reference/load-reference-data.js';
import { loadCollection, QUERY_KINDS, type Query } from './collection.js';
import { loadCorpus } from './load-corpus.js';
import { mean, meanScores, METRIC_DEFINITIONS, percentile, scoreRanking, type QueryScores } from './metrics.js';
import { miniSearchSystem, oursSystem, postgresFinnishSystem, type System, type SystemQuery } from './systems.js';

const K = 10;
const here = dirname(fileURLToPath(import.meta.url));

interface Options {
  collection: string;
  report: string;
  perQuery: boolean;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      collection: { type: 'string', default: here },
      report: { type: 'string', default: join(here, 'last-report.json') },
      'per-query': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: false,
  });
  if (values.help) {
    console.log('usage: npm run bench:relevance -- [--collection DIR] [--report FILE] [--per-query]');
    process.exit(0);
  }
  return { collection: resolve(values.collection!), report: resolve(values.report!), perQuery: values['per-query']! };
}

async function openBenchDatabase(): Promise<DatabaseHandle & { label: string }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const handle = await openDatabase({ dataDir: 'memory://' });
    return { ...handle, label: 'PGlite (in memory)' };
  }
  const name = `tarjotin_relevance_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = await openDatabase({ databaseUrl: target.toString(), dataDir: 'memory://' });
  const version = await sql<{ server_version: string }>`show server_version`.execute(handle.db);
  return {
    ...handle,
    label: `PostgreSQL ${version.rows[0]?.server_version ?? ''} (temporary database ${name})`,
    close: async () => {
      await handle.close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

function defaultLang(q: Query): SystemQuery['lang'] {
  if (q.lang) return q.lang;
  if (q.kind === 'swedish') return 'sv';
  if (q.kind === 'english') return 'en';
  return 'fi';
}

interface QueryRun {
  ranking: string[];
  scores: QueryScores;
  ms: number;
  error?: string;
}

const fmt = (n: number) => n.toFixed(3);
const pad = (s: string, n: number) => s.padEnd(n);
const padL = (s: string, n: number) => s.padStart(n);

function printTable(title: string, metric: keyof QueryScores, systems: System[], rows: { label: string; n: number; scores: Record<string, QueryScores> }[]) {
  const w = Math.max(...systems.map((s) => s.name.length), 6) + 2;
  console.log(`\n${title}`);
  console.log(`${pad('kind', 14)}${padL('n', 4)}${systems.map((s) => padL(s.name, w)).join('')}`);
  for (const r of rows) {
    if (r.label === 'overall') console.log('-'.repeat(18 + w * systems.length));
    console.log(`${pad(r.label, 14)}${padL(String(r.n), 4)}${systems.map((s) => padL(fmt(r.scores[s.name]![metric]), w)).join('')}`);
  }
}

async function main(): Promise<void> {
  const options = parseOptions();
  const collection = loadCollection(options.collection);
  const started = Date.now();
  const database = await openBenchDatabase();
  try {
    await migrateToLatest(database.db);
    await loadReferenceData({ db: database.db });
    const t0 = Date.now();
    const ids = await loadCorpus(database.db, collection.corpus);
    const loadMs = Date.now() - t0;
    const systems: System[] = [oursSystem(database.db, ids), postgresFinnishSystem(database.db, ids), miniSearchSystem(collection.corpus)];

    const runs = new Map<string, Map<string, QueryRun>>(systems.map((s) => [s.name, new Map()]));
    for (const system of systems) {
      // One warm-up query so that first-call costs do not land on the first real query.
      await system.search({ text: 'tuki', lang: 'fi', filters: {} }, K).catch(() => []);
      for (const q of collection.queries) {
        const input: SystemQuery = { text: q.text, lang: defaultLang(q), filters: q.filters ?? {} };
        const t = performance.now();
        let ranking: string[] = [];
        let error: string | undefined;
        try {
          ranking = (await system.search(input, K)).slice(0, K);
        } catch (err) {
          error = err instanceof Error ? err.message : String(err);
        }
        const ms = performance.now() - t;
        runs.get(system.name)!.set(q.id, { ranking, scores: scoreRanking(ranking, q.judgments, K), ms, ...(error ? { error } : {}) });
      }
    }

    const kinds = [...QUERY_KINDS.filter((k) => collection.queries.some((q) => q.kind === k)), ...new Set(collection.queries.map((q) => q.kind).filter((k) => !(QUERY_KINDS as readonly string[]).includes(k)))];
    const groups = [...kinds.map((k) => ({ label: k, queries: collection.queries.filter((q) => q.kind === k) })), { label: 'overall', queries: collection.queries }];
    const rows = groups.map((g) => ({
      label: g.label,
      n: g.queries.length,
      scores: Object.fromEntries(systems.map((s) => [s.name, meanScores(g.queries.map((q) => runs.get(s.name)!.get(q.id)!.scores))])),
    }));

    const relPath = relative(process.cwd(), options.collection) || '.';
    console.log(`Relevance benchmark — collection ${relPath}: ${collection.corpus.organizations.length} organisations, ${collection.corpus.activities.length} activities, ${collection.queries.length} queries`);
    console.log(`Database: ${database.label}; corpus loaded and indexed in ${loadMs} ms`);
    for (const s of systems) console.log(`  ${pad(s.name, 12)} ${s.description}`);

    if (options.perQuery) {
      console.log(`\nPer query (nDCG@${K}):`);
      const w = 12;
      console.log(`${pad('id', 10)}${pad('kind', 14)}${systems.map((s) => padL(s.name, w)).join('')}  text`);
      for (const q of collection.queries) {
        const cells = systems.map((s) => {
          const r = runs.get(s.name)!.get(q.id)!;
          return padL(r.error ? 'ERROR' : fmt(r.scores.ndcg), w);
        });
        const f = q.filters && Object.keys(q.filters).length > 0 ? `  ${JSON.stringify(q.filters)}` : '';
        console.log(`${pad(q.id, 10)}${pad(q.kind, 14)}${cells.join('')}  "${q.text}"${f}`);
      }
    }

    printTable(`nDCG@${K} (mean over queries)`, 'ndcg', systems, rows);
    printTable(`recall@${K}`, 'recall', systems, rows);
    printTable(`MRR@${K}`, 'mrr', systems, rows);

    console.log('\nLatency per query (ms):');
    const timing = Object.fromEntries(
      systems.map((s) => {
        const all = [...runs.get(s.name)!.values()];
        const ms = all.map((r) => r.ms);
        return [s.name, { mean: mean(ms), p50: percentile(ms, 50), p95: percentile(ms, 95), max: Math.max(...ms), errors: all.filter((r) => r.error).length }];
      }),
    );
    for (const s of systems) {
      const t = timing[s.name]!;
      console.log(`  ${pad(s.name, 12)} mean ${t.mean.toFixed(1)}  p50 ${t.p50.toFixed(1)}  p95 ${t.p95.toFixed(1)}  max ${t.max.toFixed(1)}${t.errors ? `  ERRORS ${t.errors}` : ''}`);
    }
    for (const s of systems) {
      const failed = collection.queries.filter((q) => runs.get(s.name)!.get(q.id)!.error);
      if (failed.length > 0) console.log(`  ${s.name} failed on ${failed.length} queries, first: ${failed[0]!.id}: ${runs.get(s.name)!.get(failed[0]!.id)!.error}`);
    }

    console.log('\nDefinitions:');
    for (const d of Object.values(METRIC_DEFINITIONS)) console.log(`  ${d.replace(/\bk\b/g, String(K))}`);
    console.log('  Grades: 3 = exactly what was asked, 2 = clearly useful, 1 = marginally relevant, 0 / not listed = not relevant.');

    const report = {
      generatedAt: new Date().toISOString(),
      collection: relPath,
      database: database.label,
      k: K,
      corpus: { organizations: collection.corpus.organizations.length, activities: collection.corpus.activities.length },
      queries: collection.queries.length,
      loadMs,
      durationMs: Date.now() - started,
      definitions: METRIC_DEFINITIONS,
      systems: Object.fromEntries(
        systems.map((s) => [
          s.name,
          {
            description: s.description,
            overall: rows.find((r) => r.label === 'overall')!.scores[s.name],
            byKind: Object.fromEntries(rows.filter((r) => r.label !== 'overall').map((r) => [r.label, { n: r.n, ...r.scores[s.name] }])),
            timing: timing[s.name],
          },
        ]),
      ),
      perQuery: collection.queries.map((q) => ({
        id: q.id,
        kind: q.kind,
        text: q.text,
        ...(q.filters ? { filters: q.filters } : {}),
        results: Object.fromEntries(
          systems.map((s) => {
            const r = runs.get(s.name)!.get(q.id)!;
            return [s.name, { ...r.scores, ms: Number(r.ms.toFixed(2)), top: r.ranking.map((id) => ({ id, grade: q.judgments[id] ?? 0 })), ...(r.error ? { error: r.error } : {}) }];
          }),
        ),
      })),
    };
    mkdirSync(dirname(options.report), { recursive: true });
    writeFileSync(options.report, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nReport written to ${relative(process.cwd(), options.report)}`);
  } finally {
    await database.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
