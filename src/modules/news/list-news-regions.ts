import { adminScope } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { listRegionNamesIn } from './news.repo.js';

/** The regions whose news the actor manages (every region for a platform administrator), for links to their news pages. */
export async function listNewsRegionsOf(options: { db: Database; actor: SessionUser; lang: Lang }): Promise<{ id: string; name: string }[]> {
  const scope = adminScope(options.actor);
  if (!scope) return [];
  const regions = await listRegionNamesIn(options.db, scope.regionIds);
  return regions.map((r) => ({ id: r.id, name: pick(options.lang, r.nameFi, r.nameSv, r.nameEn) }));
}
