/** An Atom 1.0 document (RFC 4287) of a region's news, built as text: every value escaped, no invalid XML characters. */

export interface AtomEntry {
  id: string;
  title: string;
  /** Absolute URL of the item's page. */
  url: string;
  /** The item's language (xml:lang). */
  lang: string;
  published: Date;
  updated: Date;
  authorName: string;
  category: { term: string; label: string };
  summary: string;
  /** Sanitised HTML (sent escaped, as type="html"). */
  html: string;
}

export interface AtomFeed {
  /** Absolute URL of the feed itself: also its id. */
  selfUrl: string;
  /** Absolute URL of the HTML page with the same items. */
  pageUrl: string;
  lang: string;
  title: string;
  subtitle: string;
  authorName: string;
  /** When nothing is listed: the feed's own last change. */
  fallbackUpdated: Date;
  entries: AtomEntry[];
}

// Characters XML 1.0 does not allow at all (control characters other than tab, newline and return; lone surrogates).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(text: string): string {
  return text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const stamp = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function buildAtomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((max, e) => (e.updated > max ? e.updated : max), feed.entries.length > 0 ? new Date(0) : feed.fallbackUpdated);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(feed.lang)}">`,
    `  <id>${xmlEscape(feed.selfUrl)}</id>`,
    `  <title>${xmlEscape(feed.title)}</title>`,
    `  <subtitle>${xmlEscape(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.pageUrl)}"/>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <author><name>${xmlEscape(feed.authorName)}</name></author>`,
  ];
  for (const e of feed.entries) {
    lines.push(
      `  <entry xml:lang="${xmlEscape(e.lang)}">`,
      `    <id>urn:uuid:${xmlEscape(e.id)}</id>`,
      `    <title type="text">${xmlEscape(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(e.url)}"/>`,
      `    <published>${stamp(e.published)}</published>`,
      `    <updated>${stamp(e.updated)}</updated>`,
      `    <author><name>${xmlEscape(e.authorName)}</name></author>`,
      `    <category term="${xmlEscape(e.category.term)}" label="${xmlEscape(e.category.label)}"/>`,
      `    <summary type="text">${xmlEscape(e.summary)}</summary>`,
      `    <content type="html">${xmlEscape(e.html)}</content>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}

/** The instant a Finnish calendar day (YYYY-MM-DD) begins in Helsinki (UTC+2, or +3 in summer time). */
export function helsinkiMidnight(date: string): Date {
  const hourIn = (d: Date) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', hour: '2-digit', hourCycle: 'h23' }).format(d));
  const guess = new Date(`${date}T00:00:00Z`);
  for (const offset of [2, 3]) {
    const candidate = new Date(guess.getTime() - offset * 3_600_000);
    if (hourIn(candidate) === 0) return candidate;
  }
  return new Date(guess.getTime() - 2 * 3_600_000);
}
