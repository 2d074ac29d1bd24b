import { recordAudit } from '../../platform/audit/record-audit.js';
import { requireMaintainer } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { invalidInput } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { eventFromInput } from './event-from-input.js';
import { requireEventAdministrator } from './events.policy.js';
import { insertEvent, regionsOfMunicipalities } from './events.repo.js';
import type { EventInput } from './events.schema.js';

/**
 * A new event. Sent by a maintainer (`by: 'maintainer'`): for an organisation they maintain, awaiting a regional
 * administrator's approval. Written by an administrator (`by: 'administrator'`): in their regions' municipalities
 * only, approved at once, with no organisation (the organiser is named in the form). Audited either way.
 */
export async function createEvent({ db, actor, input, by }: { db: Database; actor: SessionUser; input: EventInput; by: 'maintainer' | 'administrator' }): Promise<{ id: string }> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    let organizationId: string | null = null;
    if (by === 'maintainer') {
      if (!input.organizationId) throw invalidInput({ organizationId: 'events.error.organization' });
      await requireMaintainer(trx, { userId: actor.id, organizationId: input.organizationId });
      organizationId = input.organizationId;
    } else {
      const scope = requireEventAdministrator(actor);
      if (scope.regionIds !== null) {
        for (const code of input.municipalities) {
          const regions = await regionsOfMunicipalities(trx, [code]);
          if (!regions.some((r) => scope.regionIds!.includes(r))) throw invalidInput({ municipalities: 'events.error.municipalitiesScope' });
        }
      }
    }
    const event = await eventFromInput(trx, input, organizationId);
    const approved = by === 'administrator';
    await insertEvent(trx, { ...event, id, reviewStatus: approved ? 'approved' : 'pending', createdBy: actor.id, reviewedBy: approved ? actor.id : null });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'event.create',
      subjectType: 'event',
      subjectId: id,
      organizationId,
      toState: approved ? 'approved' : 'pending',
      detail: { municipalities: event.municipalityCodes, recurring: event.rrule !== null },
    });
  });
  return { id };
}
