import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/database.js';
import { requireMaintainer } from '../../platform/auth/access.policy.js';
import { notFound } from '../../platform/errors.js';
import { isUuid, newId } from '../../platform/ids.js';
import { loadPublishedDraft } from './load-published-draft.js';
import { findOpenSubmission, insertSubmission } from './submissions.repo.js';

/**
 * "Muokkaa tietoja": the open submission of the organisation (resumed), or a new `change` submission pre-filled
 * from the published data. The published version stays in the directory until the change is approved. Only
 * maintainers of the organisation; anyone else gets NOT_FOUND. Idempotent: at most one open submission exists.
 */
export async function startChange({ db, organizationId, userId }: { db: Database; organizationId: string; userId: string }): Promise<string> {
  if (!isUuid(organizationId)) throw notFound('organisation');
  try {
    return await openChange(db, organizationId, userId);
  } catch (err) {
    // Two clicks at once: the other request made the open submission first (unique index); use that one.
    if ((err as { code?: string }).code !== '23505') throw err;
    return openChange(db, organizationId, userId);
  }
}

function openChange(db: Database, organizationId: string, userId: string): Promise<string> {
  return db.transaction().execute(async (trx) => {
    await requireMaintainer(trx, { userId, organizationId });
    const open = await findOpenSubmission(trx, organizationId);
    if (open) return open.id;
    const draft = await loadPublishedDraft({ db: trx, organizationId });
    if (!draft) throw notFound('organisation');
    const id = newId();
    await insertSubmission(trx, { id, organizationId, kind: 'change', content: draft, step: 'organisation', createdBy: userId });
    await recordAudit(trx, {
      actorId: userId,
      action: 'submission.create',
      subjectType: 'submission',
      subjectId: id,
      organizationId,
      fromState: null,
      toState: 'draft',
      detail: { kind: 'change' },
    });
    return id;
  });
}
