import { recordAudit } from '../../platform/audit/record-audit.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, notFound } from '../../platform/errors.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { requireLiaison } from './centres.policy.js';
import { materialDecisionMail } from './material-mail.js';
import { findMaterial, findSender, lockTarget, setTargetDecision } from './materials.repo.js';

/**
 * A centre's liaison approves material sent to that centre (it joins the centre's lists, screen and notice board
 * while valid) or returns it with a message. A liaison of another centre gets 403; material not sent to this centre
 * is not found; a second decision is a CONFLICT. The sender is told by e-mail in their language. Audited.
 */
export async function decideMaterial(options: { db: Database; actor: SessionUser; centreId: string; materialId: string; decision: 'approve' | 'return'; message: string }): Promise<'approved' | 'returned'> {
  const { db, actor, centreId, materialId } = options;
  const status = options.decision === 'approve' ? 'approved' : 'returned';
  await db.transaction().execute(async (trx) => {
    const centre = await requireLiaison(trx, actor, centreId);
    const target = await lockTarget(trx, { materialId, centreId });
    if (!target) throw notFound('material');
    if (target.status !== 'pending') throw conflict('material already decided', { messageKey: 'centres.error.decided' });
    const material = (await findMaterial(trx, materialId))!;
    await setTargetDecision(trx, { materialId, centreId, status, message: options.message, decidedBy: actor.id });
    await recordAudit(trx, { actorId: actor.id, action: `material.${options.decision}`, subjectType: 'centre_material', subjectId: materialId, organizationId: material.organizationId, fromState: 'pending', toState: status, detail: { centreId } });
    const sender = await findSender(trx, materialId);
    if (sender) {
      await enqueueMail(trx, {
        to: sender.email,
        lang: sender.lang,
        template: materialDecisionMail,
        params: { centreId, centreFi: centre.nameFi, centreSv: centre.nameSv, title: material.title, decision: status, message: options.message },
      });
    }
  });
  return status;
}
