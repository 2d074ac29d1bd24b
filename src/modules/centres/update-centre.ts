import { recordAudit } from '../../platform/audit/record-audit.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { centreFields } from './centre-fields.js';
import { updateCentreRow } from './centres.repo.js';
import { requireCentreAdministrator } from './centres.policy.js';
import type { CentreInput } from './centres.schema.js';

/** Saves a centre's form, by an administrator of its region (and of the region of a new municipality). Audited. */
export async function updateCentre({ db, actor, id, input }: { db: Database; actor: SessionUser; id: string; input: CentreInput }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await requireCentreAdministrator(trx, actor, id);
    const fields = await centreFields(trx, actor, input);
    await updateCentreRow(trx, id, fields);
    await recordAudit(trx, { actorId: actor.id, action: 'centre.update', subjectType: 'care_centre', subjectId: id, detail: { municipality: fields.municipalityCode } });
  });
}
