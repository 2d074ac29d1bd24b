import { adminScope } from '../../platform/auth/access.policy.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, invalidInput, notFound } from '../../platform/errors.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { newId } from '../../platform/ids.js';
import { helsinkiToday, toNewsItemView, type NewsItemView } from './news-item.js';
import { canEditRegionNews, requireAnnouncementSender, requireRegionNewsEditor } from './news.policy.js';
import {
  findNewsRow,
  findOrganizationNames,
  findRegionNames,
  insertNewsRow,
  listAwaitingAnnouncementRows,
  listMaintainedOrganizations,
  listOrganizationAnnouncementRows,
  listRegionNamesIn,
  listRegionsOfOrganization,
  updateNewsStatus,
} from './news.repo.js';
import type { AnnouncementInput } from './news.schema.js';

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

export interface AnnouncementQueueItem {
  id: string;
  title: string;
  organizationName: string;
  regionName: string;
  sentAt: Date;
}

/**
 * The announcements awaiting review in the actor's regions (every region for a platform administrator), oldest
 * first: the review queue shows them beside the submissions. Someone who administers nothing gets an empty list.
 */
export async function listAnnouncementsForReview(options: { db: Database; actor: SessionUser; lang: Lang }): Promise<AnnouncementQueueItem[]> {
  const scope = adminScope(options.actor);
  if (!scope) return [];
  const rows = await listAwaitingAnnouncementRows(options.db, scope.regionIds);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    organizationName: r.organization ? pick(options.lang, r.organization.nameFi, r.organization.nameSv, r.organization.nameEn) : '',
    regionName: r.regionName,
    sentAt: r.createdAt,
  }));
}

/** The regions whose news the actor manages (every region for a platform administrator), for links to their news pages. */
export async function listNewsRegionsOf(options: { db: Database; actor: SessionUser; lang: Lang }): Promise<{ id: string; name: string }[]> {
  const scope = adminScope(options.actor);
  if (!scope) return [];
  const regions = await listRegionNamesIn(options.db, scope.regionIds);
  return regions.map((r) => ({ id: r.id, name: pick(options.lang, r.nameFi, r.nameSv, r.nameEn) }));
}

export interface AnnouncementReview {
  item: NewsItemView;
  /** The Markdown as sent. */
  body: string;
  regionName: string;
}

/**
 * An announcement for its reviewer: NOT_FOUND when there is no such announcement, FORBIDDEN when the actor does not
 * administer its region. The route calls this before it reads the decision form, and the form's page shows it.
 */
export async function getAnnouncementReview(options: { db: Database; actor: SessionUser; id: string; lang: Lang }): Promise<AnnouncementReview> {
  const row = await findNewsRow(options.db, options.id);
  if (!row || row.kind !== 'announcement') throw notFound('announcement');
  requireRegionNewsEditor(options.actor, row.regionId);
  const region = await findRegionNames(options.db, row.regionId);
  return { item: toNewsItemView(row, options.lang), body: row.body, regionName: region ? pick(options.lang, region.nameFi, region.nameSv, region.nameEn) : row.regionId };
}

/** Whether the actor may review an announcement's region (for showing links). */
export function canReviewAnnouncementsOf(actor: SessionUser | null, regionId: string): boolean {
  return canEditRegionNews(actor, regionId);
}

/** Approves (published) or rejects (with a message) an announcement awaiting review; CONFLICT when already decided. */
export async function decideAnnouncement(options: { db: Database; actor: SessionUser; id: string; decision: 'approve' | 'reject'; message: string }): Promise<'approved' | 'rejected'> {
  return options.db.transaction().execute(async (trx) => {
    const row = await findNewsRow(trx, options.id, { lock: true });
    if (!row || row.kind !== 'announcement') throw notFound('announcement');
    requireRegionNewsEditor(options.actor, row.regionId);
    const to = options.decision === 'approve' ? 'published' : 'rejected';
    const ok = await updateNewsStatus(trx, { id: row.id, from: ['awaiting_review'], to, decidedBy: options.actor.id, message: options.message || null });
    if (!ok) throw conflict('announcement already decided', { titleKey: 'news.review.conflict.title', messageKey: 'news.review.conflict.body' });
    await recordAudit(trx, {
      actorId: options.actor.id,
      action: options.decision === 'approve' ? 'announcement.approve' : 'announcement.reject',
      subjectType: 'news_item',
      subjectId: row.id,
      organizationId: row.organization?.id ?? null,
      fromState: 'awaiting_review',
      toState: to,
      detail: { region: row.regionId, ...(options.message ? { message: options.message } : {}) },
    });
    return options.decision === 'approve' ? 'approved' : 'rejected';
  });
}
