import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { helsinkiToday } from './news-item.js';
import { requireAnnouncementSender } from './news.policy.js';
import { findOrganizationNames, listRegionsOfOrganization } from './news.repo.js';

/**
 * Announcements (ilmoitukset): an organisation's maintainer sends one to a region where the organisation is active;
 * it waits in the review queue (src/modules/review lists it) until that region's administrator approves (published,
 * shown from its publish date) or rejects it (with a message the maintainer sees in their list).
 */

export interface AnnouncementFormData {
  organization: { id: string; name: string };
  regions: { id: string; name: string }[];
  today: string;
}

/** The "send an announcement" form of an organisation the actor maintains (NOT_FOUND otherwise). */
export async function getAnnouncementForm(options: { db: Database; actor: SessionUser; organizationId: string; lang: Lang; now?: Date }): Promise<AnnouncementFormData> {
  await requireAnnouncementSender(options.db, options.actor, options.organizationId);
  const org = await findOrganizationNames(options.db, options.organizationId);
  if (!org) throw notFound('organisation');
  const regions = await listRegionsOfOrganization(options.db, org.id);
  return {
    organization: { id: org.id, name: pick(options.lang, org.nameFi, org.nameSv, org.nameEn) },
    regions: regions.map((r) => ({ id: r.id, name: pick(options.lang, r.nameFi, r.nameSv, r.nameEn) })),
    today: helsinkiToday(options.now ?? new Date()),
  };
}
