/**
 * `npm run import -- FILE`: imports an HSDS 3.0 JSON file into the directory (PGlite under DATA_DIR, or PostgreSQL
 * when DATABASE_URL is set). Prints a summary and one line per rejected record (JSON path and reason).
 * Exit codes: 0 the file was read (even with rejected records), 1 database or environment failure,
 * 2 the file is missing, unreadable, not JSON or not one of the HSDS shapes.
 * The file is read as a stream, record by record (a national export of 100 000 services runs in bounded memory):
 * once to check it before the database is touched, then again to import it. Progress goes to stderr: records
 * done, rate and time left (never record contents).
 */
import { ConfigError, loadConfig } from '../config.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../platform/db/database.js';
import { loadReferenceData } from '../modules/reference/load-reference-data.js';
import { UnrecognisedHsdsFileError } from '../modules/importer/detect-hsds-shape.js';
import { fileSource, formatImportReport, importHsdsSource } from '../modules/importer/import-hsds.js';
import { HsdsFileSyntaxError, scanHsdsFile, type ScannedHsdsFile } from '../modules/importer/read-hsds-file.js';

const USAGE = 'usage: npm run import -- FILE   (FILE: HSDS 3.0 JSON: organizations, services or a page envelope)';

async function main(args: string[]): Promise<number> {
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const file = args[0]!;
  // Read the whole file once (JSON, shape, number of records) before touching the database.
  let scanned: ScannedHsdsFile;
  try {
    scanned = await scanHsdsFile(file);
  } catch (err) {
    if (err instanceof UnrecognisedHsdsFileError) {
      console.error(`${file} is not an HSDS file this importer reads: ${err.message}`);
      return 2;
    }
    if (err instanceof HsdsFileSyntaxError) {
      console.error(`${file} is not valid JSON: ${err.message}`);
      return 2;
    }
    const e = err as NodeJS.ErrnoException;
    console.error(`cannot read ${file}: ${e.code ?? e.message}`);
    return 2;
  }

  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }

  const started = performance.now();
  let database: DatabaseHandle | undefined;
  try {
    // Like prepareDatabase in src/boot.ts, but never loads demo data: the directory gets only what is imported.
    database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    await migrateToLatest(database.db);
    await loadReferenceData({ db: database.db });
    // Progress on stderr (the summary on stdout stays as it was): a long import shows it is moving; after a crash,
    // running the same file again finishes it (each batch of records is its own transaction).
    const progress = progressLine(performance.now());
    const report = await importHsdsSource({
      db: database.db,
      source: fileSource(file, scanned),
      // PostgreSQL: two batches at once (two connections: one parses and maps while the server indexes the other).
      concurrency: database.kind === 'postgres' ? 2 : 1,
      onProgress: (done, total) => console.error(progress(done, total)),
    });
    for (const line of formatImportReport(report)) console.log(line);
    console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s (${database.kind})`);
    return 0;
  } catch (err) {
    console.error(`import failed: ${(err as Error).message ?? String(err)}`);
    return 1;
  } finally {
    await database?.close().catch(() => {});
  }
}

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** "written 1200 of 34128 records (3 %), 410 records/s, about 1 min 20 s left": counts and times only. */
function progressLine(started: number): (done: number, total: number) => string {
  return (done, total) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const left = rate > 0 ? duration((total - done) / rate) : '?';
    const share = total > 0 ? Math.floor((100 * done) / total) : 100;
    return `written ${done} of ${total} records (${share} %), ${rate.toFixed(0)} records/s, about ${left} left`;
  };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`import failed: ${(err as Error).message ?? String(err)}`);
    process.exitCode = 1;
  },
);
