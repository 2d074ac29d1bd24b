import { recordAudit } from '../../platform/audit/record-audit.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict } from '../../platform/errors.js';
import { findAgreement, lockAgreement, type AgreementRow } from './agreements.repo.js';
import { findFollowUp, setFollowUp, type FollowUp } from './follow-up.repo.js';
import { requireFollowUpWriter } from './meetings.policy.js';
import type { FollowUpInput } from './meetings.schema.js';

export interface FollowUpPage {
  agreement: AgreementRow;
  followUp: FollowUp | null;
  due: boolean;
}

/** An agreement's follow-up form for a liaison of its centre (its NGO: 403, others: 404). */
export async function getFollowUp({ db, actor, id, now }: { db: Database; actor: SessionUser; id: string; now: Date }): Promise<FollowUpPage> {
  const agreement = await findAgreement(db, id);
  await requireFollowUpWriter(db, actor, agreement);
  return { agreement: agreement!, followUp: await findFollowUp(db, id), due: agreement!.status === 'accepted' && agreement!.startsAt.getTime() <= now.getTime() };
}

/**
 * A liaison of the agreement's centre records (or corrects) whether an accepted agreement happened, its attendance
 * and a short assessment (1–5 and a comment), once its (first) time has come; earlier, or for an agreement that was
 * never accepted: CONFLICT. Audited.
 */
export async function recordFollowUp({ db, actor, id, input, now }: { db: Database; actor: SessionUser; id: string; input: FollowUpInput; now: Date }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const agreement = await lockAgreement(trx, id);
    await requireFollowUpWriter(trx, actor, agreement);
    if (agreement!.status !== 'accepted' || agreement!.startsAt.getTime() > now.getTime()) throw conflict('not due', { messageKey: 'meetings.error.followUpNotDue' });
    await setFollowUp(trx, id, { outcome: input.outcome, attendance: input.outcome === 'happened' ? input.attendance : null, rating: input.rating, comment: input.comment, at: now, by: actor.id });
    await recordAudit(trx, { actorId: actor.id, action: 'agreement.follow-up', subjectType: 'centre_agreement', subjectId: id, organizationId: agreement!.organizationId, toState: input.outcome, detail: { rating: input.rating } });
  });
}
