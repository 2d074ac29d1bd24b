import { open, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * Backup files: where they go, what they are called, which kind a file is, and how old scheduled ones are deleted.
 * PGlite backups are PGlite's own dump of its data directory (`.tar.gz`); PostgreSQL backups are `pg_dump`'s custom
 * format (`.dump`). Neither holds the data keys (DATA_DIR/data-keys or DATA_KEYS): those are kept apart.
 */
export type BackupKind = 'pglite' | 'postgres';

/** Default folder of backups: DATA_DIR/backups. */
export function backupFolder(dataDir: string): string {
  return resolve(dataDir, 'backups');
}

export function backupExtension(kind: BackupKind): string {
  return kind === 'pglite' ? '.tar.gz' : '.dump';
}

/** 2026-12-04T10:30:05.123Z → 20261204T103005Z (UTC; sorts in time order). */
export function backupTimestamp(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** Names of backups made by `npm run backup` without FILE. */
export const MANUAL_PREFIX = 'tarjotin-';
/** Names of scheduled backups (BACKUP_INTERVAL_HOURS); only these are deleted beyond BACKUP_KEEP. */
export const SCHEDULED_PREFIX = 'tarjotin-auto-';

/** DATA_DIR/backups/tarjotin-<timestamp>.<ext> (or tarjotin-auto-… for scheduled backups). */
export function defaultBackupPath(options: { dataDir: string; kind: BackupKind; now: Date; scheduled?: boolean }): string {
  const prefix = options.scheduled ? SCHEDULED_PREFIX : MANUAL_PREFIX;
  return join(backupFolder(options.dataDir), `${prefix}${backupTimestamp(options.now)}${backupExtension(options.kind)}`);
}

/** Which kind of backup a file holds, from its first bytes: gzip (PGlite's dump) or PGDMP (pg_dump -Fc); null otherwise. */
export async function detectBackupKind(file: string): Promise<BackupKind | null> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(5);
    const { bytesRead } = await handle.read(head, 0, 5, 0);
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
    if (bytesRead === 5 && head.toString('latin1') === 'PGDMP') return 'postgres';
    return null;
  } finally {
    await handle.close();
  }
}

const SCHEDULED_FILE = /^tarjotin-auto-\d{8}T\d{6}Z\.(tar\.gz|dump)$/;

/**
 * Deletes the oldest scheduled backups in `folder` beyond the newest `keep` (by the time in their names). Backups
 * made by hand (`npm run backup`) and other files are never touched. Returns the names deleted, oldest first.
 */
export async function pruneScheduledBackups(folder: string, keep: number): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const scheduled = names.filter((n) => SCHEDULED_FILE.test(n)).sort();
  const old = scheduled.slice(0, Math.max(0, scheduled.length - Math.max(1, keep)));
  for (const name of old) await rm(join(folder, name), { force: true });
  return old;
}

/** 1536 → "1.5 KiB". */
export function formatSize(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}
