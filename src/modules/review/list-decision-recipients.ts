import { findUserById } from '../../platform/auth/auth.repo.js';
import type { Database } from '../../platform/db/database.js';
import { listMaintainers } from '../../platform/auth/auth.repo.js';
import type { Recipient, SubmissionRow } from './review.repo.js';

/** Who hears of a decision: the person who sent the submission and every maintainer of the organisation, once each. */
export async function listDecisionRecipients(db: Database, submission: SubmissionRow): Promise<Recipient[]> {
  const out = new Map<string, Recipient>();
  if (submission.createdBy) {
    const creator = await findUserById(db, submission.createdBy);
    if (creator) out.set(creator.email, { userId: creator.id, email: creator.email, lang: creator.lang });
  }
  for (const m of await listMaintainers(db, submission.organizationId)) if (!out.has(m.email)) out.set(m.email, m);
  return [...out.values()];
}
