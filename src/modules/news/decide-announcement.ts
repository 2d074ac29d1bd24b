import { recordAudit } from '../../platform/audit/record-audit.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, notFound } from '../../platform/errors.js';
import { requireRegionNewsEditor } from './news.policy.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { announcementDecisionMail } from './announcement-decision.mail.js';
import { findNewsRow, findNewsSender, updateNewsStatus } from './news.repo.js';

/**
 * Approves (published) or rejects (with a message) an announcement awaiting review; CONFLICT when already decided.
 * The sender is told by e-mail.
 */
export async function decideAnnouncement(options: { db: Database; actor: SessionUser; id: string; decision: 'approve' | 'reject'; message: string }): Promise<'approved' | 'rejected'> {
  return options.db.transaction().execute(async (trx) => {
    const row = await findNewsRow(trx, options.id, { lock: true });
    if (!row || row.kind !== 'announcement') throw notFound('announcement');
    requireRegionNewsEditor(options.actor, row.regionId);
    const to = options.decision === 'approve' ? 'published' : 'rejected';
    const ok = await updateNewsStatus(trx, { id: row.id, from: ['awaiting_review'], to, decidedBy: options.actor.id, message: options.message || null });
    if (!ok) throw conflict('announcement already decided', { titleKey: 'news.review.conflict.title', messageKey: 'news.review.conflict.body' });
    await recordAudit(trx, {
      actorId: options.actor.id,
      action: options.decision === 'approve' ? 'announcement.approve' : 'announcement.reject',
      subjectType: 'news_item',
      subjectId: row.id,
      organizationId: row.organization?.id ?? null,
      fromState: 'awaiting_review',
      toState: to,
      detail: { region: row.regionId, ...(options.message ? { message: options.message } : {}) },
    });
    // The sender hears of the decision, in their language, in the decision's transaction.
    const sender = await findNewsSender(trx, row.id);
    if (sender) {
      await enqueueMail(trx, {
        to: sender.email,
        lang: sender.lang,
        template: announcementDecisionMail,
        params: { decision: options.decision === 'approve' ? 'approved' : 'rejected', title: row.title.slice(0, 300), message: options.message ?? '' },
      });
    }
    return options.decision === 'approve' ? 'approved' : 'rejected';
  });
}
