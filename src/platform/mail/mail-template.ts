import type { z } from 'zod';
import type { Lang, Translate } from '../i18n/i18n.js';

/**
 * An e-mail's content as blocks. The platform renders the same blocks into the plain-text part and the HTML part,
 * so the two always say the same thing, and escapes all text in HTML.
 */
export type MailBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  /** A link into the service, shown as a button in HTML; `href` must come from ctx.link(). */
  | { kind: 'action'; label: string; href: string }
  /**
   * Markup the TEMPLATE has already sanitised (e.g. Markdown through sanitize-html), inserted into the HTML part as
   * it is, with `text` as its plain-text equivalent; `lang` when it is written in another language than the mail.
   */
  | { kind: 'html'; html: string; text: string; lang?: Lang };

export interface MailContent {
  subject: string;
  blocks: MailBlock[];
  /**
   * A mailing list's one-click unsubscribe address (RFC 8058), from ctx.link(): sent as `List-Unsubscribe: <url>`
   * with `List-Unsubscribe-Post: List-Unsubscribe=One-Click`. Its page must unsubscribe on a POST without a CSRF token.
   */
  listUnsubscribe?: string;
}

export interface MailRenderContext {
  lang: Lang;
  t: Translate;
  /** An absolute link in the recipient's language from a language-neutral path: link('/search') → BASE_URL/sv/search. */
  link(path: string): string;
}

/**
 * An e-mail template: its name (stored in the send-mail job), a schema for its parameters (plain JSON, stored in
 * the job too), and a render function called at send time, inside the job, with a translator for the recipient's
 * language. Every template must be listed in mail-templates.ts so the job can find it by name.
 */
export interface MailTemplate<S extends z.ZodType = z.ZodType> {
  name: string;
  params: S;
  render(params: z.infer<S>, ctx: MailRenderContext): MailContent;
}

export function defineMailTemplate<S extends z.ZodType>(template: MailTemplate<S>): MailTemplate<S> {
  if (!/^[a-z0-9][a-z0-9-.]*$/.test(template.name)) throw new Error(`bad mail template name "${template.name}"`);
  return template;
}
