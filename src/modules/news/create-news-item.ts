import { recordAudit } from '../../platform/audit/record-audit.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { insertNewsRow } from './news.repo.js';
import type { NewsInput } from './news.schema.js';
import { requireNewsRegion } from './require-news-region.js';

/** A new news item of the region, published from its publish date. Returns its id. */
export async function createNewsItem(options: { db: Database; actor: SessionUser; slug: string; input: NewsInput }): Promise<string> {
  return options.db.transaction().execute(async (trx) => {
    const region = await requireNewsRegion(trx, options.actor, options.slug);
    const id = newId();
    await insertNewsRow(trx, { ...options.input, id, regionId: region.id, kind: 'news', status: 'published', organizationId: null, createdBy: options.actor.id });
    await recordAudit(trx, { actorId: options.actor.id, action: 'news.create', subjectType: 'news_item', subjectId: id, toState: 'published', detail: { region: region.id, kind: 'news' } });
    return id;
  });
}
