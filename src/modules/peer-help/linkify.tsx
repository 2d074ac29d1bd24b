import { linkifyit } from 'linkify-it';
import type { ComponentChildren } from 'preact';

const linkify = linkifyit();

/**
 * A plain-text message with its web addresses made clickable, safely: the text is never parsed as HTML (JSX escapes
 * every part), only http(s) and mailto links become anchors, and they open as ordinary links with rel="noopener
 * noreferrer nofollow ugc". Line breaks are kept by the stylesheet (white-space: pre-line).
 */
export function LinkifiedText({ text }: { text: string }) {
  const parts: ComponentChildren[] = [];
  let last = 0;
  for (const m of linkify.match(text) ?? []) {
    if (!/^(https?:|mailto:)/i.test(m.url)) continue;
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(
      <a href={m.url} rel="noopener noreferrer nofollow ugc">
        {m.text}
      </a>,
    );
    last = m.lastIndex;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
