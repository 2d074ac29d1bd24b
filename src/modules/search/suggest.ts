import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { localizedPath } from '../../platform/views/page-context.js';
import { foldText } from './fold-text.js';
import { findSuggestions } from './search-help.repo.js';

export const SUGGESTIONS_PER_KIND = 5;
/** Shortest prefix that gets suggestions. */
export const SUGGEST_MIN_CHARS = 2;
/** Shortest prefix also matched inside compound words ("terveys" in "Mielenterveysyhdistys"). */
const INNER_MIN_CHARS = 4;
const MAX_FOLDED_CHARS = 60;

export interface CodeSuggestion {
  label: string;
  code: string;
  url: string;
}
export interface OrganizationSuggestion {
  label: string;
  id: string;
  url: string;
}

export interface Suggestions {
  needs: CodeSuggestion[];
  supports: CodeSuggestion[];
  targets: CodeSuggestion[];
  organizations: OrganizationSuggestion[];
  municipalities: CodeSuggestion[];
}

const none = (): Suggestions => ({ needs: [], supports: [], targets: [], organizations: [], municipalities: [] });

/**
 * Suggestions as you type (front page): needs, kinds of support, target groups, published organisations and
 * municipalities whose label (or synonym, or other-language name) has a word starting with the typed text; case and
 * accents do not matter. Links go to the results page with that filter, or to the organisation's card.
 */
export async function suggest({ db, text, lang }: { db: Database; text: string; lang: Lang }): Promise<Suggestions> {
  const prefix = foldText(text).slice(0, MAX_FOLDED_CHARS).trim();
  if (prefix.length < SUGGEST_MIN_CHARS) return none();
  const rows = await findSuggestions(db, prefix, lang, SUGGESTIONS_PER_KIND, INNER_MIN_CHARS);
  const out = none();
  const link = (path: string) => localizedPath(lang, path);
  for (const r of rows) {
    if (r.kind === 'organization') out.organizations.push({ label: r.label, id: r.ref, url: link(`/organisations/${r.ref}`) });
    else if (r.kind === 'municipality') out.municipalities.push({ label: r.label, code: r.ref, url: link(`/search?municipality=${encodeURIComponent(r.ref)}`) });
    else {
      const item = { label: r.label, code: r.ref, url: link(`/search?${r.kind}=${encodeURIComponent(r.ref)}`) };
      (r.kind === 'need' ? out.needs : r.kind === 'support' ? out.supports : out.targets).push(item);
    }
  }
  return out;
}
