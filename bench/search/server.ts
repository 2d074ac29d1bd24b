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
// Requests still running when the load generator stops must finish before the database closes.
let inFlight = 0;
service.app.server.on('request', (_req, res) => {
  inFlight++;
  res.on('close', () => inFlight--);
});
startUsageReporting({
  port: Number(new URL(address).port),
  close: async () => {
    for (let i = 0; i < 600 && inFlight > 0; i++) await new Promise((r) => setTimeout(r, 100));
    await service.close();
  },
});
