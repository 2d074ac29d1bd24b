import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * News and announcement texts are Markdown typed by administrators and NGO maintainers: rendered with `marked`, then
 * cleaned with `sanitize-html` against a short allow-list, so that no script, event handler, style, frame, form or
 * `javascript:` / `data:` link survives whatever was typed (raw HTML in the Markdown included). Headings move down one
 * level (the page's h1 is the item's title), links may only be absolute http(s) or mailto and open as ordinary links marked
 * `rel="nofollow noopener noreferrer"`; images inside the text are dropped (the item's one image has its own field
 * with a required alternative text).
 */

const marked = new Marked({ gfm: true, breaks: false, async: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'strong', 'em', 'b', 'i', 'a', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'del'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Text of the dropped script-like elements goes with them.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'template'],
  transformTags: {
    h1: 'h2',
    h2: 'h3',
    h3: 'h4',
    h4: 'h5',
    h5: 'h6',
    // Absolute http(s) and mailto addresses only: a relative one would point elsewhere in the feed.
    a: (tagName, attribs) => ({ tagName, attribs: { ...(attribs.href && /^(https?:\/\/|mailto:)/i.test(attribs.href.trim()) ? { href: attribs.href.trim() } : {}), rel: 'nofollow noopener noreferrer' } }),
  },
  exclusiveFilter: (frame) => frame.tag === 'a' && !frame.attribs.href && frame.text.trim() === '',
};

/** Markdown → safe HTML for a page or a feed. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return sanitizeHtml(html, SANITIZE).trim();
}

/** Markdown → plain text (a summary for lists and the feed's summary), at most `max` characters. */
export function markdownToText(markdown: string, max = 240): string {
  const text = sanitizeHtml(marked.parse(markdown) as string, { allowedTags: [], allowedAttributes: {}, nonTextTags: SANITIZE.nonTextTags })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
