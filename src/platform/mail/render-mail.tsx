import { renderToString } from 'preact-render-to-string';
import { translator, type Lang, type Translate } from '../i18n/i18n.js';
import { localizedPath } from '../views/page-context.js';
import type { MailBlock, MailContent, MailTemplate } from './mail-template.js';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  /** The one-click unsubscribe address of a mailing list (MailContent.listUnsubscribe), inside BASE_URL. */
  listUnsubscribe?: string;
}

/** Absolute link in `lang` from a language-neutral path starting with "/". */
export function mailLink(baseUrl: string, lang: Lang, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`mail links take a path starting with "/": ${path}`);
  return `${baseUrl}${localizedPath(lang, path)}`;
}

/**
 * Renders a template in the recipient's language into a subject, a plain-text part and an HTML part.
 * Throws (a ZodError) when the parameters do not fit the template, and when an action links outside BASE_URL.
 */
export function renderMail(options: { template: MailTemplate; params: unknown; lang: Lang; baseUrl: string }): RenderedMail {
  const { template, lang, baseUrl } = options;
  const params = template.params.parse(options.params);
  const t = translator(lang);
  const content = template.render(params, { lang, t, link: (path) => mailLink(baseUrl, lang, path) });
  for (const block of content.blocks) {
    if (block.kind === 'action' && !(block.href === baseUrl || block.href.startsWith(`${baseUrl}/`))) {
      throw new Error(`mail template ${template.name}: action link outside BASE_URL`);
    }
  }
  const inside = (href: string) => href === baseUrl || href.startsWith(`${baseUrl}/`);
  if (content.listUnsubscribe !== undefined && (!inside(content.listUnsubscribe) || /[\s<>]/.test(content.listUnsubscribe))) {
    throw new Error(`mail template ${template.name}: unsubscribe link outside BASE_URL`);
  }
  const subject = content.subject.replace(/[\r\n]+/g, ' ').trim();
  return {
    subject,
    text: renderText(content, t, baseUrl),
    html: renderHtml({ ...content, subject }, t, lang, baseUrl),
    ...(content.listUnsubscribe ? { listUnsubscribe: content.listUnsubscribe } : {}),
  };
}

function renderText(content: MailContent, t: Translate, baseUrl: string): string {
  const blocks = content.blocks.map((b) => {
    switch (b.kind) {
      case 'heading':
        return `${b.text}\n${'='.repeat(Math.min(b.text.length, 72))}`;
      case 'paragraph':
        return b.text;
      case 'list':
        return b.items.map((i) => `- ${i}`).join('\n');
      case 'action':
        return `${b.label}:\n${b.href}`;
      case 'html':
        return b.text;
    }
  });
  const footer = `-- \n${t('mail.footer.automatic')}\n${t('mail.footer.site')}\n${baseUrl}/`;
  return `${blocks.join('\n\n')}\n\n${footer}\n`;
}

const font = 'font-family: Arial, Helvetica, sans-serif; color: #1a1a1a; line-height: 1.5;';

function Block({ block }: { block: MailBlock }) {
  switch (block.kind) {
    case 'heading':
      return <h1 style="font-size: 1.4em; margin: 0 0 16px;">{block.text}</h1>;
    case 'paragraph':
      return <p style="margin: 0 0 16px;">{block.text}</p>;
    case 'list':
      return (
        <ul style="margin: 0 0 16px; padding-left: 24px;">
          {block.items.map((i) => (
            <li>{i}</li>
          ))}
        </ul>
      );
    case 'action':
      return (
        <p style="margin: 24px 0;">
          <a
            href={block.href}
            style="display: inline-block; background: #1d4f91; color: #ffffff; padding: 12px 20px; border-radius: 4px; text-decoration: underline; font-weight: bold;"
          >
            {block.label}
          </a>
          <br />
          <span style="font-size: 0.9em; color: #4a4a4a; word-break: break-all;">{block.href}</span>
        </p>
      );
    case 'html':
      // Sanitised by the template (MailBlock 'html').
      return <div lang={block.lang} style="margin: 0 0 16px;" dangerouslySetInnerHTML={{ __html: block.html }} />;
  }
}

function renderHtml(content: MailContent, t: Translate, lang: Lang, baseUrl: string): string {
  const doc = (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{content.subject}</title>
      </head>
      <body style={`margin: 0; padding: 16px; background: #ffffff; ${font}`}>
        <main style="max-width: 600px; margin: 0 auto;">
          {content.blocks.map((b) => (
            <Block block={b} />
          ))}
        </main>
        <footer style="max-width: 600px; margin: 32px auto 0; border-top: 1px solid #767676; padding-top: 12px; font-size: 0.9em; color: #4a4a4a;">
          <p style="margin: 0 0 8px;">{t('mail.footer.automatic')}</p>
          <p style="margin: 0;">
            <a href={`${baseUrl}/`} style="color: #1d4f91;">
              {t('mail.footer.site')}
            </a>
          </p>
        </footer>
      </body>
    </html>
  );
  return `<!doctype html>${renderToString(doc)}`;
}
