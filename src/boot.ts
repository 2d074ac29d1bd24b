import './catalogs.js';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from './platform/db/database.js';
import { isDirectoryEmpty } from './platform/db/count.js';
import { buildApp } from './platform/http/app.js';
import { createFieldCipher } from './platform/crypto/field-cipher.js';
import { loadDataKeys } from './platform/crypto/load-data-keys.js';
import { loadReferenceData } from './modules/reference/load-reference-data.js';
import { loadDemoData } from './modules/demo/load-demo-data.js';
import { rebuildSearchIndex } from './modules/search/rebuild-search-index.js';
import { loadSynonyms } from './modules/search/load-synonyms.js';
import { loadCrisisHelp } from './modules/crisis/load-crisis-help.js';
import { pagePlugins, apiPlugins } from './routes.js';

export interface Service {
  app: FastifyInstance;
  database: DatabaseHandle;
  close(): Promise<void>;
}

/** Opens and prepares the database (migrations, reference data, demo data when empty) and builds the app. */
export async function prepareDatabase(config: Config, log: (msg: string) => void = () => {}): Promise<DatabaseHandle> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(database.db);
    await loadReferenceData({ db: database.db });
    await loadSynonyms({ db: database.db });
    await loadCrisisHelp({ db: database.db, demo: config.demoData });
    if (config.demoData && (await isDirectoryEmpty(database.db))) {
      const loaded = await loadDemoData({ db: database.db });
      log(`demo data loaded: ${loaded.organizations} organisations, ${loaded.activities} activities`);
      await rebuildSearchIndex({ db: database.db });
    }
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}

export async function createService(config: Config, database: DatabaseHandle, options: { logStream?: { write(line: string): void }; /** a clock tests can set (AppDeps.now) */ now?: () => Date } = {}): Promise<Service> {
  let ready = false;
  const cipher = createFieldCipher(loadDataKeys({ dataKeys: config.dataKeys, dataDir: config.dataDir }).keys);
  const app = await buildApp({
    deps: { config, db: database.db, dbKind: database.kind, cipher, ready: () => ready, now: options.now },
    pages: pagePlugins,
    plugins: apiPlugins,
    logStream: options.logStream,
  });
  await app.ready();
  ready = true;
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
