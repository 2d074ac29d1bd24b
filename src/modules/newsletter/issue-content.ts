import { z } from 'zod';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { listUpcomingEvents } from '../events/list-upcoming-events.js';
import { listLatestRegionNews } from '../news/list-region-news.js';
import type { IssueRow, RegionNames } from './newsletter.repo.js';
import { CHOICES_MAX } from './newsletter.types.js';

/**
 * What an issue says, as plain JSON: frozen into the issue when sending begins (newsletter_issue.content) and carried
 * by each e-mail's job, so every subscriber gets the same issue whatever is edited or unpublished meanwhile. Names of
 * events in every language (the frame of the e-mail is in the subscriber's language); the administrator's text and the
 * news titles in the language they were written in.
 */
export const issueContentSchema = z.object({
  region: z.object({ slug: z.string(), nameFi: z.string(), nameSv: z.string(), nameEn: z.string() }),
  lang: z.enum(['fi', 'sv', 'en']),
  subject: z.string(),
  intro: z.string(),
  news: z.array(z.object({ id: z.string(), title: z.string(), lang: z.enum(['fi', 'sv', 'en']), summary: z.string() })),
  events: z.array(
    z.object({
      id: z.string(),
      nameFi: z.string(),
      nameSv: z.string(),
      nameEn: z.string(),
      start: z.string(),
      end: z.string(),
      place: z.string(),
      remote: z.boolean(),
    }),
  ),
});
export type IssueContent = z.infer<typeof issueContentSchema>;

export interface IssueChoices {
  news: IssueContent['news'];
  events: IssueContent['events'];
}

/** What an issue may carry: the region's public news (newest first) and its upcoming events (soonest first). */
export async function loadIssueChoices({ db, regionId, now }: { db: Database; regionId: string; now: Date }): Promise<IssueChoices> {
  const [news, events] = await Promise.all([listLatestRegionNews({ db, slug: regionId, lang: 'fi', limit: CHOICES_MAX, now }), listUpcomingEvents({ db, regionId, now, limit: CHOICES_MAX })]);
  return {
    news: news.map((n) => ({ id: n.id, title: n.title, lang: n.lang as Lang, summary: n.summary })),
    events: events.map(({ event, occurrence }) => ({
      id: event.id,
      nameFi: event.nameFi,
      nameSv: event.nameSv || event.nameFi,
      nameEn: event.nameEn || event.nameFi,
      start: occurrence.start.toISOString(),
      end: occurrence.end.toISOString(),
      place: event.attendance === 'remote' ? '' : [event.placeName, event.city].filter(Boolean).join(', '),
      remote: event.attendance !== 'on_site',
    })),
  };
}

/** The issue's content now: its text and those of its chosen items that are still public (news) and upcoming (events). */
export function issueContentOf(region: RegionNames, issue: Pick<IssueRow, 'lang' | 'subject' | 'intro' | 'newsIds' | 'eventIds'>, choices: IssueChoices): IssueContent {
  return {
    region: { slug: region.id, nameFi: region.nameFi, nameSv: region.nameSv, nameEn: region.nameEn },
    lang: issue.lang,
    subject: issue.subject,
    intro: issue.intro,
    news: choices.news.filter((n) => issue.newsIds.includes(n.id)),
    events: choices.events.filter((e) => issue.eventIds.includes(e.id)),
  };
}
