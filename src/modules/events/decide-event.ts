import { recordAudit } from '../../platform/audit/record-audit.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, notFound } from '../../platform/errors.js';
import { requireEventReviewer } from './events.policy.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { eventDecisionMail } from './event-decision.mail.js';
import { findEventSender, lockEvent, setReviewStatus } from './events.repo.js';

/**
 * A regional administrator's decision on a sent event: approved (it joins the region's calendar and iCal feed) or
 * rejected (it stays visible to its organisation's maintainers only). Only a pending event is decided: a second
 * decision, or one made meanwhile by another administrator, is a CONFLICT. Audited; the sender is told by e-mail.
 */
export async function decideEvent({ db, actor, id, decision }: { db: Database; actor: SessionUser; id: string; decision: 'approve' | 'reject' }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await lockEvent(trx, id);
    if (!row) throw notFound('event');
    await requireEventReviewer(trx, actor, id);
    if (row.reviewStatus !== 'pending') throw conflict('event already decided', { messageKey: 'events.error.decided' });
    const to = decision === 'approve' ? 'approved' : 'rejected';
    await setReviewStatus(trx, id, to, actor.id);
    await recordAudit(trx, { actorId: actor.id, action: `event.${decision}`, subjectType: 'event', subjectId: id, organizationId: row.organizationId, fromState: 'pending', toState: to });
    // The sender hears of the decision, in their language, in the decision's transaction.
    const sender = await findEventSender(trx, id);
    if (sender) await enqueueMail(trx, { to: sender.email, lang: sender.lang, template: eventDecisionMail, params: { decision: to, eventId: id, name: sender.name.slice(0, 300) } });
  });
}
