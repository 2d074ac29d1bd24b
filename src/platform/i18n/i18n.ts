import { messagesOf, type MessageKey } from './catalog.js';

export const LANGS = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'fi';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Returns a translator for one language. Missing keys fall back to Finnish, then to the key itself. */
export function translator(lang: Lang): Translate {
  const own = messagesOf(lang);
  const fallback = messagesOf('fi');
  return (key, params) => {
    let text = own[key] ?? fallback[key] ?? key;
    if (params) {
      for (const [name, value] of Object.entries(params)) text = text.replaceAll(`{${name}}`, String(value));
    }
    return text;
  };
}

/** The locale each page language formats dates and numbers in. */
export const localeTags: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function helsinkiFormat(lang: Lang, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang}:${withTime}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeTags[lang], { dateStyle: 'short', ...(withTime ? { timeStyle: 'short' as const } : {}), timeZone: 'Europe/Helsinki' });
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** An instant as date and time in Finnish time, short styles ("4.12.2026 klo 18.15" in fi). */
export function formatDateTime(d: Date, lang: Lang): string {
  return helsinkiFormat(lang, true).format(d);
}

/** The day of an instant in Finnish time, short style ("4.12.2026" in fi). */
export function formatDayOf(d: Date, lang: Lang): string {
  return helsinkiFormat(lang, false).format(d);
}

/** "23.11.2026" in fi/sv, "23 Nov 2026" in en, from an ISO date (YYYY-MM-DD). */
export function formatDate(isoDate: string | null | undefined, lang: Lang): string {
  if (!isoDate) return '';
  const d = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return new Intl.DateTimeFormat(localeTags[lang], { day: 'numeric', month: lang === 'en' ? 'short' : 'numeric', year: 'numeric', timeZone: 'UTC' }).format(d);
}

export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(localeTags[lang]).format(n);
}

/** Collator for A–Ö sorting: Finnish/Swedish alphabet order (å, ä, ö last). */
export function collator(lang: Lang): Intl.Collator {
  return new Intl.Collator(lang === 'en' ? 'fi' : localeTags[lang], { sensitivity: 'base' });
}

/** The value in the wanted language, falling back to Finnish. */
export function pick(lang: Lang, fi: string, sv?: string | null, en?: string | null): string {
  if (lang === 'sv' && sv) return sv;
  if (lang === 'en' && en) return en;
  return fi;
}

/** The language of the text `pick` returns for the same arguments: `lang` when translated, else 'fi'. */
export function pickedLang(lang: Lang, sv?: string | null, en?: string | null): Lang {
  if (lang === 'sv' && sv) return 'sv';
  if (lang === 'en' && en) return 'en';
  return 'fi';
}
