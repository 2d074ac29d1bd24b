import type { Database } from '../../platform/db/database.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { notFound } from '../../platform/errors.js';
import { auditTheme, themeFromInput } from './save-theme.js';
import { requireThemeManager } from './themes.policy.js';
import { findThemeById, updateThemeRow } from './themes.repo.js';
import type { ThemeInput } from './themes.schema.js';

/** A platform administrator edits a theme; its slug may change (the old address then answers 404). Audited. */
export async function updateTheme({ db, actor, id, input }: { db: Database; actor: SessionUser | null; id: string; input: ThemeInput }): Promise<void> {
  const user = requireThemeManager(actor);
  await db.transaction().execute(async (trx) => {
    const before = await findThemeById(trx, id);
    if (!before) throw notFound('theme');
    const theme = await themeFromInput(trx, id, input, false);
    await updateThemeRow(trx, theme);
    await auditTheme(trx, user, 'theme.update', theme, before);
  });
}
