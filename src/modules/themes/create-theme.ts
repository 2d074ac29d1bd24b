import type { Database } from '../../platform/db/database.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { invalidInput } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { auditTheme, themeFromInput } from './save-theme.js';
import { requireThemeManager } from './themes.policy.js';
import { insertTheme } from './themes.repo.js';
import type { ThemeInput } from './themes.schema.js';

/** A platform administrator creates a theme (names, slug, the need / target-group terms it maps to); audited. */
export async function createTheme({ db, actor, input }: { db: Database; actor: SessionUser | null; input: ThemeInput }): Promise<{ id: string }> {
  const user = requireThemeManager(actor);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const theme = await themeFromInput(trx, id, input, true);
    if (!(await insertTheme(trx, theme))) throw invalidInput({ slug: 'themes.error.slugTaken' });
    await auditTheme(trx, user, 'theme.create', theme);
  });
  return { id };
}
