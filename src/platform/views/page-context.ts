import type { Lang, Translate } from '../i18n/i18n.js';

/** What every page needs to render: the language, its translator and the current URL (for the language switch). */
export interface PageContext {
  lang: Lang;
  t: Translate;
  /** Path and query of the current request, without the language prefix, e.g. "/search?need=masennus". */
  path: string;
  /** Builds a link in the current language from a language-neutral path. */
  href: (path: string) => string;
  /** The signed-in user as the page frame needs it (header links), or null/undefined when signed out. */
  user?: { email: string; admin: boolean; platformAdmin: boolean } | null;
}

export function localizedPath(lang: Lang, path: string): string {
  if (lang === 'fi') return path;
  return path === '/' ? `/${lang}` : `/${lang}${path}`;
}
