import { mkdirSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kysely, Migrator, PostgresDialect, type DatabaseConnection, type Driver, type Migration, type MigrationProvider } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { DB } from './schema.js';
import { asUnavailable, describeConnectionError } from './connection-errors.js';
/**
 * Forward-only migrations: every `migrations/NNNN-name.ts` file, applied in name order. Add a new file with the next
 * number; never edit one that has shipped. Read from the folder so that parallel work never edits a shared list.
 */
const MIGRATION_FILE = /^(\d{4}-[a-z0-9-]+)\.(ts|js)$/;

async function loadMigrations(): Promise<Record<string, Migration>> {
  const folder = new URL('./migrations/', import.meta.url);
  const files = readdirSync(folder)
    .map((f) => MIGRATION_FILE.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => a[1]!.localeCompare(b[1]!));
  const migrations: Record<string, Migration> = {};
  for (const [file, name] of files) migrations[name!] = (await import(new URL(file, folder).href)) as Migration;
  return migrations;
}

export type Database = Kysely<DB>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  close(): Promise<void>;
  /** PGlite only: the whole data directory as an uncompressed tarball (openDatabase's loadDataDir takes it back). */
  dumpDataDir?(): Promise<Blob>;
}

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * Opens the database: PostgreSQL when a URL is given, otherwise PGlite stored in dataDir
 * (or in memory when dataDir is "memory://"). Dates come back as 'YYYY-MM-DD' strings and
 * counts (bigint) as numbers on both.
 */
export async function openDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  /** Where lost PostgreSQL connections are reported (default: console.warn); never with statements or values. */
  log?: (message: string) => void;
  /** PGlite only: start from this data directory (a dumpDataDir() tarball) instead of an empty, new cluster. */
  loadDataDir?: Blob;
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const types = {
      getTypeParser(oid: number, format?: 'text' | 'binary') {
        if (oid === DATE_OID) return (v: string) => v;
        if (oid === INT8_OID || oid === NUMERIC_OID) return (v: string) => Number(v);
        return pg.types.getTypeParser(oid, format as 'text');
      },
    };
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10, types });
    const log = options.log ?? ((message: string) => console.warn(message));
    // The server may cut any connection (restart, failover, pg_terminate_backend). node-postgres then emits 'error'
    // on the client, idle or checked out, and an unheard 'error' event ends the process. Every client gets a
    // listener for its whole life; the pool drops the broken client and opens a new one for the next query.
    pool.on('connect', (client) => {
      client.on('error', (err) => log(`database: connection lost (${describeConnectionError(err)}); a new one is opened when needed`));
    });
    // Emitted (after the client's own listener) when an idle client fails; already logged above.
    pool.on('error', () => {});
    const db = new Kysely<DB>({ dialect: new ConnectionAwarePostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  let dataDir: string | undefined;
  if (options.dataDir !== 'memory://') {
    dataDir = resolve(options.dataDir, 'pglite');
    mkdirSync(dataDir, { recursive: true });
  }
  const client = await PGlite.create({
    dataDir,
    extensions: { pg_trgm },
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers: {
      [DATE_OID]: (v: string) => v,
      [INT8_OID]: (v: string) => Number(v),
      [NUMERIC_OID]: (v: string) => Number(v),
    },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(client) });
  // Kysely's PGlite driver closes the client only when a query has gone through it; a handle closed without any
  // (a test that only renders pages) left PGlite open, and its process never ended. So close the client ourselves.
  const close = async () => {
    await db.destroy();
    if (!client.closed) await client.close();
  };
  return { db, kind: 'pglite', close, dumpDataDir: () => client.dumpDataDir('none') };
}

/**
 * PostgreSQL through node-postgres, where a lost connection (see isConnectionError) surfaces as AppError UNAVAILABLE:
 * the request that was using it answers a translated 503 with Retry-After instead of a 500, and the job worker
 * retries as after any failure.
 */
class ConnectionAwarePostgresDialect extends PostgresDialect {
  override createDriver(): Driver {
    return translateConnectionErrors(super.createDriver());
  }
}

function translateConnectionErrors(driver: Driver): Driver {
  const connections = new WeakMap<DatabaseConnection, DatabaseConnection>();
  const wrapConnection = (connection: DatabaseConnection): DatabaseConnection => {
    let wrapped = connections.get(connection);
    if (!wrapped) {
      // A proxy, so that the driver's own (private) members of the connection keep working.
      wrapped = new Proxy(connection, {
        get(target, prop) {
          if (prop === 'executeQuery') {
            return async (...args: Parameters<DatabaseConnection['executeQuery']>) => {
              try {
                return await target.executeQuery(...args);
              } catch (err) {
                throw asUnavailable(err);
              }
            };
          }
          const value = Reflect.get(target, prop, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      connections.set(connection, wrapped);
    }
    return wrapped;
  };
  return new Proxy(driver, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        try {
          const result = await value.apply(target, args);
          return prop === 'acquireConnection' ? wrapConnection(result as DatabaseConnection) : result;
        } catch (err) {
          throw asUnavailable(err);
        }
      };
    },
  });
}

const provider: MigrationProvider = { getMigrations: loadMigrations };

/** Applies every pending migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Database): Promise<void> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String((error as Error).message ?? error)}`);
  }
}
