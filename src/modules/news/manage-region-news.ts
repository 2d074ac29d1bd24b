import { recordAudit } from '../../platform/audit/record-audit.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { newId } from '../../platform/ids.js';
import { helsinkiToday, regionName, toNewsItemView, type NewsItemView } from './news-item.js';
import { requireRegionNewsEditor } from './news.policy.js';
import { findNewsRow, findRegionNames, insertNewsRow, listRegionNewsRows, updateNewsFields, updateNewsStatus, type NewsRow } from './news.repo.js';
import type { NewsInput } from './news.schema.js';

/**
 * The region administrators' news management: the list of every item of the region (with its state as the public
 * sees it today), the form of a new or saved item, create, update, unpublish and publish again. Every use case checks
 * the region with `requireRegionNewsEditor` (news.policy.ts) itself, whatever the route did; changes are audited.
 */

/** What the public sees of an item today: shown, waiting for its publish date, expired, or not shown at all. */
export type Visibility = 'shown' | 'scheduled' | 'expired' | 'hidden' | 'awaiting_review' | 'rejected';

export function visibilityOf(row: Pick<NewsRow, 'status' | 'publishOn' | 'expiresOn'>, today: string): Visibility {
  if (row.status === 'awaiting_review') return 'awaiting_review';
  if (row.status === 'rejected') return 'rejected';
  if (row.status === 'unpublished') return 'hidden';
  if (row.publishOn > today) return 'scheduled';
  if (row.expiresOn !== null && row.expiresOn < today) return 'expired';
  return 'shown';
}

export interface RegionNewsAdmin {
  slug: string;
  regionName: string;
  items: (NewsItemView & { visibility: Visibility })[];
}

/** Throws NOT_FOUND for an unknown region, FORBIDDEN for someone who does not administer it. */
async function requireRegion(db: Database, actor: SessionUser, slug: string) {
  const region = await findRegionNames(db, slug);
  if (!region) throw notFound('region');
  requireRegionNewsEditor(actor, region.id);
  return region;
}

export async function listRegionNewsAdmin(options: { db: Database; actor: SessionUser; slug: string; lang: Lang; now?: Date }): Promise<RegionNewsAdmin> {
  const region = await requireRegion(options.db, options.actor, options.slug);
  const today = helsinkiToday(options.now ?? new Date());
  const rows = await listRegionNewsRows(options.db, region.id);
  return { slug: region.id, regionName: regionName(region, options.lang), items: rows.map((r) => ({ ...toNewsItemView(r, options.lang), visibility: visibilityOf(r, today) })) };
}

export interface NewsFormData {
  slug: string;
  regionName: string;
  /** null: a new item. */
  item: NewsItemView | null;
  /** The saved Markdown of the item (the form shows it as typed). */
  body: string;
  today: string;
}

/** The form of a new item (id null) or of a saved one in the region (NOT_FOUND for another region's). */
export async function getNewsForm(options: { db: Database; actor: SessionUser; slug: string; id: string | null; lang: Lang; now?: Date }): Promise<NewsFormData> {
  const region = await requireRegion(options.db, options.actor, options.slug);
  const today = helsinkiToday(options.now ?? new Date());
  if (options.id === null) return { slug: region.id, regionName: regionName(region, options.lang), item: null, body: '', today };
  const row = await findNewsRow(options.db, options.id);
  if (!row || row.regionId !== region.id) throw notFound('news item');
  return { slug: region.id, regionName: regionName(region, options.lang), item: toNewsItemView(row, options.lang), body: row.body, today };
}

/** A new news item of the region, published from its publish date. Returns its id. */
export async function createNewsItem(options: { db: Database; actor: SessionUser; slug: string; input: NewsInput }): Promise<string> {
  return options.db.transaction().execute(async (trx) => {
    const region = await requireRegion(trx, options.actor, options.slug);
    const id = newId();
    await insertNewsRow(trx, { ...options.input, id, regionId: region.id, kind: 'news', status: 'published', organizationId: null, createdBy: options.actor.id });
    await recordAudit(trx, { actorId: options.actor.id, action: 'news.create', subjectType: 'news_item', subjectId: id, toState: 'published', detail: { region: region.id, kind: 'news' } });
    return id;
  });
}

/** Saves the fields of an item of the region (news, or an announcement the administrator corrects); its state stays. */
export async function updateNewsItem(options: { db: Database; actor: SessionUser; slug: string; id: string; input: NewsInput }): Promise<void> {
  await options.db.transaction().execute(async (trx) => {
    const region = await requireRegion(trx, options.actor, options.slug);
    const row = await findNewsRow(trx, options.id, { lock: true });
    if (!row || row.regionId !== region.id) throw notFound('news item');
    await updateNewsFields(trx, row.id, options.input);
    const changed = (['lang', 'title', 'body', 'imageUrl', 'imageAlt', 'publishOn', 'expiresOn'] as const).filter((k) => row[k] !== options.input[k]);
    await recordAudit(trx, { actorId: options.actor.id, action: 'news.update', subjectType: 'news_item', subjectId: row.id, organizationId: row.organization?.id ?? null, detail: { region: region.id, kind: row.kind, changed } });
  });
}

/** Unpublishes a published item, or publishes an unpublished one again; CONFLICT when it is in neither state. */
export async function setNewsPublished(options: { db: Database; actor: SessionUser; slug: string; id: string; published: boolean }): Promise<void> {
  await options.db.transaction().execute(async (trx) => {
    const region = await requireRegion(trx, options.actor, options.slug);
    const row = await findNewsRow(trx, options.id, { lock: true });
    if (!row || row.regionId !== region.id) throw notFound('news item');
    const [from, to] = options.published ? (['unpublished', 'published'] as const) : (['published', 'unpublished'] as const);
    if (!(await updateNewsStatus(trx, { id: row.id, from: [from], to }))) throw conflict('news item not in that state', { titleKey: 'news.conflict.title', messageKey: 'news.conflict.body' });
    await recordAudit(trx, {
      actorId: options.actor.id,
      action: options.published ? 'news.publish' : 'news.unpublish',
      subjectType: 'news_item',
      subjectId: row.id,
      organizationId: row.organization?.id ?? null,
      fromState: from,
      toState: to,
      detail: { region: region.id, kind: row.kind },
    });
  });
}
