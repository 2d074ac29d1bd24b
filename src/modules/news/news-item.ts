import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { markdownToText, renderMarkdown } from './markdown.js';
import type { NewsRow, RegionNames } from './news.repo.js';

/** A news item or announcement as the pages and the feed show it: the Markdown rendered and sanitised once here. */
export interface NewsItemView {
  id: string;
  regionId: string;
  kind: NewsRow['kind'];
  status: NewsRow['status'];
  /** The language it is written in (marked with `lang` where it differs from the page's). */
  lang: Lang;
  title: string;
  /** Sanitised HTML (markdown.ts). */
  html: string;
  /** Plain text, at most 240 characters. */
  summary: string;
  imageUrl: string | null;
  imageAlt: string;
  publishOn: string;
  expiresOn: string | null;
  updatedAt: Date;
  /** The sending organisation of an announcement, in the page's language. */
  organization: { id: string; name: string } | null;
  decisionMessage: string | null;
}

export function toNewsItemView(row: NewsRow, lang: Lang): NewsItemView {
  return {
    id: row.id,
    regionId: row.regionId,
    kind: row.kind,
    status: row.status,
    lang: row.lang,
    title: row.title,
    html: renderMarkdown(row.body),
    summary: markdownToText(row.body),
    imageUrl: row.imageUrl,
    imageAlt: row.imageAlt,
    publishOn: row.publishOn,
    expiresOn: row.expiresOn,
    updatedAt: row.updatedAt,
    organization: row.organization ? { id: row.organization.id, name: pick(lang, row.organization.nameFi, row.organization.nameSv, row.organization.nameEn) } : null,
    decisionMessage: row.decisionMessage,
  };
}

export function regionName(region: RegionNames, lang: Lang): string {
  return pick(lang, region.nameFi, region.nameSv, region.nameEn);
}

const helsinkiDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The date in Finland at `now` (YYYY-MM-DD): publish and expiry dates are Finnish calendar days. */
export function helsinkiToday(now: Date): string {
  return helsinkiDay.format(now);
}
