import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { insertIssue } from './newsletter.repo.js';
import type { IssueInput } from './newsletter.schema.js';
import { requireNewsletterRegion } from './require-newsletter-region.js';

/** A new draft issue of the region (the region's administrators and platform administrators only); its id. */
export async function createIssue({ db, actor, slug, input }: { db: Database; actor: SessionUser; slug: string; input: IssueInput }): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const region = await requireNewsletterRegion(trx, actor, slug);
    await insertIssue(trx, { id, regionId: region.id, createdBy: actor.id, lang: input.lang, subject: input.subject, intro: input.intro, newsIds: input.news, eventIds: input.events });
    await recordAudit(trx, { actorId: actor.id, action: 'newsletter.create', subjectType: 'newsletter_issue', subjectId: id, toState: 'draft', detail: { region: region.id } });
  });
  return id;
}
