// `npm run seed`: prepares the configured database (DATABASE_URL, or PGlite under DATA_DIR) and loads the demo
// data into it when the directory is empty, then rebuilds the search index and prints what the directory holds.
import { loadConfigOrExit, type Config } from '../config.js';
import { isDirectoryEmpty } from '../platform/db/count.js';
import { migrateToLatest, openDatabase } from '../platform/db/database.js';
import { countDirectory } from '../modules/demo/demo.repo.js';
import { loadDemoData } from '../modules/demo/load-demo-data.js';
import { loadReferenceData } from '../modules/reference/load-reference-data.js';
import { rebuildSearchIndex } from '../modules/search/rebuild-search-index.js';

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

async function seed(config: Config): Promise<void> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const where = database.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  try {
    console.log(`Database: ${where}`);
    await migrateToLatest(database.db);
    await loadReferenceData({ db: database.db });
    if (await isDirectoryEmpty(database.db)) {
      const started = Date.now();
      const loaded = await loadDemoData({ db: database.db });
      console.log(`Demo data loaded: ${loaded.organizations} organisations, ${loaded.activities} activities (${seconds(started)}).`);
    } else {
      console.log('The directory already holds organisations, so the demo data was not loaded (it only goes into an empty directory).');
    }
    const started = Date.now();
    const indexed = await rebuildSearchIndex({ db: database.db });
    console.log(`Search index rebuilt: ${indexed} activities (${seconds(started)}).`);
    const c = await countDirectory(database.db);
    console.log(`The directory holds ${c.organizations} organisations (${c.publishedOrganizations} published) and ${c.activities} activities (${c.publishedActivities} published).`);
  } finally {
    await database.close();
  }
}

const config = loadConfigOrExit();
seed(config).catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
