import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { emptyDraft } from './draft.schema.js';
import { findOpenJoinDraftBy, insertSubmission } from './submissions.repo.js';

/**
 * A join draft for the user inside the caller's transaction: the newest unsent one they started (resumed), or a
 * new empty one when there is none or `fresh` is set. The new organisation's id is made now; the organisation
 * itself exists only after approval. Used by `startJoin` and when a join link is used (consume-join-link.ts).
 */
export async function openJoinDraft(trx: Database, { userId, fresh }: { userId: string; fresh: boolean }): Promise<string> {
  if (!fresh) {
    const open = await findOpenJoinDraftBy(trx, userId);
    if (open) return open.id;
  }
  const id = newId();
  const organizationId = newId();
  await insertSubmission(trx, { id, organizationId, kind: 'join', content: emptyDraft(), step: 'organisation', createdBy: userId });
  await recordAudit(trx, {
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

/** A signed-in person starts another join draft (a second organisation); returns its id. */
export async function startJoin({ db, userId }: { db: Database; userId: string }): Promise<string> {
  return db.transaction().execute((trx) => openJoinDraft(trx, { userId, fresh: true }));
}
