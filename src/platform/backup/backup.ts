import { existsSync } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { openDatabase, type Database, type DatabaseKind } from '../db/database.js';
import { backupFolder, backupTimestamp, defaultBackupPath, detectBackupKind, pruneScheduledBackups } from './backup-files.js';
import { countRecords, isDatabaseEmpty, type RecordCounts } from './backup.repo.js';
import { dumpPglite, hasPgliteDatabase, loadPglite, pgliteDataDir } from './pglite-backup.js';
import { pgDump, pgRestore } from './postgres-backup.js';

export interface BackupResult {
  file: string;
  bytes: number;
  counts: RecordCounts;
}

/**
 * Backs up the open database into `file` (its folder is created; an existing file is never overwritten): PGlite's
 * dump of its data directory, or `pg_dump --format=custom` of DATABASE_URL. The file appears only when complete
 * (written as `<file>.partial`, then renamed). The data keys are not in it.
 */
export async function backUpDatabase(options: { db: Database; kind: DatabaseKind; databaseUrl?: string; file: string }): Promise<BackupResult> {
  const file = resolve(options.file);
  if (existsSync(file)) throw new Error(`${file} exists already: choose another file`);
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const counts = await countRecords(options.db);
  const partial = `${file}.partial`;
  await rm(partial, { force: true });
  try {
    if (options.kind === 'pglite') {
      await dumpPglite(options.db, partial);
    } else {
      if (!options.databaseUrl) throw new Error('a PostgreSQL backup needs DATABASE_URL');
      await pgDump(options.databaseUrl, partial);
    }
    await rename(partial, file);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
  return { file, bytes: (await stat(file)).size, counts };
}

/**
 * The scheduled backup (BACKUP_INTERVAL_HOURS): DATA_DIR/backups/tarjotin-auto-<time>.<ext>, then the oldest
 * scheduled backups beyond `keep` are deleted (backups made by hand stay).
 */
export async function runScheduledBackup(options: {
  db: Database;
  kind: DatabaseKind;
  databaseUrl?: string;
  dataDir: string;
  keep: number;
  now?: Date;
}): Promise<BackupResult & { deleted: string[] }> {
  const file = defaultBackupPath({ dataDir: options.dataDir, kind: options.kind, now: options.now ?? new Date(), scheduled: true });
  const result = await backUpDatabase({ db: options.db, kind: options.kind, databaseUrl: options.databaseUrl, file });
  const deleted = await pruneScheduledBackups(backupFolder(options.dataDir), options.keep);
  return { ...result, deleted };
}

/** A restore that would overwrite data without --force, or a backup of the other kind. */
export class RestoreRefused extends Error {
  override name = 'RestoreRefused';
}

export interface RestoreResult {
  kind: DatabaseKind;
  bytes: number;
  counts: RecordCounts;
  /** PGlite with force: where the database that was there before was moved. */
  movedAside?: string;
}

/**
 * Restores a backup into the configured database: with DATABASE_URL, `pg_restore` into that database; otherwise
 * PGlite's `loadDataDir` into DATA_DIR/pglite. A target that holds data is refused unless `force`: then PostgreSQL's
 * objects from the backup are dropped and created again (`--clean --if-exists`), and PGlite's old data directory is
 * moved aside to DATA_DIR/pglite.before-restore-<time> (nothing is deleted). The app must not run on the target.
 */
export async function restoreDatabase(options: {
  file: string;
  dataDir: string;
  databaseUrl?: string;
  force: boolean;
  now?: Date;
}): Promise<RestoreResult> {
  const file = resolve(options.file);
  if (!existsSync(file)) throw new RestoreRefused(`${file} does not exist`);
  const bytes = (await stat(file)).size;
  const backupKind = await detectBackupKind(file);
  if (backupKind === null) throw new RestoreRefused(`${file} is not a Tarjotin backup (neither a PGlite dump nor a pg_dump custom-format file)`);
  const kind: DatabaseKind = options.databaseUrl ? 'postgres' : 'pglite';
  if (backupKind !== kind) {
    throw new RestoreRefused(
      backupKind === 'pglite'
        ? `${file} is a backup of the embedded database (PGlite), but DATABASE_URL is set: unset it to restore into DATA_DIR`
        : `${file} is a PostgreSQL backup (pg_dump), but DATABASE_URL is not set: set it to the database to restore into`,
    );
  }
  let movedAside: string | undefined;
  if (kind === 'postgres') {
    const url = options.databaseUrl!;
    const target = await openDatabase({ databaseUrl: url, dataDir: options.dataDir, log: () => {} });
    let empty: boolean;
    try {
      empty = await isDatabaseEmpty(target.db);
    } finally {
      await target.close();
    }
    if (!empty && !options.force) {
      throw new RestoreRefused('the target database is not empty: restore into a freshly created database, or add --force to replace the tables the backup holds');
    }
    await pgRestore(url, file, { clean: !empty });
  } else {
    if (hasPgliteDatabase(options.dataDir)) {
      if (!options.force) {
        throw new RestoreRefused(`${pgliteDataDir(options.dataDir)} already holds a database: restore into an empty DATA_DIR, or add --force to move it aside first`);
      }
      movedAside = `${pgliteDataDir(options.dataDir)}.before-restore-${backupTimestamp(options.now ?? new Date())}`;
      await rename(pgliteDataDir(options.dataDir), movedAside);
    }
    await loadPglite(file, options.dataDir);
  }
  const restored = await openDatabase({ databaseUrl: options.databaseUrl, dataDir: options.dataDir, log: () => {} });
  try {
    return { kind, bytes, counts: await countRecords(restored.db), ...(movedAside ? { movedAside } : {}) };
  } finally {
    await restored.close();
  }
}
