/**
 * Import benchmark at national scale (issue 12, item 2).
 *
 *   npm run bench:import                                   (100 000 services, PGlite in a fresh temporary DATA_DIR)
 *   npm run bench:import -- --services 5000                (a quick run)
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:import
 *        (PostgreSQL: a fresh database `tarjotin_import` next to the one the URL names, dropped at the end)
 *
 * Options: --services N (default 100 000), --runs N (default 2: the first import into the empty database, then the
 * same file again, unchanged), --file F (use this HSDS file instead of generating one), --keep (keep the file and the
 * database), --root DIR (run the import command of another checkout, e.g. a worktree of an older commit, for a
 * before/after comparison), --markdown FILE (append the results as a markdown table row per run).
 *
 * Steps: write the HSDS file (generate.ts: the search benchmark's national directory as organizations with nested
 * services) into a temporary directory; run the real command (`tsx src/cli/import.ts FILE`, as `npm run import`
 * does) in a child process against the empty database, then again; for each run print the services per second,
 * the wall time, the peak RSS and CPU time of the import process (its own getrusage, reported at exit) and the load average
 * of the machine before and after (the machine is shared: other work shows there).
 */
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { writeHsdsImportFile } from './generate.js';

const here = dirname(fileURLToPath(import.meta.url));
const DB_NAME = 'tarjotin_import';

const { values: args } = parseArgs({
  options: {
    services: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '2' },
    file: { type: 'string' },
    keep: { type: 'boolean', default: false },
    root: { type: 'string' },
    markdown: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
  allowPositionals: false,
});
if (args.help) {
  console.log('usage: [DATABASE_URL=postgres://…] npm run bench:import -- [--services N] [--runs N] [--file F] [--keep] [--root DIR] [--markdown FILE]');
  process.exit(0);
}

const services = Number(args.services);
const runs = Number(args.runs);
if (!Number.isInteger(services) || services < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error('--services and --runs must be positive whole numbers');
  process.exit(2);
}
const root = resolve(args.root ?? join(here, '..', '..'));
const load = () => loadavg().map((x) => x.toFixed(2)).join(' / ');

interface RunResult {
  run: number;
  seconds: number;
  perSecond: number;
  peakRssMb: number | null;
  cpuSeconds: number | null;
  loadBefore: string;
  loadAfter: string;
  summary: string[];
}

/** Runs the import command once; the child reports its own peak RSS at exit (hook below). */
function runImport(file: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string; seconds: number }> {
  const hook = join(here, 'report-peak-rss.ts');
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', hook, 'src/cli/import.ts', file], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => {
      const text = String(d);
      stderr += text;
      // Progress lines go through as they come (the last one of each burst), so a long run shows it is moving.
      const lines = text.split('\n').filter((l) => l.startsWith('written '));
      if (lines.length > 0) process.stderr.write(`  ${lines.at(-1)}\n`);
    });
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr, seconds: (performance.now() - started) / 1000 }));
  });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tarjotin-bench-import-'));
  const env: NodeJS.ProcessEnv = { DEMO_DATA: 'off', LOG_LEVEL: 'warn', DATA_DIR: join(dir, 'data') };
  let admin: pg.Client | undefined;
  let target: URL | undefined;
  try {
    const file = args.file ?? join(dir, `hsds-${services}.json`);
    if (!args.file) {
      const t = performance.now();
      const g = await writeHsdsImportFile(file, services);
      console.log(
        `generated ${file}: ${g.organizations} organizations, ${g.services} services, ${(g.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s`,
      );
    } else {
      console.log(`file ${file}: ${(statSync(file).size / 1e6).toFixed(1)} MB`);
    }

    if (process.env.DATABASE_URL) {
      admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`drop database if exists ${DB_NAME}`);
      await admin.query(`create database ${DB_NAME}`);
      target = new URL(process.env.DATABASE_URL);
      target.pathname = `/${DB_NAME}`;
      env.DATABASE_URL = target.toString();
    } else {
      env.DATABASE_URL = '';
    }
    const database = target ? `PostgreSQL (${DB_NAME})` : 'PGlite (temporary DATA_DIR)';
    console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}; ${database}; command root ${root}`);

    const results: RunResult[] = [];
    for (let run = 1; run <= runs; run++) {
      const loadBefore = load();
      console.log(`run ${run} (${run === 1 ? 'into the empty database' : 'the same file again, unchanged'}): load average before ${loadBefore}`);
      const r = await runImport(file, env);
      const loadAfter = load();
      if (r.code !== 0) throw new Error(`import exited ${r.code}:\n${r.stdout}\n${r.stderr.slice(-2000)}`);
      const summary = r.stdout.split('\n').filter((l) => /^(read|organizations:|services:|done in)/.test(l));
      const rss = /^peak-rss-kb (\d+)$/m.exec(r.stderr);
      const cpu = /^cpu-ms (\d+)$/m.exec(r.stderr);
      const result: RunResult = {
        run,
        seconds: r.seconds,
        perSecond: services / r.seconds,
        peakRssMb: rss ? Number(rss[1]) / 1024 : null,
        cpuSeconds: cpu ? Number(cpu[1]) / 1000 : null,
        loadBefore,
        loadAfter,
        summary,
      };
      results.push(result);
      for (const line of summary) console.log(`  ${line}`);
      console.log(
        `  ${services} services in ${r.seconds.toFixed(1)} s: ${result.perSecond.toFixed(0)} services/s; peak RSS ${result.peakRssMb?.toFixed(0) ?? '?'} MB; CPU of the import process ${result.cpuSeconds?.toFixed(0) ?? '?'} s; load average after ${loadAfter}`,
      );
    }
    if (args.markdown) {
      const rows = results.map(
        (r) =>
          `| ${target ? 'PostgreSQL' : 'PGlite'} | ${r.run === 1 ? 'first' : 'unchanged'} | ${services} | ${r.seconds.toFixed(1)} s | ${r.perSecond.toFixed(0)} | ${r.peakRssMb?.toFixed(0) ?? '?'} MB | ${r.cpuSeconds?.toFixed(0) ?? '?'} s | ${r.loadBefore} → ${r.loadAfter} |`,
      );
      appendFileSync(args.markdown, `${rows.join('\n')}\n`);
    }
  } finally {
    if (admin) {
      if (!args.keep) await admin.query(`drop database if exists ${DB_NAME}`).catch(() => {});
      await admin.end();
    }
    if (!args.keep) rmSync(dir, { recursive: true, force: true });
    else console.log(`kept ${dir}${target ? ` and database ${DB_NAME}` : ''}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
