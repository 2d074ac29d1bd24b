import { loadConfigOrExit } from './config.js';
import { createService, prepareDatabase } from './boot.js';
import { startBackgroundWork } from './platform/jobs/start-background-work.js';
import { mailTemplates } from './mail-templates.js';
import { backgroundJobs } from './jobs.js';
import { realWords } from './modules/search/real-words.js';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const started = Date.now();
  const database = await prepareDatabase(config, (m) => console.log(m));
  const service = await createService(config, database);
  await service.app.listen({ port: config.port, host: config.host });
  service.app.log.info(
    `Tarjotin is ready at ${config.baseUrl} (database: ${database.kind}, started in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
  // The word lists of "Tarkoititko …?" load now (compiled once per machine, a few seconds), not on the first search.
  void realWords();
  // Jobs (e-mail, scheduled work) run inside this process; stopped before the database closes.
  const background = startBackgroundWork({
    config,
    db: database.db,
    cipher: service.app.deps.cipher,
    log: service.app.log,
    templates: mailTemplates,
    extra: backgroundJobs(config, service.app.deps.cipher),
  });
  const stop = async () => {
    await background.stop();
    await service.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
