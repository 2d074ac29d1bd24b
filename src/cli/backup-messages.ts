// Shared by `npm run backup` and `npm run restore`: what they say about the database and the data keys.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from '../config.js';
import { DATA_KEYS_FILE } from '../platform/crypto/load-data-keys.js';
import { probeRunningApp } from '../platform/backup/app-probe.js';
import type { RecordCounts } from '../platform/backup/backup.repo.js';
import { libpqSettings } from '../platform/backup/postgres-backup.js';

/** "PostgreSQL database x on host:port (DATABASE_URL)" or "the embedded database in DATA_DIR" (never a password). */
export function describeDatabase(config: Config): string {
  return config.databaseUrl
    ? `PostgreSQL ${libpqSettings(config.databaseUrl).description} (DATABASE_URL)`
    : `the embedded database (PGlite) in ${resolve(config.dataDir)}`;
}

export function describeCounts(c: RecordCounts): string {
  return `${c.organizations} organisations, ${c.activities} activities, ${c.contactRequests} contact requests`;
}

/**
 * The embedded database takes one process at a time: exits with a message when an app with these settings answers
 * on this machine (best effort: an app started with another PORT is not seen, so the message says so as well).
 */
export async function refuseWhileAppRuns(config: Config, command: string): Promise<void> {
  if (config.databaseUrl) return;
  const app = await probeRunningApp({ host: config.host, port: config.port });
  if (app && app.database !== 'postgres') {
    console.error(`A Tarjotin app answers at ${app.url} (database: ${app.database}). The embedded database takes one process at a time:`);
    console.error(`stop the app before \`npm run ${command}\`, or let the running app back itself up (BACKUP_INTERVAL_HOURS).`);
    process.exit(75);
  }
  console.log('The app must not be running on this DATA_DIR meanwhile (the embedded database takes one process at a time).');
}

/** Where the keys of the encrypted personal fields are: they are not in any backup. */
export function dataKeysNote(config: Config, command: 'backup' | 'restore'): string {
  if (config.dataKeys) return 'The data keys (DATA_KEYS) are not in the backup: keep them apart from it; without them the encrypted fields of contact requests cannot be read.';
  const file = resolve(join(config.dataDir, DATA_KEYS_FILE));
  if (command === 'backup') {
    return existsSync(file)
      ? `The data key file ${file} is not in the backup: back it up separately (kept apart from the backup); without it the encrypted fields of contact requests cannot be read.`
      : `The data keys are not in the backup: keep the service's data key file or DATA_KEYS apart from it.`;
  }
  return existsSync(file)
    ? `The encrypted fields of contact requests are read with ${file}: it must be the key file of the service the backup came from.`
    : `No data key file at ${file}: copy the backed-up service's DATA_DIR/${DATA_KEYS_FILE} there (or set DATA_KEYS) before starting the app, or it creates a new key and the encrypted fields of contact requests cannot be read.`;
}
