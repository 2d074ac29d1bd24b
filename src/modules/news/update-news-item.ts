import { recordAudit } from '../../platform/audit/record-audit.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { findNewsRow, updateNewsFields } from './news.repo.js';
import type { NewsInput } from './news.schema.js';
import { requireNewsRegion } from './require-news-region.js';

/** Saves the fields of an item of the region (news, or an announcement the administrator corrects); its state stays. */
export async function updateNewsItem(options: { db: Database; actor: SessionUser; slug: string; id: string; input: NewsInput }): Promise<void> {
  await options.db.transaction().execute(async (trx) => {
    const region = await requireNewsRegion(trx, options.actor, options.slug);
    const row = await findNewsRow(trx, options.id, { lock: true });
    if (!row || row.regionId !== region.id) throw notFound('news item');
    await updateNewsFields(trx, row.id, options.input);
    const changed = (['lang', 'title', 'body', 'imageUrl', 'imageAlt', 'publishOn', 'expiresOn'] as const).filter((k) => row[k] !== options.input[k]);
    await recordAudit(trx, { actorId: options.actor.id, action: 'news.update', subjectType: 'news_item', subjectId: row.id, organizationId: row.organization?.id ?? null, detail: { region: region.id, kind: row.kind, changed } });
  });
}
