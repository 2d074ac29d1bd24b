import { recordAudit } from '../../platform/audit/record-audit.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, notFound } from '../../platform/errors.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { bulletinDecisionMail } from './bulletin-mail.js';
import { findBulletinSender, lockCentreBulletin, setBulletinDecision } from './bulletins.repo.js';
import { requireLiaison } from './centres.policy.js';

/**
 * A liaison returns a waiting bulletin to its sender (a message is required: the schema) or archives it without
 * forwarding (a message optional); the sender is told by e-mail. Not sent to the centre: 404; already handled:
 * CONFLICT. Audited.
 */
export async function decideBulletin({ db, actor, centreId, bulletinId, action, message, now }: { db: Database; actor: SessionUser; centreId: string; bulletinId: string; action: 'return' | 'archive'; message: string; now: Date }): Promise<'returned' | 'archived'> {
  return db.transaction().execute(async (trx) => {
    const centre = await requireLiaison(trx, actor, centreId);
    const bulletin = await lockCentreBulletin(trx, { bulletinId, centreId });
    if (!bulletin) throw notFound('bulletin');
    if (bulletin.status !== 'pending') throw conflict('bulletin already handled', { messageKey: 'centreBulletins.error.handled' });
    const status = action === 'return' ? 'returned' : 'archived';
    await setBulletinDecision(trx, { bulletinId, centreId, status, message, decidedBy: actor.id, at: now });
    await recordAudit(trx, { actorId: actor.id, action: `bulletin.${action}`, subjectType: 'centre_bulletin', subjectId: bulletinId, organizationId: bulletin.organizationId, fromState: 'pending', toState: status, detail: { centreId } });
    const sender = await findBulletinSender(trx, bulletinId);
    if (sender) {
      await enqueueMail(trx, { to: sender.email, lang: sender.lang, template: bulletinDecisionMail, params: { centreId, centreFi: centre.nameFi, centreSv: centre.nameSv, title: bulletin.title, decision: status, groups: 0, message } });
    }
    return status;
  });
}
