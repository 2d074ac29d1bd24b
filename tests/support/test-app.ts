import { createService, type Service } from '../../src/boot.js';
import { loadConfig } from '../../src/config.js';
import { formatDataKeys, newDataKey } from '../../src/platform/crypto/field-cipher.js';
import { createTestDatabase } from './test-db.js';

/** One random data key per test process: tests never write a key file, and no test relies on a fixed key. */
export const TEST_DATA_KEYS = formatDataKeys([newDataKey('t1')]);

/** The whole service on a fresh test database, optionally with the demo data, for app.inject() or a real port. */
export async function createTestService(
  options: { demo?: boolean; logStream?: { write(line: string): void }; logLevel?: string; /** more settings, e.g. REGION_HOSTS */ env?: Record<string, string>; /** a clock the test can set (AppDeps.now) */ now?: () => Date } = {},
): Promise<Service> {
  // With the demo data loaded as the app loads it (demo data, demo helplines, search index): built once, copied here.
  const database = await createTestDatabase({ demo: options.demo });
  const config = loadConfig({ LOG_LEVEL: options.logLevel ?? 'warn', DEMO_DATA: 'off', BASE_URL: 'http://localhost:3000', DATA_KEYS: TEST_DATA_KEYS, ...options.env });
  return createService(config, database, { logStream: options.logStream, now: options.now });
}
