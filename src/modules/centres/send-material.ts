import { recordAudit } from '../../platform/audit/record-audit.js';
import { requireMaintainer } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { invalidInput } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { dateInput } from '../events/helsinki-time.js';
import { listCentreRows, listLiaisonRecipients } from './centres.repo.js';
import { requireAnyMaintainer } from './centres.policy.js';
import type { MaterialInput } from './centres.schema.js';
import { checkMaterialFile, type UploadedFile } from './check-material-file.js';
import { materialSentMail } from './material-mail.js';
import { activityOfOrganization, insertMaterial } from './materials.repo.js';

/**
 * An organisation's maintainer sends material to one or many centres, in one transaction: maintainership of the
 * organisation (others: 404), the activity is the organisation's, the centres exist, the validity has not ended, and
 * the file passes `checkMaterialFile` against every chosen centre's requirements (else `invalidInput` on the field).
 * The material waits for each centre's liaison; the liaisons are told by e-mail. Audited.
 */
export async function sendMaterial({ db, actor, input, file, now }: { db: Database; actor: SessionUser; input: MaterialInput; file: UploadedFile | null; now: Date }): Promise<{ id: string }> {
  requireAnyMaintainer(actor);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await requireMaintainer(trx, { userId: actor.id, organizationId: input.organization });
    if (input.activity && !(await activityOfOrganization(trx, { activityId: input.activity, organizationId: input.organization }))) throw invalidInput({ activity: 'centres.error.activity' });
    if (input.validUntil < dateInput(now)) throw invalidInput({ validUntil: 'centres.error.validPast' });
    const centres = await listCentreRows(trx, { ids: input.centres });
    if (centres.length !== input.centres.length) throw invalidInput({ centres: 'centres.error.centres' });
    const checked = await checkMaterialFile({ kind: input.kind, file, centres });
    if (!checked.ok) throw invalidInput({ [checked.field]: checked.error });
    await insertMaterial(
      trx,
      {
        id,
        organizationId: input.organization,
        activityId: input.activity || null,
        kind: input.kind,
        title: input.title,
        lang: input.lang,
        altText: input.altText,
        validFrom: input.validFrom,
        validUntil: input.validUntil,
        checklist: input.checklist,
        ...checked.file,
        sentBy: actor.id,
      },
      file!.bytes,
      centres.map((c) => c.id),
    );
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'material.send',
      subjectType: 'centre_material',
      subjectId: id,
      organizationId: input.organization,
      toState: 'pending',
      detail: { kind: input.kind, centres: centres.map((c) => c.id), contentType: checked.file.contentType, bytes: checked.file.byteSize },
    });
    for (const centre of centres) {
      for (const liaison of await listLiaisonRecipients(trx, centre.id)) {
        await enqueueMail(trx, { to: liaison.email, lang: liaison.lang, template: materialSentMail, params: { centreId: centre.id, centreFi: centre.nameFi, centreSv: centre.nameSv, title: input.title } });
      }
    }
  });
  return { id };
}
