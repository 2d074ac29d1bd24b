import type { Database } from '../../platform/db/database.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { invalidInput } from '../../platform/errors.js';
import { listThemeTermChoices, slugTakenByOther, type ThemeWithTerms } from './themes.repo.js';
import type { ThemeInput } from './themes.schema.js';

/**
 * Shared by create-theme.ts and update-theme.ts (inside their transaction): the row from the form after the checks
 * that need the database — the slug free (next to its field), every term one of the needs or target groups.
 */
export async function themeFromInput(trx: Database, id: string, input: ThemeInput, isNew: boolean): Promise<ThemeWithTerms> {
  if (await slugTakenByOther(trx, input.slug, isNew ? null : id)) throw invalidInput({ slug: 'themes.error.slugTaken' });
  const allowed = new Set((await listThemeTermChoices(trx)).map((t) => t.id));
  if (input.terms.some((t) => !allowed.has(t))) throw invalidInput({ terms: 'themes.error.terms' });
  return { id, slug: input.slug, nameFi: input.nameFi, nameSv: input.nameSv, nameEn: input.nameEn, sortOrder: input.sortOrder, termIds: [...input.terms].sort() };
}

/** The audit entry of a theme's creation or change: names, slug and terms (no personal data). */
export async function auditTheme(trx: Database, actor: SessionUser, action: 'theme.create' | 'theme.update', theme: ThemeWithTerms, before?: ThemeWithTerms): Promise<void> {
  await recordAudit(trx, {
    actorId: actor.id,
    action,
    subjectType: 'theme',
    subjectId: theme.id,
    detail: {
      slug: theme.slug,
      names: [theme.nameFi, theme.nameSv, theme.nameEn],
      terms: theme.termIds.length,
      ...(before ? { slugBefore: before.slug, added: theme.termIds.filter((t) => !before.termIds.includes(t)).length, removed: before.termIds.filter((t) => !theme.termIds.includes(t)).length } : {}),
    },
  });
}
