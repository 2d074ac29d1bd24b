import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Database } from '../db/database.js';

/** The part of a PGlite client a backup uses. */
interface PgliteClient {
  exec(query: string): Promise<unknown>;
  dumpDataDir(compression?: 'none' | 'gzip' | 'auto'): Promise<Blob>;
}

function isPgliteClient(value: unknown): value is PgliteClient {
  const c = value as Partial<PgliteClient> | null;
  return typeof c === 'object' && c !== null && typeof c.dumpDataDir === 'function' && typeof c.exec === 'function';
}

/** Where openDatabase keeps PGlite's data directory: DATA_DIR/pglite. */
export function pgliteDataDir(dataDir: string): string {
  return resolve(dataDir, 'pglite');
}

/** Whether DATA_DIR already holds an embedded database (an empty or missing DATA_DIR/pglite does not). */
export function hasPgliteDatabase(dataDir: string): boolean {
  const dir = pgliteDataDir(dataDir);
  return existsSync(resolve(dir, 'PG_VERSION')) || (existsSync(dir) && readdirSync(dir).length > 0);
}

/**
 * Writes PGlite's own dump of its data directory (a gzipped tar) to `file`, from the database the caller has open.
 * The dump runs while this process holds the database's only connection (kysely-pglite-dialect serialises them), so
 * no statement of the app runs meanwhile; a CHECKPOINT first writes everything to the data files.
 * Returns the dump's size in bytes.
 */
export async function dumpPglite(db: Database, file: string): Promise<number> {
  return db.getExecutor().provideConnection(async (connection) => {
    const client = (connection as unknown as { client?: unknown }).client;
    if (!isPgliteClient(client)) throw new Error('this database is not the embedded one (PGlite): cannot dump it');
    await client.exec('CHECKPOINT');
    const dump = await client.dumpDataDir('gzip');
    const bytes = new Uint8Array(await dump.arrayBuffer());
    await writeFile(file, bytes, { flag: 'wx', mode: 0o600 });
    return bytes.byteLength;
  });
}

/**
 * Creates the embedded database in DATA_DIR/pglite from a PGlite dump (PGlite's `loadDataDir`). The directory must
 * not hold a database yet (the caller checks, and moves an old one aside when told to).
 */
export async function loadPglite(file: string, dataDir: string): Promise<void> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const dump = new Blob([await readFile(file)]);
  mkdirSync(pgliteDataDir(dataDir), { recursive: true });
  const client = await PGlite.create({ dataDir: pgliteDataDir(dataDir), loadDataDir: dump, extensions: { pg_trgm } });
  // A checkpoint, so the restored database is complete in its data files before it is closed.
  await client.exec('CHECKPOINT');
  await client.close();
}
