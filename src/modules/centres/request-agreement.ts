import { recordAudit } from '../../platform/audit/record-audit.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { invalidInput } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { agreementFieldsOf } from './agreement-fields.js';
import { insertAgreement, insertStep } from './agreements.repo.js';
import { agreementRequestMail } from './bulletin-mail.js';
import { findOrganizationNameFi, isRequestableOrganization, listMaintainerRecipients } from './bulletins.repo.js';
import { requireLiaison } from './centres.policy.js';
import type { AgreementInput } from './centres.schema.js';
import { activityOfOrganization } from './materials.repo.js';

/**
 * A centre's liaison requests cooperation of an organisation (issue 14, item 5: "a request from the centre to an
 * NGO"), of the same kinds and with the same fields as an organisation's proposal; the contact fields are the
 * centre's. It waits for the organisation (`initiated_by` centre, `awaiting` ngo), whose maintainers are e-mailed and
 * answer with the same accept / another time / decline flow. Only a liaison of the centre (others: 403); only a
 * published organisation with a maintainer; the activity, when named, must be the organisation's. Audited.
 */
export async function requestAgreement({ db, actor, centreId, input, activityId, now }: { db: Database; actor: SessionUser; centreId: string; input: AgreementInput; activityId: string; now: Date }): Promise<{ id: string }> {
  const fields = agreementFieldsOf(input, now);
  const { startsAt } = fields;
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const centre = await requireLiaison(trx, actor, centreId);
    if (!(await isRequestableOrganization(trx, input.organization))) throw invalidInput({ organization: 'centreBulletins.error.organization' });
    if (activityId && !(await activityOfOrganization(trx, { activityId, organizationId: input.organization }))) throw invalidInput({ activity: 'centreBulletins.error.activityOfOrganization' });
    await insertAgreement(trx, {
      id,
      centreId,
      organizationId: input.organization,
      activityId: activityId || null,
      initiatedBy: 'centre',
      awaiting: 'ngo',
      createdBy: actor.id,
      ...fields,
    });
    await insertStep(trx, { id: newId(), agreementId: id, side: 'centre', action: 'propose', startsAt, message: input.message, authorId: actor.id });
    await recordAudit(trx, { actorId: actor.id, action: 'agreement.request', subjectType: 'centre_agreement', subjectId: id, organizationId: input.organization, toState: 'proposed', detail: { centreId, kind: input.kind } });
    const organization = (await findOrganizationNameFi(trx, input.organization)) ?? '';
    for (const r of await listMaintainerRecipients(trx, input.organization)) {
      await enqueueMail(trx, {
        to: r.email,
        lang: r.lang,
        template: agreementRequestMail,
        params: { centreId, centreFi: centre.nameFi, centreSv: centre.nameSv, agreementId: id, title: input.title, organization, kind: input.kind, message: input.message },
      });
    }
  });
  return { id };
}
