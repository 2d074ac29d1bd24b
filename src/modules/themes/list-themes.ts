import type { Database } from '../../platform/db/database.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { requireThemeManager } from './themes.policy.js';
import { listThemeRows, type ThemeRow } from './themes.repo.js';

/** /admin/themes: every theme with its number of terms. Platform administrators only. */
export async function listThemes({ db, actor }: { db: Database; actor: SessionUser | null }): Promise<(ThemeRow & { terms: number })[]> {
  requireThemeManager(actor);
  return listThemeRows(db);
}
