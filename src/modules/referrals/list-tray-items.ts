import type { Database } from '../../platform/db/database.js';
import { findPublicTrayIds } from './tray.repo.js';
import type { TrayItem } from './tray.cookie.js';

/**
 * The items of a tray that are public right now, in the tray's order: what the header counts and what adding and
 * removing keep. An archived organisation, a withdrawn activity or an id that never existed drops out.
 */
export async function listTrayItems(options: { db: Database; items: readonly TrayItem[] }): Promise<TrayItem[]> {
  const { items } = options;
  if (items.length === 0) return [];
  const ids = (kind: TrayItem['kind']) => items.filter((i) => i.kind === kind).map((i) => i.id);
  const found = await findPublicTrayIds(options.db, ids('organization'), ids('activity'));
  const orgs = new Set(found.organizationIds);
  const acts = new Set(found.activityIds);
  return items.filter((i) => (i.kind === 'organization' ? orgs : acts).has(i.id));
}
