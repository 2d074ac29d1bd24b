import type { Database } from '../../platform/db/database.js';
import { stableId } from '../../platform/ids.js';
import { termId } from '../reference/load-reference-data.js';
import { insertTheme } from './themes.repo.js';

/** Test helper (not loaded by the app): a theme of need / target-group codes, inserted directly. */
export async function addTestTheme(db: Database, options: { slug: string; nameFi: string; needs?: string[]; targets?: string[] }): Promise<string> {
  const id = stableId('test-theme', options.slug);
  const termIds = [...(options.needs ?? []).map((c) => termId('need', c)), ...(options.targets ?? []).map((c) => termId('target', c))];
  await insertTheme(db, { id, slug: options.slug, nameFi: options.nameFi, nameSv: '', nameEn: '', sortOrder: 0, termIds });
  return id;
}
