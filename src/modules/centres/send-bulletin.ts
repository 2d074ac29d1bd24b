import { recordAudit } from '../../platform/audit/record-audit.js';
import { requireMaintainer } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { invalidInput } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { bulletinSentMail } from './bulletin-mail.js';
import type { BulletinInput } from './bulletins.schema.js';
import { insertBulletin } from './bulletins.repo.js';
import { listCentreRows, listLiaisonRecipients } from './centres.repo.js';
import { requireAnyMaintainer } from './centres.policy.js';
import { activityOfOrganization, listMaintainedOrganizations } from './materials.repo.js';

/**
 * An organisation's maintainer sends a bulletin for the staff of one or many centres (seed 003: "sähköpostilla
 * toimitetut tiedotteet jaetaan niille työntekijöille, joiden työtä ne koskevat"): maintainership (others: 404), the
 * activity is the organisation's, the centres exist. It waits at each centre for a liaison, who is told by e-mail.
 * Audited.
 */
export async function sendBulletin({ db, actor, input }: { db: Database; actor: SessionUser; input: BulletinInput }): Promise<{ id: string }> {
  requireAnyMaintainer(actor);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await requireMaintainer(trx, { userId: actor.id, organizationId: input.organization });
    if (input.activity && !(await activityOfOrganization(trx, { activityId: input.activity, organizationId: input.organization }))) throw invalidInput({ activity: 'centreBulletins.error.activity' });
    const centres = await listCentreRows(trx, { ids: input.centres });
    if (centres.length !== input.centres.length) throw invalidInput({ centres: 'centreBulletins.error.centres' });
    const organization = (await listMaintainedOrganizations(trx, actor.id)).find((o) => o.id === input.organization)!;
    await insertBulletin(
      trx,
      { id, organizationId: input.organization, activityId: input.activity || null, title: input.title, body: input.body, topics: input.topics, lang: input.lang, sentBy: actor.id },
      centres.map((c) => c.id),
    );
    await recordAudit(trx, { actorId: actor.id, action: 'bulletin.send', subjectType: 'centre_bulletin', subjectId: id, organizationId: input.organization, toState: 'pending', detail: { centres: centres.map((c) => c.id), topics: input.topics } });
    for (const centre of centres) {
      for (const liaison of await listLiaisonRecipients(trx, centre.id)) {
        await enqueueMail(trx, { to: liaison.email, lang: liaison.lang, template: bulletinSentMail, params: { centreId: centre.id, centreFi: centre.nameFi, centreSv: centre.nameSv, bulletinId: id, title: input.title, organization: organization.nameFi } });
      }
    }
  });
  return { id };
}
