/**
 * Child process of the speed benchmark: the real service (createService from src/boot.ts) on an ephemeral port of
 * 127.0.0.1, over the database named by DATABASE_URL or DATA_DIR. Tells the parent its port, and answers 'usage' with
 * its peak memory (process.resourceUsage().maxRSS), so the figure is the server's alone.
 */
import { loadConfig } from '../../src/config.js';
import { createService, prepareDatabase } from '../../src/boot.js';
import { startUsageReporting } from './usage.js';

const config = loadConfig({ ...process.env, DEMO_DATA: 'off', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
const database = await prepareDatabase(config);
const service = await createService(config, database);
const address = await service.app.listen({ port: 0, host: '127.0.0.1' });
// On 'stop' the process exits without closing the database: requests the load generator abandoned may still be
// running (their sockets are gone, so they cannot be counted), and closing the database under them only logs errors.
startUsageReporting({
  port: Number(new URL(address).port),
  close: async () => {
    service.app.server.closeAllConnections();
    await new Promise<void>((resolve) => service.app.server.close(() => resolve()));
  },
});
