import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { emptyDraft } from './draft.schema.js';
import { findOpenJoinDraftBy, insertSubmission } from './submissions.repo.js';

/**
 * A join draft for the user: the newest unsent one they started (resumed), or a new empty one when there is none
 * or `fresh` is set (a person joining a second organisation). The new organisation's id is made now; the
 * organisation itself exists only after approval. Call inside a transaction or with the database.
 */
export async function startJoin({ db, userId, fresh = false }: { db: Database; userId: string; fresh?: boolean }): Promise<string> {
  if (!fresh) {
    const open = await findOpenJoinDraftBy(db, userId);
    if (open) return open.id;
  }
  const id = newId();
  const organizationId = newId();
  await insertSubmission(db, { id, organizationId, kind: 'join', content: emptyDraft(), step: 'organisation', createdBy: userId });
  await recordAudit(db, {
    actorId: userId,
    action: 'submission.create',
    subjectType: 'submission',
    subjectId: id,
    organizationId,
    fromState: null,
    toState: 'draft',
    detail: { kind: 'join' },
  });
  return id;
}
