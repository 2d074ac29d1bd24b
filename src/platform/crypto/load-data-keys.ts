import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDataKeys, newDataKey, parseDataKeys, type DataKey } from './field-cipher.js';

export const DATA_KEYS_FILE = 'data-keys';

/**
 * The keys for personal fields: DATA_KEYS from the settings when set; otherwise the file `data-keys` under
 * DATA_DIR, created with one random key on first start (readable by the owner only). Several instances, or a
 * PostgreSQL server shared by several machines, need DATA_KEYS set to the same value everywhere.
 */
export function loadDataKeys(options: { dataKeys: string | undefined; dataDir: string }): { keys: DataKey[]; source: 'setting' | 'file' | 'new file' } {
  if (options.dataKeys) return { keys: parseDataKeys(options.dataKeys), source: 'setting' };
  const path = join(options.dataDir, DATA_KEYS_FILE);
  if (existsSync(path)) return { keys: parseDataKeys(readFileSync(path, 'utf8')), source: 'file' };
  mkdirSync(options.dataDir, { recursive: true });
  writeFileSync(path, `${formatDataKeys([newDataKey('k1')])}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return { keys: parseDataKeys(readFileSync(path, 'utf8')), source: 'new file' };
}
