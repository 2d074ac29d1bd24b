/**
 * `npm run import -- FILE`: imports an HSDS 3.0 JSON file into the directory (PGlite under DATA_DIR, or PostgreSQL
 * when DATABASE_URL is set). Prints a summary and one line per rejected record (JSON path and reason).
 * Exit codes: 0 the file was read (even with rejected records), 1 database or environment failure,
 * 2 the file is missing, unreadable, not JSON or not one of the HSDS shapes.
 */
import { readFile } from 'node:fs/promises';
import { ConfigError, loadConfig } from '../config.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../platform/db/database.js';
import { loadReferenceData } from '../modules/reference/load-reference-data.js';
import { detectHsdsShape, UnrecognisedHsdsFileError } from '../modules/importer/detect-hsds-shape.js';
import { formatImportReport, importHsds } from '../modules/importer/import-hsds.js';

const USAGE = 'usage: npm run import -- FILE   (FILE: HSDS 3.0 JSON: organizations, services or a page envelope)';

async function main(args: string[]): Promise<number> {
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const file = args[0]!;
  let data: unknown;
  try {
    const text = await readFile(file, 'utf8');
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    console.error(e instanceof SyntaxError ? `${file} is not valid JSON: ${e.message}` : `cannot read ${file}: ${e.code ?? e.message}`);
    return 2;
  }
  try {
    detectHsdsShape(data); // fail on an unrecognised file before touching the database
  } catch (err) {
    if (err instanceof UnrecognisedHsdsFileError) {
      console.error(`${file} is not an HSDS file this importer reads: ${err.message}`);
      return 2;
    }
    throw err;
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
    // running the same file again finishes it (each record is its own transaction).
    const report = await importHsds({
      db: database.db,
      data,
      onProgress: (done, total) => {
        if (done % 100 === 0) console.error(`written ${done} of ${total} records`);
      },
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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`import failed: ${(err as Error).message ?? String(err)}`);
    process.exitCode = 1;
  },
);
