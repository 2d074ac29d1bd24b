import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { toNewsItemView, type NewsItemView } from './news-item.js';
import { listMaintainedOrganizations, listOrganizationAnnouncementRows } from './news.repo.js';

export interface MyAnnouncements {
  organizations: { id: string; name: string }[];
  items: (NewsItemView & { regionName: string })[];
}

/** The actor's organisations (each with its "send" link) and their announcements with their states, newest first. */
export async function listMyAnnouncements(options: { db: Database; actor: SessionUser; lang: Lang }): Promise<MyAnnouncements> {
  const orgs = await listMaintainedOrganizations(options.db, options.actor.id);
  const rows = await listOrganizationAnnouncementRows(options.db, orgs.map((o) => o.id));
  return {
    organizations: orgs.map((o) => ({ id: o.id, name: pick(options.lang, o.nameFi, o.nameSv, o.nameEn) })),
    items: rows.map((r) => ({ ...toNewsItemView(r, options.lang), regionName: r.regionName })),
  };
}
