// `npm run restore -- FILE [--force]`: restores a backup made by `npm run backup` (or the scheduled backup) into the
// configured database: PGlite's dump into an empty DATA_DIR, or a pg_dump file into the DATABASE_URL database with
// pg_restore. A target that holds data is refused unless --force (PGlite: the old data directory is moved aside;
// PostgreSQL: the backup's tables are dropped and created again). The app must not run on the target meanwhile.
// Prints what was restored (counts only, never the records).
import { loadConfigOrExit, type Config } from '../config.js';
import { RestoreRefused, restoreDatabase } from '../platform/backup/backup.js';
import { formatSize } from '../platform/backup/backup-files.js';
import { dataKeysNote, describeCounts, describeDatabase, refuseWhileAppRuns } from './backup-messages.js';

async function restore(config: Config, file: string, force: boolean): Promise<void> {
  console.log(`Restoring ${file} into ${describeDatabase(config)}.`);
  await refuseWhileAppRuns(config, 'restore');
  const result = await restoreDatabase({ file, dataDir: config.dataDir, databaseUrl: config.databaseUrl, force });
  if (result.movedAside) console.log(`The database that was there was moved aside to ${result.movedAside} (delete it when no longer needed).`);
  console.log(`Restored ${file} (${formatSize(result.bytes)}): ${describeCounts(result.counts)}.`);
  console.log(dataKeysNote(config, 'restore'));
  console.log('Start the app as usual: it applies any newer migrations at start.');
}

const args = process.argv.slice(2).filter((a) => a !== '--');
const force = args.includes('--force');
const files = args.filter((a) => a !== '--force');
if (files.length !== 1 || files[0]!.startsWith('-')) {
  console.error('Usage: npm run restore -- FILE [--force]');
  process.exit(64);
}
const config = loadConfigOrExit();
restore(config, files[0]!, force).catch((err) => {
  if (err instanceof RestoreRefused) {
    console.error(`Not restored: ${err.message}`);
    process.exit(1);
  }
  console.error(`Restore failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
