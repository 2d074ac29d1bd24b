import { recordAudit } from '../../platform/audit/record-audit.js';
import { requireMaintainer } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { invalidInput } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { agreementStepMail } from './agreement-mail.js';
import { agreementFieldsOf } from './agreement-fields.js';
import { findAgreement, insertAgreement, insertStep } from './agreements.repo.js';
import { findCentre, listLiaisonRecipients } from './centres.repo.js';
import { requireAnyMaintainer } from './centres.policy.js';
import type { AgreementInput } from './centres.schema.js';

/**
 * An organisation's maintainer proposes cooperation to a centre (seed 003's fields as structured fields): the
 * proposal waits for the centre's liaisons, who are told by e-mail. Only for an organisation the user maintains
 * (others: 404). Audited.
 */
export async function proposeAgreement({ db, actor, input, now }: { db: Database; actor: SessionUser; input: AgreementInput; now: Date }): Promise<{ id: string }> {
  requireAnyMaintainer(actor);
  const fields = agreementFieldsOf(input, now);
  const { startsAt } = fields;
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await requireMaintainer(trx, { userId: actor.id, organizationId: input.organization });
    const centre = await findCentre(trx, input.centre);
    if (!centre) throw invalidInput({ centre: 'centres.error.centre' });
    await insertAgreement(trx, {
      id,
      centreId: centre.id,
      organizationId: input.organization,
      initiatedBy: 'ngo',
      awaiting: 'centre',
      createdBy: actor.id,
      ...fields,
    });
    await insertStep(trx, { id: newId(), agreementId: id, side: 'ngo', action: 'propose', startsAt, message: input.message, authorId: actor.id });
    await recordAudit(trx, { actorId: actor.id, action: 'agreement.propose', subjectType: 'centre_agreement', subjectId: id, organizationId: input.organization, toState: 'proposed', detail: { centreId: centre.id, kind: input.kind } });
    const agreement = (await findAgreement(trx, id))!;
    for (const liaison of await listLiaisonRecipients(trx, centre.id)) {
      await enqueueMail(trx, {
        to: liaison.email,
        lang: liaison.lang,
        template: agreementStepMail,
        params: { agreementId: id, title: input.title, centreFi: centre.nameFi, centreSv: centre.nameSv, organization: agreement.organizationFi, startsAt: startsAt.toISOString(), action: 'propose', message: input.message },
      });
    }
  });
  return { id };
}
