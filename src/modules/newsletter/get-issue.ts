import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { renderMail, type RenderedMail } from '../../platform/mail/render-mail.js';
import { issueContentOf, issueContentSchema, loadIssueChoices, type IssueContent } from './issue-content.js';
import { newsletterIssueMail } from './newsletter-issue.mail.js';
import { countDeliveries, countSubscribers, findIssue, type IssueRow, type RegionNames } from './newsletter.repo.js';
import { requireNewsletterRegion } from './require-newsletter-region.js';

export interface IssueDetail {
  region: RegionNames;
  issue: IssueRow;
  content: IssueContent;
  /** The e-mail as the test message renders it (subject, text part, HTML part), in `lang`. */
  preview: RenderedMail;
  /** Confirmed subscribers now (who would get it). */
  subscribers: number;
  deliveries: { total: number; queued: number; mailed: number };
}

/**
 * One issue for its administrators: a draft with its content as it would be sent now (chosen news still public, events
 * still upcoming), or what was sent, frozen; rendered by the e-mail template itself, so the preview is the e-mail.
 * null when the region has no such issue.
 */
export async function getIssue({
  db,
  actor,
  slug,
  id,
  lang,
  baseUrl,
  now = new Date(),
}: {
  db: Database;
  actor: SessionUser;
  slug: string;
  id: string;
  lang: Lang;
  baseUrl: string;
  now?: Date;
}): Promise<IssueDetail | null> {
  const region = await requireNewsletterRegion(db, actor, slug);
  const issue = await findIssue(db, { regionId: region.id, id });
  if (!issue) return null;
  const content = issue.status === 'draft' ? issueContentOf(region, issue, await loadIssueChoices({ db, regionId: region.id, now })) : issueContentSchema.parse(issue.content);
  const preview = renderMail({ template: newsletterIssueMail, params: { content, unsubscribeToken: null }, lang, baseUrl });
  const [subscribers, deliveries] = await Promise.all([countSubscribers(db, region.id), countDeliveries(db, issue.id)]);
  return { region, issue, content, preview, subscribers: subscribers.confirmed, deliveries };
}
