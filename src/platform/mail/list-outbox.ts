import type { Database } from '../db/database.js';
import { listOutboxRows, type OutboxSummary } from './mail.repo.js';

export const OUTBOX_PAGE_SIZE = 50;

/** One page of the outbox (newest first), for the platform administrator's outbox viewer. */
export async function listOutbox(options: { db: Database; page: number }): Promise<{ items: OutboxSummary[]; total: number }> {
  return listOutboxRows({ db: options.db, limit: OUTBOX_PAGE_SIZE, offset: (options.page - 1) * OUTBOX_PAGE_SIZE });
}
