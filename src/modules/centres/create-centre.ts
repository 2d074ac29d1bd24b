import { recordAudit } from '../../platform/audit/record-audit.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { centreFields } from './centre-fields.js';
import { insertCentre } from './centres.repo.js';
import { requireCentreCreator } from './centres.policy.js';
import type { CentreInput } from './centres.schema.js';

/** A new care centre, by an administrator of the region its municipality is in. Audited. */
export async function createCentre({ db, actor, input }: { db: Database; actor: SessionUser; input: CentreInput }): Promise<{ id: string }> {
  requireCentreCreator(actor);
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const fields = await centreFields(trx, actor, input);
    await insertCentre(trx, id, fields);
    await recordAudit(trx, { actorId: actor.id, action: 'centre.create', subjectType: 'care_centre', subjectId: id, detail: { municipality: fields.municipalityCode } });
  });
  return { id };
}
