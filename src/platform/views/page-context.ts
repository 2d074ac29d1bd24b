import type { ComponentChildren } from 'preact';
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
  /** Links a module adds to every page's header (e.g. the tray with its count), filled by request hooks. */
  headerLinks?: HeaderLink[];
  /** Sections a module adds after the main content of some pages (e.g. the feedback form of a region's portal). */
  asides?: PageAside[];
}

/**
 * A section after a page's main content, added by a module's request hook (`request.pageAsides.push(...)`), rendered
 * by the layout as a complementary landmark (`<aside aria-labelledby={titleId}>`) with the page's context: the
 * rendered content must hold a heading with the id `titleId`.
 */
export interface PageAside {
  titleId: string;
  render: (ctx: PageContext) => ComponentChildren;
}

/**
 * A link in the page header, added by a module's request hook (`request.headerLinks.push(...)`): `href` is
 * language-neutral, `label` already translated; `count`, when above 0, is shown as "Label (2)"; `id` lets a script
 * update it.
 */
export interface HeaderLink {
  href: string;
  label: string;
  count?: number;
  id?: string;
}

/** "Tarjotin (2)": a header link's text with its count. */
export function headerLinkText(link: Pick<HeaderLink, 'label' | 'count'>): string {
  return link.count ? `${link.label} (${link.count})` : link.label;
}

export function localizedPath(lang: Lang, path: string): string {
  if (lang === 'fi') return path;
  return path === '/' ? `/${lang}` : `/${lang}${path}`;
}
