import { linkifyit } from 'linkify-it';
import type { ComponentChildren } from 'preact';

const linkify = linkifyit();

/** A piece of a plain-text message: text, or a link with its text and its (http, https or mailto) address. */
export type TextPart = { text: string; href?: undefined } | { text: string; href: string };

/**
 * A plain-text message cut into text and links, never parsed as HTML: only http(s) and mailto addresses become
 * links. Shared by the page (LinkifiedText) and the live conversation (the script builds the same DOM from these
 * parts with text nodes and an anchor whose href it checks again).
 */
export function linkParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const m of linkify.match(text) ?? []) {
    if (!/^(https?:|mailto:)/i.test(m.url)) continue;
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ text: m.text, href: m.url });
    last = m.lastIndex;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/**
 * A plain-text message with its web addresses made clickable, safely: the text is never parsed as HTML (JSX escapes
 * every part), only http(s) and mailto links become anchors, and they open as ordinary links with rel="noopener
 * noreferrer nofollow ugc". Line breaks are kept by the stylesheet (white-space: pre-line).
 */
export function LinkifiedText({ text }: { text: string }) {
  const parts: ComponentChildren[] = linkParts(text).map((p) =>
    p.href !== undefined ? (
      <a href={p.href} rel="noopener noreferrer nofollow ugc">
        {p.text}
      </a>
    ) : (
      p.text
    ),
  );
  return <>{parts}</>;
}
