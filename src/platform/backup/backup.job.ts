import { z } from 'zod';
import { defineJobHandler, defineJobType } from '../jobs/job-types.js';
import { schedule, type Schedule } from '../jobs/schedule.js';
import { runScheduledBackup } from './backup.js';

/**
 * The scheduled backup (BACKUP_INTERVAL_HOURS, meant for the embedded default): once per period, whatever the number
 * of instances, the instance that runs it writes DATA_DIR/backups/tarjotin-auto-<time>.tar.gz (PGlite's dump, taken
 * while the app holds the database) or `.dump` (pg_dump, on PostgreSQL), and deletes the oldest scheduled backups
 * beyond BACKUP_KEEP.
 */
export const backupJob = defineJobType({ name: 'backup', version: 1, schema: z.object({}), maxAttempts: 3 });

export interface BackupSettings {
  dataDir: string;
  databaseUrl: string | undefined;
  intervalHours: number;
  keep: number;
}

export function createBackupHandler(settings: BackupSettings) {
  return defineJobHandler(backupJob, async ({ db }) => {
    await runScheduledBackup({
      db,
      kind: settings.databaseUrl ? 'postgres' : 'pglite',
      databaseUrl: settings.databaseUrl,
      dataDir: settings.dataDir,
      keep: settings.keep,
    });
  });
}

/** The backup job's handler and schedule, or nothing when BACKUP_INTERVAL_HOURS is 0. */
export function backupJobs(settings: BackupSettings): { handlers: ReturnType<typeof createBackupHandler>[]; schedules: Schedule[] } {
  if (settings.intervalHours <= 0) return { handlers: [], schedules: [] };
  return { handlers: [createBackupHandler(settings)], schedules: [schedule(backupJob, `${settings.intervalHours} hours`)] };
}
