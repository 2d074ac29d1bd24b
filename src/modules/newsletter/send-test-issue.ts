import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { issueContentOf, issueContentSchema, loadIssueChoices } from './issue-content.js';
import { newsletterIssueMail } from './newsletter-issue.mail.js';
import { findIssue } from './newsletter.repo.js';
import { requireNewsletterRegion } from './require-newsletter-region.js';

/** Sends the issue as it stands to the administrator's own address, marked as a test, in `lang`. Changes nothing else. */
export async function sendTestIssue({ db, actor, slug, id, lang, now = new Date() }: { db: Database; actor: SessionUser; slug: string; id: string; lang: Lang; now?: Date }): Promise<void> {
  const region = await requireNewsletterRegion(db, actor, slug);
  const issue = await findIssue(db, { regionId: region.id, id });
  if (!issue) throw notFound('newsletter issue');
  const content = issue.status === 'draft' ? issueContentOf(region, issue, await loadIssueChoices({ db, regionId: region.id, now })) : issueContentSchema.parse(issue.content);
  await enqueueMail(db, { to: actor.email, lang, template: newsletterIssueMail, params: { content, unsubscribeToken: null } });
}
