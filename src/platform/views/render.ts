import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** Renders a page component to a full HTML document. Text is escaped by preact; there is no raw HTML path. */
export function renderDocument(page: VNode<any>): string {
  return `<!doctype html>${renderToString(page)}`;
}
