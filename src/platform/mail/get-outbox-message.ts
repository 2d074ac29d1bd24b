import type { Database } from '../db/database.js';
import { findOutboxMessage, type OutboxMessage } from './mail.repo.js';

/** One message of the outbox, or null. */
export async function getOutboxMessage(options: { db: Database; id: string }): Promise<OutboxMessage | null> {
  return findOutboxMessage(options);
}
