import { renderToString } from 'preact-render-to-string';
import { z } from 'zod';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { defineMailTemplate, type MailBlock } from '../../platform/mail/mail-template.js';
import { markdownToText, renderMarkdown } from '../news/markdown.js';
import { issueContentSchema, type IssueContent } from './issue-content.js';

const localeTags: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** "ti 9.12.2026 klo 18.00–20.00" in the recipient's language, Finnish time. */
export function eventWhen(e: Pick<IssueContent['events'][number], 'start' | 'end'>, lang: Lang): string {
  const start = new Date(e.start);
  const end = new Date(e.end);
  const day = new Intl.DateTimeFormat(localeTags[lang], { weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'Europe/Helsinki' });
  const time = new Intl.DateTimeFormat(localeTags[lang], { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Helsinki' });
  const sameDay = day.format(start) === day.format(end);
  return sameDay ? `${day.format(start)} ${time.format(start)}–${time.format(end)}` : `${day.format(start)} ${time.format(start)} – ${day.format(end)} ${time.format(end)}`;
}

const linkStyle = 'color: #1d4f91;';

/**
 * One issue of a region's newsletter, in the subscriber's language (the administrator's text and the news titles in
 * the language they were written in, marked with `lang`). Each subscriber's copy carries their unsubscribe link, in
 * the text and as the List-Unsubscribe header (one click, RFC 8058). `unsubscribeToken: null` is the administrator's
 * test message (and the preview): marked as a test, no unsubscribe link.
 */
export const newsletterIssueMail = defineMailTemplate({
  name: 'newsletter-issue',
  params: z.object({ content: issueContentSchema, unsubscribeToken: z.string().regex(/^[A-Za-z0-9_-]{43}$/).nullable() }),
  render: ({ content, unsubscribeToken }, { t, lang, link }) => {
    const region = pick(lang, content.region.nameFi, content.region.nameSv, content.region.nameEn);
    const test = unsubscribeToken === null;
    const blocks: MailBlock[] = [{ kind: 'heading', text: content.subject }, { kind: 'paragraph', text: t('newsletter.mail.issue.from', { region }) }];
    if (test) blocks.unshift({ kind: 'paragraph', text: t('newsletter.mail.issue.testNote') });
    if (content.intro) blocks.push({ kind: 'html', html: renderMarkdown(content.intro), text: content.intro, lang: content.lang });
    if (content.news.length > 0) {
      const heading = t('newsletter.mail.issue.news');
      const html = renderToString(
        <section>
          <h2 style="font-size: 1.2em; margin: 24px 0 8px;">{heading}</h2>
          <ul style="margin: 0; padding-left: 24px;">
            {content.news.map((n) => (
              <li style="margin: 0 0 12px;">
                <a href={link(`/regions/${content.region.slug}/news/${n.id}`)} lang={n.lang === lang ? undefined : n.lang} style={linkStyle}>
                  {n.title}
                </a>
                {n.summary ? <br /> : null}
                {n.summary ? <span lang={n.lang === lang ? undefined : n.lang}>{n.summary}</span> : null}
              </li>
            ))}
          </ul>
        </section>,
      );
      const text = [`${heading}\n${'-'.repeat(heading.length)}`, ...content.news.map((n) => `- ${n.title}\n  ${link(`/regions/${content.region.slug}/news/${n.id}`)}`)].join('\n');
      blocks.push({ kind: 'html', html, text });
    }
    if (content.events.length > 0) {
      const heading = t('newsletter.mail.issue.events');
      const where = (e: IssueContent['events'][number]) => [e.place, e.remote ? t('newsletter.mail.issue.remote') : ''].filter(Boolean).join(' · ');
      const html = renderToString(
        <section>
          <h2 style="font-size: 1.2em; margin: 24px 0 8px;">{heading}</h2>
          <ul style="margin: 0; padding-left: 24px;">
            {content.events.map((e) => (
              <li style="margin: 0 0 12px;">
                <a href={link(`/events/${e.id}`)} style={linkStyle}>
                  {pick(lang, e.nameFi, e.nameSv, e.nameEn)}
                </a>
                <br />
                {eventWhen(e, lang)}
                {where(e) ? ` · ${where(e)}` : ''}
              </li>
            ))}
          </ul>
          <p style="margin: 8px 0 0;">
            <a href={link(`/regions/${content.region.slug}/events`)} style={linkStyle}>
              {t('newsletter.mail.issue.calendar')}
            </a>
          </p>
        </section>,
      );
      const text = [
        `${heading}\n${'-'.repeat(heading.length)}`,
        ...content.events.map((e) => `- ${pick(lang, e.nameFi, e.nameSv, e.nameEn)}\n  ${eventWhen(e, lang)}${where(e) ? ` · ${where(e)}` : ''}\n  ${link(`/events/${e.id}`)}`),
        `${t('newsletter.mail.issue.calendar')}: ${link(`/regions/${content.region.slug}/events`)}`,
      ].join('\n');
      blocks.push({ kind: 'html', html, text });
    }
    if (test) {
      blocks.push({ kind: 'paragraph', text: t('newsletter.mail.issue.testFooter') });
      return { subject: `${t('newsletter.mail.issue.testSubject')} ${content.subject}`, blocks };
    }
    const unsubscribe = link(`/newsletter/unsubscribe/${unsubscribeToken}`);
    blocks.push({ kind: 'paragraph', text: t('newsletter.mail.issue.why', { region }) }, { kind: 'action', label: t('newsletter.mail.issue.unsubscribe'), href: unsubscribe });
    return { subject: content.subject, blocks, listUnsubscribe: unsubscribe };
  },
});

/** Plain-text summary of an issue's own text, for lists. */
export const introSummary = (intro: string) => markdownToText(intro, 160);
