import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, notFound } from '../../platform/errors.js';
import { loadIssueChoices, type IssueChoices } from './issue-content.js';
import { findIssue, type IssueRow, type RegionNames } from './newsletter.repo.js';
import { requireNewsletterRegion } from './require-newsletter-region.js';

export interface IssueForm {
  region: RegionNames;
  /** null: a new issue. */
  issue: IssueRow | null;
  choices: IssueChoices;
}

/** The compose form: the region's public news and upcoming events to choose from, and the draft when editing (409 once sending began). */
export async function getIssueForm({ db, actor, slug, id, now = new Date() }: { db: Database; actor: SessionUser; slug: string; id: string | null; now?: Date }): Promise<IssueForm> {
  const region = await requireNewsletterRegion(db, actor, slug);
  const issue = id === null ? null : await findIssue(db, { regionId: region.id, id });
  if (id !== null && !issue) throw notFound('newsletter issue');
  if (issue && issue.status !== 'draft') throw conflict('newsletter issue is no longer a draft', { messageKey: 'newsletter.error.notDraft' });
  return { region, issue, choices: await loadIssueChoices({ db, regionId: region.id, now }) };
}
