import { recordAudit } from '../../platform/audit/record-audit.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, notFound } from '../../platform/errors.js';
import { findNewsRow, updateNewsStatus } from './news.repo.js';
import { requireNewsRegion } from './require-news-region.js';

/** Unpublishes a published item, or publishes an unpublished one again; CONFLICT when it is in neither state. */
export async function setNewsPublished(options: { db: Database; actor: SessionUser; slug: string; id: string; published: boolean }): Promise<void> {
  await options.db.transaction().execute(async (trx) => {
    const region = await requireNewsRegion(trx, options.actor, options.slug);
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
