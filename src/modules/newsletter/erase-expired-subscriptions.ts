import type { Database } from '../../platform/db/database.js';
import { deleteExpiredSubscribers } from './newsletter.repo.js';

/** Erases the subscriptions never confirmed within CONFIRM_DAYS (their addresses with them); how many. */
export async function eraseExpiredSubscriptions({ db, now }: { db: Database; now: Date }): Promise<number> {
  return deleteExpiredSubscribers(db, now);
}
