import type { Database } from '../../platform/db/database.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { requireThemeManager } from './themes.policy.js';
import { findThemeById, listThemeTermChoices, type ThemeWithTerms } from './themes.repo.js';

export interface ThemeFormData {
  /** The theme being edited; null for a new one. */
  theme: ThemeWithTerms | null;
  needs: { id: string; name: string }[];
  targets: { id: string; name: string }[];
}

/** What the theme form shows: the theme (null result when there is no such theme) and the terms to choose from. */
export async function getThemeForm({ db, actor, id, lang }: { db: Database; actor: SessionUser | null; id: string | null; lang: Lang }): Promise<ThemeFormData | null> {
  requireThemeManager(actor);
  const theme = id === null ? null : await findThemeById(db, id);
  if (id !== null && !theme) return null;
  const terms = (await listThemeTermChoices(db)).map((t) => ({ id: t.id, taxonomy: t.taxonomy, name: pick(lang, t.nameFi, t.nameSv, t.nameEn) }));
  return {
    theme,
    needs: terms.filter((t) => t.taxonomy === 'need').map(({ id, name }) => ({ id, name })),
    targets: terms.filter((t) => t.taxonomy === 'target').map(({ id, name }) => ({ id, name })),
  };
}
