import { recordAudit } from '../../platform/audit/record-audit.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { insertEvent } from '../events/events.repo.js';
import { instantOf } from '../events/helsinki-time.js';
import { repeatOf, rruleFor } from '../events/recurrence.js';
import { agreementEvent } from './agreement-event.js';
import { agreementStepMail } from './agreement-mail.js';
import { agreementStart } from './agreement-times.js';
import { insertStep, lockAgreement, updateAgreementState } from './agreements.repo.js';
import { findCentre, listLiaisonRecipients } from './centres.repo.js';
import { ngoRecipients } from './agreement-recipients.js';
import { requireAgreementSide } from './centres.policy.js';
import type { AnswerInput } from './centres.schema.js';

/**
 * The side whose turn it is answers an agreement: accept (it becomes agreed; a public one joins the region's
 * calendar as an approved event), propose another time (the turn passes to the other side), or decline (with a
 * message). Only the two sides see it (others: 404); answering out of turn or after the end is a CONFLICT. The
 * other side is told by e-mail: the organisation's contact person (its maintainers when the centre asked), or the
 * centre's liaisons. Audited.
 */
export async function answerAgreement({ db, actor, id, input, now }: { db: Database; actor: SessionUser; id: string; input: AnswerInput; now: Date }): Promise<'accepted' | 'countered' | 'declined'> {
  return db.transaction().execute(async (trx) => {
    const { agreement, side } = await requireAgreementSide(trx, actor, await lockAgreement(trx, id));
    if (agreement.status === 'accepted' || agreement.status === 'declined') throw conflict('agreement closed', { messageKey: 'centres.error.agreementClosed' });
    if (agreement.awaiting !== side) throw conflict('not this side’s turn', { messageKey: 'centres.error.notYourTurn' });
    const other = side === 'ngo' ? 'centre' : 'ngo';
    const centre = (await findCentre(trx, agreement.centreId))!;
    let startsAt = agreement.startsAt;
    let status: 'accepted' | 'countered' | 'declined';
    if (input.action === 'counter') {
      startsAt = agreementStart(input.date, input.time, now);
      const { repeat, until } = repeatOf(agreement.rrule);
      const rrule = repeat === 'none' || !until ? null : rruleFor(repeat, startsAt, until.getTime() > startsAt.getTime() ? until : instantOf(input.date, '23:59')!);
      await updateAgreementState(trx, id, { status: 'countered', awaiting: other, startsAt, durationMinutes: input.duration ? Number(input.duration) : undefined, rrule });
      status = 'countered';
    } else if (input.action === 'accept') {
      let eventId: string | null = null;
      if (agreement.public) {
        eventId = newId();
        await insertEvent(trx, { ...agreementEvent(agreement, centre), id: eventId, reviewStatus: 'approved', createdBy: actor.id, reviewedBy: actor.id });
      }
      await updateAgreementState(trx, id, { status: 'accepted', awaiting: null, eventId });
      status = 'accepted';
    } else {
      await updateAgreementState(trx, id, { status: 'declined', awaiting: null });
      status = 'declined';
    }
    await insertStep(trx, { id: newId(), agreementId: id, side, action: input.action, startsAt, message: input.message, authorId: actor.id });
    await recordAudit(trx, { actorId: actor.id, action: `agreement.${input.action}`, subjectType: 'centre_agreement', subjectId: id, organizationId: agreement.organizationId, fromState: agreement.status, toState: status, detail: { side } });
    const params = { agreementId: id, title: agreement.title, centreFi: centre.nameFi, centreSv: centre.nameSv, organization: agreement.organizationFi, startsAt: startsAt.toISOString(), action: input.action, message: input.message };
    const recipients = other === 'centre' ? await listLiaisonRecipients(trx, centre.id) : await ngoRecipients(trx, agreement);
    for (const r of recipients) await enqueueMail(trx, { to: r.email, lang: r.lang, template: agreementStepMail, params });
    return status;
  });
}
