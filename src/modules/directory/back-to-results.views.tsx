import type { PageContext } from '../../platform/views/page-context.js';

/**
 * "Takaisin hakutuloksiin": a card or activity page opened from the search results page links back to exactly those
 * results. The result links carry the results' path and query as `?from=/search?…` (language-neutral); the page
 * accepts only a same-site path to the results page (`/search`, optionally with its /sv or /en prefix and a query)
 * and otherwise shows no link, so the parameter cannot send anyone elsewhere (https://…, //host, javascript: …).
 */

const MAX_FROM_LENGTH = 2000;
const RESULTS_PATH = /^(?:\/(?:sv|en))?(\/search(?:\?[^#\s\\]*)?)$/;

/** The language-neutral results path ("/search?q=…") from a `from` query value, or null when it is anything else. */
export function resultsPathFrom(from: unknown): string | null {
  if (typeof from !== 'string' || from.length > MAX_FROM_LENGTH) return null;
  const m = RESULTS_PATH.exec(from);
  if (!m) return null;
  // Read it as a URL on a dummy origin: it must stay on that origin and on the results path.
  let url: URL;
  try {
    url = new URL(m[1]!, 'http://tarjotin.invalid');
  } catch {
    return null;
  }
  if (url.origin !== 'http://tarjotin.invalid' || url.pathname !== '/search') return null;
  return `${url.pathname}${url.search}`;
}

/** A link path with the results it was reached from (`?from=` / `&from=`), or the path itself when there are none. */
export function withFrom(path: string, resultsPath: string | null | undefined): string {
  if (!resultsPath) return path;
  return `${path}${path.includes('?') ? '&' : '?'}from=${encodeURIComponent(resultsPath)}`;
}

/** The link back to the results, near the top of a card or activity page; nothing without (valid) results. */
export function BackToResults({ ctx, resultsPath }: { ctx: PageContext; resultsPath: string | null | undefined }) {
  if (!resultsPath) return null;
  return (
    <p class="back-to-results no-print">
      <a href={ctx.href(resultsPath)}>
        <span aria-hidden="true">← </span>
        {ctx.t('directory.backToResults')}
      </a>
    </p>
  );
}
