import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, notFound } from '../../platform/errors.js';
import { findIssue, updateDraft } from './newsletter.repo.js';
import type { IssueInput } from './newsletter.schema.js';
import { requireNewsletterRegion } from './require-newsletter-region.js';

/** Saves a draft; CONFLICT once sending has begun (what was sent is never edited). */
export async function updateIssue({ db, actor, slug, id, input }: { db: Database; actor: SessionUser; slug: string; id: string; input: IssueInput }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const region = await requireNewsletterRegion(trx, actor, slug);
    if (!(await findIssue(trx, { regionId: region.id, id }))) throw notFound('newsletter issue');
    const saved = await updateDraft(trx, { id, regionId: region.id, lang: input.lang, subject: input.subject, intro: input.intro, newsIds: input.news, eventIds: input.events });
    if (!saved) throw conflict('newsletter issue is no longer a draft', { messageKey: 'newsletter.error.notDraft' });
    await recordAudit(trx, { actorId: actor.id, action: 'newsletter.update', subjectType: 'newsletter_issue', subjectId: id, fromState: 'draft', toState: 'draft' });
  });
}
