import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, notFound } from '../../platform/errors.js';
import { enqueue } from '../../platform/jobs/enqueue.js';
import { issueContentOf, loadIssueChoices } from './issue-content.js';
import { findIssue, startSending } from './newsletter.repo.js';
import { newsletterPrepareJob } from './send-issue.job.js';
import { requireNewsletterRegion } from './require-newsletter-region.js';

/**
 * Sends an issue to the region's confirmed subscribers. In one transaction: the issue goes draft → sending by ONE
 * conditional update with its content frozen (a second click, or a second administrator, finds it no longer a draft
 * and gets CONFLICT: an issue cannot be sent twice), the prepare job is queued, the audit event written. The jobs do
 * the rest (send-issue.job.ts).
 */
export async function sendIssue({ db, actor, slug, id, now = new Date() }: { db: Database; actor: SessionUser; slug: string; id: string; now?: Date }): Promise<void> {
  const region = await requireNewsletterRegion(db, actor, slug);
  const choices = await loadIssueChoices({ db, regionId: region.id, now });
  await db.transaction().execute(async (trx) => {
    const issue = await findIssue(trx, { regionId: region.id, id });
    if (!issue) throw notFound('newsletter issue');
    const content = issueContentOf(region, issue, choices);
    if (!(await startSending(trx, { id, regionId: region.id, content, userId: actor.id, now }))) {
      throw conflict('newsletter issue already sent', { titleKey: 'newsletter.error.alreadySent.title', messageKey: 'newsletter.error.alreadySent' });
    }
    await enqueue(trx, newsletterPrepareJob, { issueId: id }, { singletonKey: `newsletter-prepare:${id}` });
    await recordAudit(trx, { actorId: actor.id, action: 'newsletter.send', subjectType: 'newsletter_issue', subjectId: id, fromState: 'draft', toState: 'sending', detail: { region: region.id } });
  });
}
