import { recordAudit } from '../../platform/audit/record-audit.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { invalidInput } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { requireAnnouncementSender } from './news.policy.js';
import { insertNewsRow, listRegionsOfOrganization } from './news.repo.js';
import type { AnnouncementInput } from './news.schema.js';

/** Sends an announcement for review; the region must be one where the organisation is active. Returns its id. */
export async function sendAnnouncement(options: { db: Database; actor: SessionUser; organizationId: string; input: AnnouncementInput }): Promise<string> {
  return options.db.transaction().execute(async (trx) => {
    await requireAnnouncementSender(trx, options.actor, options.organizationId);
    const { regionId, ...fields } = options.input;
    const regions = await listRegionsOfOrganization(trx, options.organizationId);
    if (!regions.some((r) => r.id === regionId)) throw invalidInput({ regionId: 'news.error.region' });
    const id = newId();
    await insertNewsRow(trx, { ...fields, id, regionId, kind: 'announcement', status: 'awaiting_review', organizationId: options.organizationId, createdBy: options.actor.id });
    await recordAudit(trx, {
      actorId: options.actor.id,
      action: 'announcement.send',
      subjectType: 'news_item',
      subjectId: id,
      organizationId: options.organizationId,
      toState: 'awaiting_review',
      detail: { region: regionId },
    });
    return id;
  });
}
