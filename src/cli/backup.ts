// `npm run backup -- [FILE]`: backs up the configured database (DATABASE_URL, or PGlite under DATA_DIR) into FILE,
// by default DATA_DIR/backups/tarjotin-<time>.tar.gz (PGlite's dump of its data directory) or .dump (pg_dump's custom
// format, with pg_dump from PostgreSQL's client programs). With the embedded database the app must be stopped first;
// a running app backs itself up with BACKUP_INTERVAL_HOURS. Prints the file, its size and what it holds (counts only).
import { loadConfigOrExit, type Config } from '../config.js';
import { openDatabase } from '../platform/db/database.js';
import { backUpDatabase } from '../platform/backup/backup.js';
import { defaultBackupPath, formatSize } from '../platform/backup/backup-files.js';
import { hasPgliteDatabase, pgliteDataDir } from '../platform/backup/pglite-backup.js';
import { dataKeysNote, describeCounts, describeDatabase, refuseWhileAppRuns } from './backup-messages.js';

async function backup(config: Config, target: string | undefined): Promise<void> {
  console.log(`Backing up ${describeDatabase(config)}.`);
  if (!config.databaseUrl) {
    if (!hasPgliteDatabase(config.dataDir)) {
      console.error(`There is no embedded database in ${pgliteDataDir(config.dataDir)}: nothing to back up (is DATA_DIR right?).`);
      process.exit(1);
    }
    await refuseWhileAppRuns(config, 'backup');
  }
  const kind = config.databaseUrl ? 'postgres' : 'pglite';
  const file = target ?? defaultBackupPath({ dataDir: config.dataDir, kind, now: new Date() });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log: () => {} });
  try {
    const result = await backUpDatabase({ db: database.db, kind, databaseUrl: config.databaseUrl, file });
    console.log(`Backup written: ${result.file} (${formatSize(result.bytes)}), holding ${describeCounts(result.counts)}.`);
    console.log('It holds personal data (contact requests, e-mail addresses): keep it where only the service\'s operators can read it.');
    console.log(dataKeysNote(config, 'backup'));
  } finally {
    await database.close();
  }
}

const args = process.argv.slice(2).filter((a) => a !== '--');
if (args.length > 1 || args.some((a) => a.startsWith('-'))) {
  console.error('Usage: npm run backup -- [FILE]   (default FILE: DATA_DIR/backups/tarjotin-<time>.tar.gz or .dump)');
  process.exit(64);
}
const config = loadConfigOrExit();
backup(config, args[0]).catch((err) => {
  console.error(`Backup failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
